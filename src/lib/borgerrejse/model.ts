/**
 * The citizen journey (borgerrejse, Metode 4 in «Ledelse på tværs»): the document the island stores and exports.
 *
 * A document holds several journeys, each named by the user with a pseudonym and kept apart. A journey is a
 * row of events (the yellow notes) in order; each event may carry experience notes, green (worked well) or
 * red (worked badly). Events that matter to the citizen but are not on the official timeline are marked
 * `official: false`. Pure: no DOM, no storage.
 */
import type { ToolFormat } from '../persistence/envelope';
import { array, attempt, boolean, expect, isoDate, oneOf, optionalString, record, string } from '../persistence/validate';

export type ExperienceKind = 'groen' | 'roed';
export const EXPERIENCE_KINDS: readonly ExperienceKind[] = ['groen', 'roed'];

export interface ExperienceNote {
  id: string;
  kind: ExperienceKind;
  text: string;
}

export interface JourneyEvent {
  id: string;
  /** What happened: the yellow note. */
  text: string;
  /** Optional date or period in the citizen's own words, e.g. «marts 2024» or «2022–2023». */
  when: string;
  /** False for events outside the official timeline that matter to the citizen. */
  official: boolean;
  notes: ExperienceNote[];
}

export interface Journey {
  id: string;
  /** A pseudonym chosen by the user, never the citizen's real name. */
  name: string;
  createdAt: string;
  events: JourneyEvent[];
}

export interface BorgerrejseDoc {
  journeys: Journey[];
  /** The journey shown; null when there are none. */
  activeId: string | null;
}

export const LIMITS = {
  journeys: 200,
  events: 1000,
  notesPerEvent: 200,
  name: 120,
  text: 5000,
  when: 120,
  id: 80,
} as const;

export const emptyDoc = (): BorgerrejseDoc => ({ journeys: [], activeId: null });

/** A short unique id; works without crypto.randomUUID (which needs a secure context). */
export function newId(prefix = ''): string {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

function validateNote(v: unknown, path: string): ExperienceNote {
  const r = record(v, path);
  return {
    id: string(r.id, `${path}.id`, LIMITS.id),
    kind: oneOf(r.kind, `${path}.kind`, EXPERIENCE_KINDS),
    text: string(r.text, `${path}.text`, LIMITS.text),
  };
}

function validateEvent(v: unknown, path: string): JourneyEvent {
  const r = record(v, path);
  const ids = new Set<string>();
  const notes = array(r.notes ?? [], `${path}.notes`, LIMITS.notesPerEvent).map((n, i) => {
    const note = validateNote(n, `${path}.notes[${i}]`);
    expect(!ids.has(note.id), `${path}.notes[${i}].id`, 'findes to gange');
    ids.add(note.id);
    return note;
  });
  return {
    id: string(r.id, `${path}.id`, LIMITS.id),
    text: string(r.text, `${path}.text`, LIMITS.text),
    when: optionalString(r.when, `${path}.when`, LIMITS.when) ?? '',
    official: r.official === undefined ? true : boolean(r.official, `${path}.official`),
    notes,
  };
}

function validateJourney(v: unknown, path: string): Journey {
  const r = record(v, path);
  const ids = new Set<string>();
  const events = array(r.events, `${path}.events`, LIMITS.events).map((e, i) => {
    const event = validateEvent(e, `${path}.events[${i}]`);
    expect(!ids.has(event.id), `${path}.events[${i}].id`, 'findes to gange');
    ids.add(event.id);
    return event;
  });
  const name = string(r.name, `${path}.name`, LIMITS.name);
  expect(name.trim().length > 0, `${path}.name`, 'må ikke være tomt');
  return { id: string(r.id, `${path}.id`, LIMITS.id), name, createdAt: isoDate(r.createdAt, `${path}.createdAt`), events };
}

export function validateDoc(v: unknown) {
  return attempt((): BorgerrejseDoc => {
    const r = record(v, '');
    const ids = new Set<string>();
    const journeys = array(r.journeys, 'journeys', LIMITS.journeys).map((j, i) => {
      const journey = validateJourney(j, `journeys[${i}]`);
      expect(!ids.has(journey.id), `journeys[${i}].id`, 'findes to gange');
      ids.add(journey.id);
      return journey;
    });
    const activeId = r.activeId === null || r.activeId === undefined ? null : string(r.activeId, 'activeId', LIMITS.id);
    return { journeys, activeId: activeId && ids.has(activeId) ? activeId : (journeys[0]?.id ?? null) };
  });
}

export const borgerrejseFormat: ToolFormat<BorgerrejseDoc> = {
  tool: 'borgerrejse',
  label: 'borgerrejsen',
  version: 1,
  validate: validateDoc,
  empty: emptyDoc,
};
