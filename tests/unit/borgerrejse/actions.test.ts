import { describe, expect, it } from 'vitest';
import { planAction } from '../../../src/lib/borgerrejse/actions';
import { doc, journey } from './fixtures';

const apply = (a: Parameters<typeof planAction>[1]) => {
  const plan = planAction(journey(), a)!;
  return { plan, after: plan.change ? plan.change(doc()) : doc() };
};

describe('timeline actions', () => {
  it('deletes an event, says so where it stood, and undo puts it back with its notes', () => {
    const { plan, after } = apply({ type: 'deleteEvent', eventId: 'e2' });
    expect(plan.message).toBe('Begivenhed 2 er slettet med 3 oplevelser.');
    expect(plan.at).toEqual({ kind: 'gone', index: 1 });
    expect(plan.focus).toEqual({ eventId: 'e3', act: 'edit' });
    expect(after.journeys[0]!.events.map((e) => e.id)).toEqual(['e1', 'e3', 'e4']);
    expect(plan.undo!(after)).toEqual(doc());
    expect(after.journeys[1]).toEqual(doc().journeys[1]);
  });

  it('deletes exactly the note of the event it was clicked on, with undo', () => {
    const { plan, after } = apply({ type: 'deleteNote', eventId: 'e2', noteId: 'n3' });
    expect(plan.message).toBe('Oplevelsen ved begivenhed 2 er slettet.');
    expect(after.journeys[0]!.events[1]!.notes.map((n) => n.id)).toEqual(['n2', 'n4']);
    expect(plan.undo!(after)).toEqual(doc());
    expect(planAction(journey(), { type: 'deleteNote', eventId: 'e1', noteId: 'n3' })).toBeNull();
  });

  it('moves, and tells when an event is already first or last', () => {
    expect(apply({ type: 'moveEvent', eventId: 'e3', to: 0, via: 'keyboard' }).plan).toMatchObject({ message: 'Begivenhed 3 er flyttet til plads 1.', focus: { eventId: 'e3', act: 'up' } });
    const first = planAction(journey(), { type: 'moveEvent', eventId: 'e1', to: -1, via: 'keyboard' })!;
    expect(first.message).toBe('Begivenhed 1 er allerede først i tidslinjen.');
    expect(first.change).toBeUndefined();
    expect(planAction(journey(), { type: 'moveEvent', eventId: 'e4', to: 4, via: 'pointer' })!.message).toBe('Begivenhed 4 er allerede sidst i tidslinjen.');
  });

  it('adds a note with the id it was given, and says which event', () => {
    const { plan, after } = apply({ type: 'addNote', eventId: 'e3', kind: 'groen', text: 'Fik ro', noteId: 'nx' });
    expect(plan.message).toBe('Oplevelsen «Godt» er tilføjet ved begivenhed 3.');
    expect(after.journeys[0]!.events[2]!.notes).toEqual([{ id: 'nx', kind: 'groen', text: 'Fik ro' }]);
  });

  it('moves a note by editing it, and says where it went', () => {
    const { plan, after } = apply({ type: 'editNote', eventId: 'e2', noteId: 'n4', values: { kind: 'roed', text: 'Forstod ikke brevet', eventId: 'e4' } });
    expect(plan.message).toBe('Oplevelsen er flyttet til begivenhed 4.');
    expect(plan.at).toEqual({ kind: 'event', eventId: 'e4' });
    expect(after.journeys[0]!.events[3]!.notes.at(-1)!.id).toBe('n4');
  });

  it('ignores actions on events that are gone', () => {
    expect(planAction(journey(), { type: 'deleteEvent', eventId: 'nope' })).toBeNull();
  });
});
