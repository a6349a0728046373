import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/lib/borgerrejse/summary';
import { addNote } from '../../../src/lib/borgerrejse/operations';
import { journey } from './fixtures';

describe('summary after the journey', () => {
  it('counts events, green and red notes and events outside the official timeline', () => {
    expect(summarize(journey())).toMatchObject({ events: 4, outsideOfficial: 1, green: 3, red: 3, withoutNotes: 1 });
  });

  it('puts the events with the most red first where it hurt', () => {
    const s = summarize(journey());
    expect(s.hurt.map((t) => [t.position, t.red, t.green])).toEqual([[2, 2, 1], [1, 1, 0]]);
    expect(s.hurt[0]!.text).toBe('Første samtale med sagsbehandler');
  });

  it('puts the events with the most green first where it went well', () => {
    const s = summarize(journey());
    expect(s.wentWell.map((t) => [t.position, t.green])).toEqual([[4, 2], [2, 1]]);
  });

  it('breaks ties by fewer notes of the other colour, then by timeline order', () => {
    let j = addNote(journey(), 'e4', 'roed', 'Lang transport');
    j = addNote(j, 'e3', 'roed', 'Ensom');
    j = addNote(j, 'e3', 'roed', 'Ingen spurgte');
    // e2: 2 red 1 green; e3: 2 red 0 green; e1: 1 red; e4: 1 red 2 green.
    expect(summarize(j).hurt.map((t) => t.eventId)).toEqual(['e3', 'e2', 'e1', 'e4']);
  });

  it('keeps every event in timeline order in the tallies', () => {
    expect(summarize(journey()).tallies.map((t) => t.eventId)).toEqual(['e1', 'e2', 'e3', 'e4']);
  });

  it('is empty for an empty journey', () => {
    expect(summarize({ ...journey(), events: [] })).toMatchObject({ events: 0, green: 0, red: 0, hurt: [], wentWell: [] });
  });
});
