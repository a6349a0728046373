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
import { isSafeId } from '../ids';

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
  id: 64,
} as const;

export const emptyDoc = (): BorgerrejseDoc => ({ journeys: [], activeId: null });

/**
 * An id from a file: safe in attributes and fragments (letters, digits, «-», «_»), so no id can break the UI,
 * and unique in `seen`. Note ids are unique in their whole journey, so an action on one event's note can never
 * reach another event's.
 */
function id(v: unknown, path: string, seen: Set<string>): string {
  const s = string(v, path, LIMITS.id);
  expect(isSafeId(s), path, 'må kun indeholde bogstaverne a–z, tal, «-» og «_»');
  expect(!seen.has(s), path, 'findes to gange');
  seen.add(s);
  return s;
}

function validateNote(v: unknown, path: string, noteIds: Set<string>): ExperienceNote {
  const r = record(v, path);
  return {
    id: id(r.id, `${path}.id`, noteIds),
    kind: oneOf(r.kind, `${path}.kind`, EXPERIENCE_KINDS),
    text: string(r.text, `${path}.text`, LIMITS.text),
  };
}

function validateEvent(v: unknown, path: string, eventIds: Set<string>, noteIds: Set<string>): JourneyEvent {
  const r = record(v, path);
  const eventId = id(r.id, `${path}.id`, eventIds);
  const notes = array(r.notes ?? [], `${path}.notes`, LIMITS.notesPerEvent).map((n, i) => validateNote(n, `${path}.notes[${i}]`, noteIds));
  return {
    id: eventId,
    text: string(r.text, `${path}.text`, LIMITS.text),
    when: optionalString(r.when, `${path}.when`, LIMITS.when) ?? '',
    official: r.official === undefined ? true : boolean(r.official, `${path}.official`),
    notes,
  };
}

function validateJourney(v: unknown, path: string, journeyIds: Set<string>): Journey {
  const r = record(v, path);
  const journeyId = id(r.id, `${path}.id`, journeyIds);
  const eventIds = new Set<string>();
  const noteIds = new Set<string>();
  const events = array(r.events, `${path}.events`, LIMITS.events).map((e, i) => validateEvent(e, `${path}.events[${i}]`, eventIds, noteIds));
  const name = string(r.name, `${path}.name`, LIMITS.name);
  expect(name.trim().length > 0, `${path}.name`, 'må ikke være tomt');
  return { id: journeyId, name, createdAt: isoDate(r.createdAt, `${path}.createdAt`), events };
}

export function validateDoc(v: unknown) {
  return attempt((): BorgerrejseDoc => {
    const r = record(v, 'data');
    const ids = new Set<string>();
    const journeys = array(r.journeys, 'journeys', LIMITS.journeys).map((j, i) => validateJourney(j, `journeys[${i}]`, ids));
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
