/**
 * Validation of stored and imported 5F documents, and the stored/exported format (tool «5f», version 1).
 * Every id must be safe (letters, digits, «-», «_») and unique in its list, so no id can break the UI or make
 * one edit change two rows. Messages are Danish and name the field. Pure.
 */
import { isSafeId } from '../ids';
import type { ToolFormat } from '../persistence/envelope';
import { array, attempt, boolean, expect, number, optionalString, record, string } from '../persistence/validate';
import { ACTION_FIELDS, LIMITS, SMART_KEYS, emptyDocument, type ActionRow, type FemfDocument, type Goal, type Group, type Item, type Session, type Smart } from './document';
import { PHASE_COUNT } from './phases';
import type { Plan } from './plan';
import type { TimerState } from './timer';

const WEEK_MS = 7 * 24 * 3_600_000;
const MAX_MINUTES = 24 * 60;

function id(v: unknown, path: string): string {
  expect(isSafeId(v), path, 'skal være et id af 1–64 tegn: bogstaver (a–z), tal, «-» og «_»');
  return v;
}

/** Rejects two rows with the same id in one list: one edit would otherwise change both. */
function unique<T extends { id: string }>(rows: T[], path: string, what: string): T[] {
  const seen = new Set<string>();
  for (const [i, r] of rows.entries()) {
    expect(!seen.has(r.id), `${path}[${i}].id`, `${what} har samme id («${r.id}»)`);
    seen.add(r.id);
  }
  return rows;
}

function text(v: unknown, path: string, max: number = LIMITS.text): string {
  return optionalString(v, path, max) ?? '';
}

function item(v: unknown, path: string): Item {
  const r = record(v, path);
  return { id: id(r.id, `${path}.id`), text: string(r.text, `${path}.text`, LIMITS.text) };
}

function items(v: unknown, path: string, what: string): Item[] {
  return unique(array(v ?? [], path, LIMITS.rows).map((x, i) => item(x, `${path}[${i}]`)), path, what);
}

function goal(v: unknown, path: string): Goal {
  const r = record(v, path);
  const s = r.smart === undefined ? {} : record(r.smart, `${path}.smart`);
  const smart = Object.fromEntries(SMART_KEYS.map((k) => [k, s[k] === undefined ? false : boolean(s[k], `${path}.smart.${k}`)])) as Smart;
  return { id: id(r.id, `${path}.id`), text: text(r.text, `${path}.text`), smart, subGoals: items(r.subGoals, `${path}.subGoals`, 'to delmål') };
}

function action(v: unknown, path: string): ActionRow {
  const r = record(v, path);
  const row = { id: id(r.id, `${path}.id`) } as ActionRow;
  for (const f of ACTION_FIELDS) row[f] = text(r[f], `${path}.${f}`);
  return row;
}

function group(v: unknown, path: string): Group {
  const r = record(v, path);
  return {
    id: id(r.id, `${path}.id`),
    name: string(r.name, `${path}.name`, LIMITS.shortText),
    theme: text(r.theme, `${path}.theme`),
    why: text(r.why, `${path}.why`),
    gold: items(r.gold, `${path}.gold`, 'to punkter under guld'),
    learning: items(r.learning, `${path}.learning`, 'to punkter under læring'),
    vision: text(r.vision, `${path}.vision`),
    goals: unique(array(r.goals ?? [], `${path}.goals`, LIMITS.rows).map((x, i) => goal(x, `${path}.goals[${i}]`)), `${path}.goals`, 'to mål'),
    actions: unique(array(r.actions ?? [], `${path}.actions`, LIMITS.rows).map((x, i) => action(x, `${path}.actions[${i}]`)), `${path}.actions`, 'to rækker i handleplanen'),
  };
}

function timer(v: unknown, path: string): TimerState {
  const r = record(v, path);
  const elapsed = array(r.elapsed, `${path}.elapsed`, PHASE_COUNT).map((x, i) => number(x, `${path}.elapsed[${i}]`, 0, WEEK_MS));
  expect(elapsed.length === PHASE_COUNT, `${path}.elapsed`, `skal have ${PHASE_COUNT} tal, ét pr. fase`);
  const runningSince = r.runningSince === null || r.runningSince === undefined ? null : number(r.runningSince, `${path}.runningSince`, 0, 8.64e15);
  return { phaseIndex: number(r.phaseIndex, `${path}.phaseIndex`, 0, PHASE_COUNT, true), elapsed, runningSince };
}

function plan(v: unknown, path: string): Plan {
  const r = record(v, path);
  const phases = array(r.phases, `${path}.phases`, PHASE_COUNT).map((x, i) => number(x, `${path}.phases[${i}]`, 0, MAX_MINUTES, true));
  expect(phases.length === PHASE_COUNT, `${path}.phases`, `skal have ${PHASE_COUNT} tider, én pr. fase`);
  return { totalMinutes: number(r.totalMinutes, `${path}.totalMinutes`, 0, MAX_MINUTES, true), phases };
}

/** '' (not dated) or a date-time a browser can read; never one that would show as «Invalid Date». */
function createdAt(v: unknown, path: string): string {
  const s = string(v ?? '', path, 40);
  expect(s === '' || !Number.isNaN(Date.parse(s)), path, 'skal være en dato, fx 2026-11-23T09:00:00.000Z');
  return s;
}

function session(v: unknown, path: string): Session {
  const r = record(v, path);
  const groups = unique(array(r.groups, `${path}.groups`, LIMITS.groups).map((x, i) => group(x, `${path}.groups[${i}]`)), `${path}.groups`, 'to grupper');
  expect(groups.length > 0, `${path}.groups`, 'skal have mindst én gruppe');
  return {
    id: id(r.id, `${path}.id`),
    name: string(r.name, `${path}.name`, LIMITS.shortText),
    createdAt: createdAt(r.createdAt, `${path}.createdAt`),
    plan: plan(r.plan, `${path}.plan`),
    theme: text(r.theme, `${path}.theme`),
    groups,
    timer: timer(r.timer, `${path}.timer`),
    plenary: text(r.plenary, `${path}.plenary`, LIMITS.plenary),
    carryOn: r.carryOn === undefined ? false : boolean(r.carryOn, `${path}.carryOn`),
  };
}

export function validateDocument(v: unknown) {
  return attempt((): FemfDocument => {
    const r = record(v, '');
    const count = Array.isArray(r.sessions) ? r.sessions.length : 0;
    expect(count <= LIMITS.sessions, 'sessions', `filen har ${count} sessioner, men værktøjet kan højst have ${LIMITS.sessions}`);
    const sessions = unique(array(r.sessions, 'sessions', LIMITS.sessions).map((x, i) => session(x, `sessions[${i}]`)), 'sessions', 'to sessioner');
    expect(sessions.length > 0, 'sessions', 'skal have mindst én session');
    const activeId = r.activeId === undefined ? sessions[0]!.id : id(r.activeId, 'activeId');
    return { activeId: sessions.some((s) => s.id === activeId) ? activeId : sessions[0]!.id, sessions };
  });
}

export const femfFormat: ToolFormat<FemfDocument> = {
  tool: '5f',
  label: '5F-værktøjet',
  version: 1,
  validate: validateDocument,
  empty: emptyDocument,
};
