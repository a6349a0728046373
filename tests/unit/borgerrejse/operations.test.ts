import { describe, expect, it } from 'vitest';
import { emptyDoc } from '../../../src/lib/borgerrejse/model';
import {
  activeJourney, addEvent, addNote, createJourney, deleteEvent, deleteJourney, deleteNote, dropIndex, editEvent, findNote,
  mapJourney, mergeImport, moveEvent, moveEventBy, moveEventTo, renameJourney, restoreEvent, restoreJourney, restoreNote,
  selectJourney, updateEvent, updateNote,
} from '../../../src/lib/borgerrejse/operations';
import { LIMITS } from '../../../src/lib/borgerrejse/model';
import { doc, journey } from './fixtures';

const ids = (j: { events: { id: string }[] }) => j.events.map((e) => e.id);

describe('journeys', () => {
  it('creates a named journey and makes it active, keeping others apart', () => {
    const d = createJourney(doc(), '  Rejse C ', 'r3', new Date('2026-04-01T10:00:00Z'));
    expect(d.journeys.map((j) => j.name)).toEqual(['Rejse A', 'Rejse B', 'Rejse C']);
    expect(d.activeId).toBe('r3');
    expect(activeJourney(d)).toMatchObject({ id: 'r3', events: [], createdAt: '2026-04-01T10:00:00.000Z' });
    expect(d.journeys[0]).toEqual(journey());
  });

  it('refuses a journey without a name', () => {
    const d = emptyDoc();
    expect(createJourney(d, '   ')).toBe(d);
  });

  it('renames, selects and ignores unknown ids', () => {
    const d = renameJourney(doc(), 'r2', 'Borger 2');
    expect(d.journeys[1]!.name).toBe('Borger 2');
    expect(renameJourney(d, 'r2', ' ')).toBe(d);
    expect(selectJourney(d, 'r2').activeId).toBe('r2');
    expect(selectJourney(d, 'nope')).toBe(d);
  });

  it('deletes a journey and activates its neighbour', () => {
    const d = deleteJourney(doc(), 'r1');
    expect(d.journeys.map((j) => j.id)).toEqual(['r2']);
    expect(d.activeId).toBe('r2');
    expect(deleteJourney(d, 'r2')).toEqual({ journeys: [], activeId: null });
    const other = deleteJourney(doc(), 'r2');
    expect(other.activeId).toBe('r1');
  });

  it('edits only the journey it is asked to', () => {
    const d = mapJourney(doc(), 'r2', (j) => addEvent(j, { text: 'Brev fra kommunen' }, 'x'));
    expect(d.journeys[1]!.events).toHaveLength(1);
    expect(d.journeys[0]).toEqual(journey());
  });
});

