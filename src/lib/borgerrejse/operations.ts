/**
 * Journey operations: every change the island makes to the document, as pure functions returning a new
 * document (or journey). Unknown ids leave things unchanged, so a stale click can never corrupt data.
 */
import { newId } from '../ids';
import { cleanText } from '../persistence/textGuard';
import { LIMITS, type BorgerrejseDoc, type ExperienceKind, type ExperienceNote, type Journey, type JourneyEvent } from './model';

export interface EventInput { text: string; when?: string; official?: boolean }

/** Typed or pasted text as it is saved: unsafe invisible characters removed (cleanText), trimmed, cut to `max`. */
const clean = (text: string, max: number) => cleanText(text).trim().slice(0, max);

export function activeJourney(doc: BorgerrejseDoc): Journey | null {
  return doc.journeys.find((j) => j.id === doc.activeId) ?? null;
}

/** Adds a journey with the given pseudonym and makes it the active one. */
export function createJourney(doc: BorgerrejseDoc, name: string, id = newId('r'), now = new Date()): BorgerrejseDoc {
  const n = clean(name, LIMITS.name);
  if (!n || doc.journeys.length >= LIMITS.journeys) return doc;
  const journey: Journey = { id, name: n, createdAt: now.toISOString(), events: [] };
  return { journeys: [...doc.journeys, journey], activeId: id };
}

export function renameJourney(doc: BorgerrejseDoc, id: string, name: string): BorgerrejseDoc {
  const n = clean(name, LIMITS.name);
  if (!n) return doc;
  return mapJourney(doc, id, (j) => ({ ...j, name: n }));
}

/** Removes a journey; the neighbour after it (or before it) becomes active. */
export function deleteJourney(doc: BorgerrejseDoc, id: string): BorgerrejseDoc {
  const i = doc.journeys.findIndex((j) => j.id === id);
  if (i < 0) return doc;
  const journeys = doc.journeys.filter((j) => j.id !== id);
  const activeId = doc.activeId === id ? (journeys[Math.min(i, journeys.length - 1)]?.id ?? null) : doc.activeId;
  return { journeys, activeId };
}

/** Undo of deleteJourney: puts the journey back at `index` and makes it active (unless it is already back). */
export function restoreJourney(doc: BorgerrejseDoc, journey: Journey, index: number): BorgerrejseDoc {
  if (doc.journeys.some((j) => j.id === journey.id) || doc.journeys.length >= LIMITS.journeys) return doc;
  const journeys = [...doc.journeys];
  journeys.splice(Math.max(0, Math.min(index, journeys.length)), 0, journey);
  return { journeys, activeId: journey.id };
}

export function selectJourney(doc: BorgerrejseDoc, id: string): BorgerrejseDoc {
  return doc.journeys.some((j) => j.id === id) ? { ...doc, activeId: id } : doc;
}

export function mapJourney(doc: BorgerrejseDoc, id: string, fn: (j: Journey) => Journey): BorgerrejseDoc {
  let changed = false;
  const journeys = doc.journeys.map((j) => {
    if (j.id !== id) return j;
    const next = fn(j);
    if (next !== j) changed = true;
    return next;
  });
  return changed ? { ...doc, journeys } : doc;
}

/** Adds an event at `index` (default: last). Empty text is refused. */
export function addEvent(journey: Journey, input: EventInput, id = newId('b'), index = journey.events.length): Journey {
  const text = clean(input.text, LIMITS.text);
  if (!text || journey.events.length >= LIMITS.events) return journey;
  const event: JourneyEvent = { id, text, when: clean(input.when ?? '', LIMITS.when), official: input.official ?? true, notes: [] };
  const events = [...journey.events];
  events.splice(Math.max(0, Math.min(index, events.length)), 0, event);
  return { ...journey, events };
}