describe('events', () => {
  it('adds events in order, with an optional date or period, trimmed', () => {
    let j = addEvent(journey(), { text: '  Afklaringsforløb ', when: ' 2025 ' }, 'e5');
    expect(j.events.at(-1)).toEqual({ id: 'e5', text: 'Afklaringsforløb', when: '2025', official: true, notes: [] });
    j = addEvent(j, { text: 'Ny bolig', official: false }, 'e0', 0);
    expect(ids(j)).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5']);
    expect(j.events[0]!.official).toBe(false);
  });

  it('refuses an event without text', () => {
    const j = journey();
    expect(addEvent(j, { text: ' \n ' })).toBe(j);
    expect(updateEvent(j, 'e1', { text: '' })).toBe(j);
  });

  it('edits text, date and official flag but keeps the notes', () => {
    const j = updateEvent(journey(), 'e1', { text: 'Ringede til jobcentret', when: 'februar 2024', official: false });
    expect(j.events[0]).toMatchObject({ text: 'Ringede til jobcentret', when: 'februar 2024', official: false });
    expect(j.events[0]!.notes).toHaveLength(1);
  });

  it('deletes an event with its notes', () => {
    const j = deleteEvent(journey(), 'e2');
    expect(ids(j)).toEqual(['e1', 'e3', 'e4']);
    expect(findNote(j, 'n3', 'e2')).toBeNull();
  });

  it('puts a deleted event back where it stood, with its notes, once', () => {
    const before = journey();
    const removed = before.events[1]!;
    const j = restoreEvent(deleteEvent(before, 'e2'), removed, 1);
    expect(j).toEqual(before);
    expect(restoreEvent(j, removed, 1)).toBe(j);
  });

  it('saves an edit and a new place in one step', () => {
    const j = editEvent(journey(), 'e3', { text: 'Datteren flyttede', when: '2024', official: true, position: 1 });
    expect(ids(j)).toEqual(['e3', 'e1', 'e2', 'e4']);
    expect(j.events[0]).toMatchObject({ text: 'Datteren flyttede', when: '2024', official: true, notes: [] });
  });

  it('reorders by index, by one step and to a position, clamped', () => {
    expect(ids(moveEvent(journey(), 0, 2))).toEqual(['e2', 'e3', 'e1', 'e4']);
    expect(ids(moveEvent(journey(), 3, 0))).toEqual(['e4', 'e1', 'e2', 'e3']);
    expect(ids(moveEvent(journey(), 1, 99))).toEqual(['e1', 'e3', 'e4', 'e2']);
    expect(ids(moveEventBy(journey(), 'e3', -1))).toEqual(['e1', 'e3', 'e2', 'e4']);
    expect(ids(moveEventBy(journey(), 'e4', 1))).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(ids(moveEventTo(journey(), 'e1', 3))).toEqual(['e2', 'e3', 'e4', 'e1']);
    const j = journey();
    expect(moveEventBy(j, 'e1', -1)).toBe(j);
    expect(moveEvent(j, 7, 0)).toBe(j);
  });

  it('stays fast and correct with 200 events', () => {
    let j = { ...journey(), events: [] as ReturnType<typeof journey>['events'] };
    for (let i = 0; i < 200; i++) j = addEvent(j, { text: `Begivenhed ${i + 1} ${'lang tekst '.repeat(50)}` }, `b${i}`);
    expect(j.events).toHaveLength(200);
    j = moveEvent(j, 199, 0);
    expect(j.events[0]!.id).toBe('b199');
    expect(j.events[1]!.id).toBe('b0');
  });
});

describe('experience notes', () => {
  it('attaches green and red notes to a specific event', () => {
    let j = addNote(journey(), 'e3', 'groen', ' Fik ro på ', 'g1');
    j = addNote(j, 'e3', 'roed', 'Ingen spurgte til det', 'r1');
    expect(j.events[2]!.notes).toEqual([{ id: 'g1', kind: 'groen', text: 'Fik ro på' }, { id: 'r1', kind: 'roed', text: 'Ingen spurgte til det' }]);
    expect(j.events[0]!.notes).toHaveLength(1);
  });

  it('refuses empty notes and unknown events', () => {
    const j = journey();
    expect(addNote(j, 'e1', 'groen', '  ')).toBe(j);
    expect(addNote(j, 'nope', 'groen', 'tekst')).toBe(j);
  });

  it('edits text and kind in place', () => {
    const j = updateNote(journey(), 'e2', 'n3', { text: 'Gentog historien', kind: 'groen' });
    expect(j.events[1]!.notes[1]).toEqual({ id: 'n3', kind: 'groen', text: 'Gentog historien' });
  });

  it('never reaches a note of another event, even with the same id', () => {
    const j = journey();
    j.events[0]!.notes.push({ id: 'n2', kind: 'roed', text: 'Samme id som ved begivenhed 2' });
    const deleted = deleteNote(j, 'e1', 'n2');
    expect(deleted.events[0]!.notes.map((n) => n.text)).toEqual(['Ventede tre uger på svar']);
    expect(deleted.events[1]!.notes.map((n) => n.id)).toEqual(['n2', 'n3', 'n4']);
    expect(updateNote(j, 'e1', 'n2', { text: 'Rettet' }).events[1]!.notes[0]!.text).toBe('Blev lyttet til');
    expect(deleteNote(j, 'e3', 'n2')).toBe(j);
  });

  it('moves a note to another event', () => {
    const j = updateNote(journey(), 'e2', 'n4', { eventId: 'e3' });
    expect(j.events[1]!.notes.map((n) => n.id)).toEqual(['n2', 'n3']);
    expect(j.events[2]!.notes).toEqual([{ id: 'n4', kind: 'roed', text: 'Forstod ikke brevet' }]);
    const same = journey();
    expect(updateNote(same, 'e2', 'n4', { eventId: 'nope' })).toBe(same);
  });

  it('deletes a note and puts it back in its place', () => {
    const before = journey();
    const j = deleteNote(before, 'e2', 'n3');
    expect(j.events[1]!.notes.map((n) => n.id)).toEqual(['n2', 'n4']);
    const back = restoreNote(j, 'e2', before.events[1]!.notes[1]!, 1);
    expect(back).toEqual(before);
    expect(restoreNote(back, 'e2', before.events[1]!.notes[1]!, 1)).toBe(back);
    expect(restoreNote(deleteEvent(j, 'e2'), 'e2', before.events[1]!.notes[1]!, 1).events.map((e) => e.id)).toEqual(['e1', 'e3', 'e4']);
  });
});