export function updateEvent(journey: Journey, eventId: string, patch: Partial<EventInput>): Journey {
  const i = journey.events.findIndex((e) => e.id === eventId);
  if (i < 0) return journey;
  const old = journey.events[i]!;
  const text = patch.text === undefined ? old.text : clean(patch.text, LIMITS.text);
  if (!text) return journey;
  const next: JourneyEvent = {
    ...old,
    text,
    when: patch.when === undefined ? old.when : clean(patch.when, LIMITS.when),
    official: patch.official ?? old.official,
  };
  const events = [...journey.events];
  events[i] = next;
  return { ...journey, events };
}

export function deleteEvent(journey: Journey, eventId: string): Journey {
  const events = journey.events.filter((e) => e.id !== eventId);
  return events.length === journey.events.length ? journey : { ...journey, events };
}

/** Undo of deleteEvent: puts the event (with its notes) back at `index`, unless it is already there. */
export function restoreEvent(journey: Journey, event: JourneyEvent, index: number): Journey {
  if (journey.events.some((e) => e.id === event.id) || journey.events.length >= LIMITS.events) return journey;
  const events = [...journey.events];
  events.splice(Math.max(0, Math.min(index, events.length)), 0, event);
  return { ...journey, events };
}

export interface EventEdit { text: string; when: string; official: boolean; /** 1-based place in the timeline. */ position: number }

/** The event form's «Gem begivenhed»: new text, date and kind, and possibly a new place in the timeline. */
export function editEvent(journey: Journey, eventId: string, values: EventEdit): Journey {
  return moveEventTo(updateEvent(journey, eventId, values), eventId, values.position - 1);
}

/** Moves the event at index `from` to index `to` (both clamped to the row). */
export function moveEvent(journey: Journey, from: number, to: number): Journey {
  const n = journey.events.length;
  if (from < 0 || from >= n) return journey;
  const target = Math.max(0, Math.min(to, n - 1));
  if (target === from) return journey;
  const events = [...journey.events];
  const [moved] = events.splice(from, 1);
  events.splice(target, 0, moved!);
  return { ...journey, events };
}

export function moveEventBy(journey: Journey, eventId: string, delta: number): Journey {
  const i = journey.events.findIndex((e) => e.id === eventId);
  return i < 0 ? journey : moveEvent(journey, i, i + delta);
}

export function moveEventTo(journey: Journey, eventId: string, index: number): Journey {
  const i = journey.events.findIndex((e) => e.id === eventId);
  return i < 0 ? journey : moveEvent(journey, i, index);
}

/** Attaches an experience note (green or red) to an event. */
export function addNote(journey: Journey, eventId: string, kind: ExperienceKind, text: string, id = newId('n')): Journey {
  const t = clean(text, LIMITS.text);
  if (!t) return journey;
  return mapEvent(journey, eventId, (e) => (e.notes.length >= LIMITS.notesPerEvent ? e : { ...e, notes: [...e.notes, { id, kind, text: t }] }));
}

export interface NotePatch { text?: string; kind?: ExperienceKind; eventId?: string }

/**
 * Edits the note `noteId` of event `fromEvent`; with `patch.eventId` it moves to that event (appended there).
 * Both ids are needed, so a note id that (from an old file) also exists under another event never reaches it.
 */
export function updateNote(journey: Journey, fromEvent: string, noteId: string, patch: NotePatch): Journey {
  const found = findNote(journey, noteId, fromEvent);
  if (!found) return journey;
  const text = patch.text === undefined ? found.note.text : clean(patch.text, LIMITS.text);
  if (!text) return journey;
  const next: ExperienceNote = { ...found.note, text, kind: patch.kind ?? found.note.kind };
  const target = patch.eventId ?? found.event.id;
  if (target === found.event.id) {
    return mapEvent(journey, target, (e) => ({ ...e, notes: e.notes.map((n) => (n.id === noteId ? next : n)) }));
  }
  if (!journey.events.some((e) => e.id === target)) return journey;
  const without = mapEvent(journey, found.event.id, (e) => ({ ...e, notes: e.notes.filter((n) => n.id !== noteId) }));
  return mapEvent(without, target, (e) => ({ ...e, notes: [...e.notes, next] }));
}

export function deleteNote(journey: Journey, eventId: string, noteId: string): Journey {
  const found = findNote(journey, noteId, eventId);
  if (!found) return journey;
  return mapEvent(journey, eventId, (e) => ({ ...e, notes: e.notes.filter((n) => n.id !== noteId) }));
}

/** Undo of deleteNote: puts the note back at `at` in its event, unless the event is gone or has it again. */
export function restoreNote(journey: Journey, eventId: string, note: ExperienceNote, at: number): Journey {
  return mapEvent(journey, eventId, (e) => {
    if (e.notes.some((n) => n.id === note.id) || e.notes.length >= LIMITS.notesPerEvent) return e;
    const notes = [...e.notes];
    notes.splice(Math.max(0, Math.min(at, notes.length)), 0, note);
    return { ...e, notes };
  });
}

export interface FoundNote { event: JourneyEvent; /** The event's index in the timeline. */ index: number; note: ExperienceNote; /** The note's index in its event. */ at: number }

/** The note `noteId` of the event `eventId`, or null. */
export function findNote(journey: Journey, noteId: string, eventId: string): FoundNote | null {
  const index = journey.events.findIndex((e) => e.id === eventId);
  const event = journey.events[index];
  const at = event ? event.notes.findIndex((n) => n.id === noteId) : -1;
  return event && at >= 0 ? { event, index, note: event.notes[at]!, at } : null;
}

function mapEvent(journey: Journey, eventId: string, fn: (e: JourneyEvent) => JourneyEvent): Journey {
  const i = journey.events.findIndex((e) => e.id === eventId);
  if (i < 0) return journey;
  const next = fn(journey.events[i]!);
  if (next === journey.events[i]) return journey;
  const events = [...journey.events];
  events[i] = next;
  return { ...journey, events };
}

/** `id`, or `id-2`, `id-3` … whichever is not yet taken. */
function freshId(id: string, taken: ReadonlySet<string>): string {
  let candidate = id;
  for (let k = 2; taken.has(candidate); k++) candidate = `${id}-${k}`;
  return candidate;
}

export interface MergeResult {
  doc: BorgerrejseDoc;
  /** Journeys added (new, or a changed copy of one with the same id). */
  added: number;
  /** Journeys left out because an identical one is already there. */
  identical: number;
  /**
   * Journeys that would not fit under LIMITS.journeys. When this is above 0 nothing is added at all
   * (`doc` is the old document), so the user can make room and import the whole file.
   */
  overLimit: number;
}

/**
 * Adds imported journeys beside the existing ones (never overwriting). A journey whose id already exists
 * is added as a copy with a new id and «(importeret)» after its name, unless it is identical.
 */
export function mergeImport(doc: BorgerrejseDoc, imported: BorgerrejseDoc, makeId: () => string = () => newId('r')): MergeResult {
  const journeys = [...doc.journeys];
  const ids = new Set(journeys.map((j) => j.id));
  let added = 0;
  let identical = 0;
  let lastId: string | null = null;
  for (const j of imported.journeys) {
    const existing = journeys.find((x) => x.id === j.id);
    if (existing && JSON.stringify(existing) === JSON.stringify(j)) { identical++; continue; }
    const copy = existing ? { ...j, id: freshId(makeId(), ids), name: `${j.name} (importeret)`.slice(0, LIMITS.name) } : j;
    ids.add(copy.id);
    journeys.push(copy);
    lastId = copy.id;
    added++;
  }
  const overLimit = Math.max(0, journeys.length - LIMITS.journeys);
  if (overLimit > 0) return { doc, added: 0, identical, overLimit };
  return { doc: added ? { journeys, activeId: lastId ?? doc.activeId } : doc, added, identical, overLimit: 0 };
}

/**
 * Where a dragged item lands: the index among `midpoints` (the vertical centres of the row's items, in order,
 * including the dragged one at `from`) for a pointer at `y`.
 */
export function dropIndex(midpoints: readonly number[], from: number, y: number): number {
  let index = 0;
  for (let i = 0; i < midpoints.length; i++) {
    if (i === from) continue;
    if (y > midpoints[i]!) index++;
  }
  return index;
}