describe('import merge', () => {
  it('adds imported journeys beside existing ones and never overwrites', () => {
    const mine = doc();
    const theirs = { journeys: [{ ...journey(), name: 'Rejse A', events: [] }, { id: 'r9', name: 'Rejse Z', createdAt: '2026-01-01T00:00:00.000Z', events: [] }], activeId: 'r1' };
    const { doc: d, added } = mergeImport(mine, theirs, () => 'new');
    expect(added).toBe(2);
    expect(mergeImport(d, { journeys: [{ ...journey(), name: 'Igen' }], activeId: 'r1' }, () => 'new').doc.journeys.at(-1)!.id).toBe('new-2');
    expect(d.journeys.map((j) => `${j.id}:${j.name}`)).toEqual(['r1:Rejse A', 'r2:Rejse B', 'new:Rejse A (importeret)', 'r9:Rejse Z']);
    expect(d.journeys[0]).toEqual(journey());
    expect(d.activeId).toBe('r9');
  });

  it('skips journeys that are already there unchanged', () => {
    const mine = doc();
    const r = mergeImport(mine, doc());
    expect(r).toMatchObject({ added: 0, identical: 2, overLimit: 0 });
    expect(r.doc).toBe(mine);
  });

  it('adds nothing when the journeys would not fit under the limit, and says how many would not', () => {
    const many = (n: number, prefix: string) => ({ journeys: Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, name: `R ${i}`, createdAt: '2026-01-01T00:00:00.000Z', events: [] })), activeId: null });
    const mine = many(LIMITS.journeys - 3, 'a');
    const r = mergeImport(mine, many(5, 'b'));
    expect(r).toMatchObject({ added: 0, overLimit: 2 });
    expect(r.doc).toBe(mine);
    expect(mergeImport(mine, many(3, 'b')).doc.journeys).toHaveLength(LIMITS.journeys);
  });

  it('restores a deleted journey at its place, once', () => {
    const before = doc();
    const after = deleteJourney(before, 'r1');
    const back = restoreJourney(after, before.journeys[0]!, 0);
    expect(back).toEqual(before);
    expect(restoreJourney(back, before.journeys[0]!, 0)).toBe(back);
  });
});

describe('pointer drop position', () => {
  // Four items, centres at 50, 150, 250, 350.
  const mids = [50, 150, 250, 350];
  it('finds the slot under the pointer, ignoring the dragged item', () => {
    expect(dropIndex(mids, 0, 10)).toBe(0);
    expect(dropIndex(mids, 0, 160)).toBe(1);
    expect(dropIndex(mids, 0, 400)).toBe(3);
    expect(dropIndex(mids, 3, 10)).toBe(0);
    expect(dropIndex(mids, 3, 200)).toBe(2);
    expect(dropIndex(mids, 2, 240)).toBe(2);
  });
});
