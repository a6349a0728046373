/**
 * The 5F tool's document: several named sessions, each with its time plan, theme, groups, the run's timer and
 * what the groups capture in each phase. Also the export/storage format (tool «5f») with its validation.
 * Pure: no DOM, no storage.
 */
import type { ToolFormat } from '../persistence/envelope';
import { array, attempt, boolean, expect, number, optionalString, record, string } from '../persistence/validate';
import { defaultPlan, type Plan } from './plan';
import { initialTimer, PHASES, type TimerState } from './timer';
import { newId } from './list';

export const PHASE_IDS = ['fokuser', 'forstaa', 'forestil', 'fastslaa', 'frigoer'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

export interface Item { id: string; text: string }

export const SMART_KEYS = ['specific', 'measurable', 'attractive', 'realistic', 'timeBound'] as const;
export type SmartKey = (typeof SMART_KEYS)[number];
export const SMART_LABELS: Record<SmartKey, { label: string; hint: string }> = {
  specific: { label: 'Specifikt', hint: 'Det er klart, hvad der skal opnås.' },
  measurable: { label: 'Målbart', hint: 'I kan se eller måle, om målet er nået.' },
  attractive: { label: 'Attraktivt', hint: 'Målet giver mening og motiverer dem, der skal nå det.' },
  realistic: { label: 'Realistisk', hint: 'Målet kan nås med de ressourcer, I har.' },
  timeBound: { label: 'Tidsbestemt', hint: 'Der er en dato for, hvornår målet skal være nået.' },
};
export type Smart = Record<SmartKey, boolean>;

export interface Goal { id: string; text: string; smart: Smart; subGoals: Item[] }

export interface ActionRow { id: string; what: string; who: string; when: string; collaborations: string; followUp: string }
export const ACTION_FIELDS = ['what', 'who', 'when', 'collaborations', 'followUp'] as const;
export const ACTION_LABELS: Record<(typeof ACTION_FIELDS)[number], string> = {
  what: 'Hvad',
  who: 'Hvem',
  when: 'Hvornår',
  collaborations: 'Samarbejdsrelationer, der skal aktiveres',
  followUp: 'Opfølgning',
};

export interface Group {
  id: string;
  name: string;
  /** Fokuser: the chosen theme and why it matters. */
  theme: string;
  why: string;
  /** Forstå: «guld», what works … */
  gold: Item[];
  /** … and, as a separate category, learning from mistakes. */
  learning: Item[];
  /** Forestil: the vision, told as if you were there. */
  vision: string;
  /** Fastslå: goals with a SMART check and sub-goals. */
  goals: Goal[];
  /** Frigør: the action plan. */
  actions: ActionRow[];
}

export interface Session {
  id: string;
  name: string;
  createdAt: string;
  plan: Plan;
  /** The session's theme (Fokuser), shown on the presenter view. */
  theme: string;
  groups: Group[];
  timer: TimerState;
  /** The facilitator's plenary summary: the overview at the end. */
  plenary: string;
}

export interface FemfDocument { activeId: string; sessions: Session[] }

export const LIMITS = { sessions: 50, groups: 20, rows: 200, shortText: 300, text: 5000 } as const;

export function emptyGroup(name: string, id = newId('g')): Group {
  return { id, name, theme: '', why: '', gold: [], learning: [], vision: '', goals: [], actions: [] };
}

export function newSession(name: string, now = new Date(), id = newId('s')): Session {
  return { id, name, createdAt: now.toISOString(), plan: defaultPlan(), theme: '', groups: [emptyGroup('Gruppe 1', `${id}-g1`)], timer: initialTimer(), plenary: '' };
}

export function emptyDocument(): FemfDocument {
  const s = newSession('Min 5F-session', new Date(0), 'standard');
  return { activeId: s.id, sessions: [s] };
}

export const emptyItem = (): Item => ({ id: newId('i'), text: '' });
export const emptyGoal = (): Goal => ({ id: newId('m'), text: '', smart: { specific: false, measurable: false, attractive: false, realistic: false, timeBound: false }, subGoals: [] });
export const emptyAction = (): ActionRow => ({ id: newId('h'), what: '', who: '', when: '', collaborations: '', followUp: '' });

export function activeSession(doc: FemfDocument): Session {
  return doc.sessions.find((s) => s.id === doc.activeId) ?? doc.sessions[0]!;
}

export function updateSession(doc: FemfDocument, id: string, fn: (s: Session) => Session): FemfDocument {
  return { ...doc, sessions: doc.sessions.map((s) => (s.id === id ? fn(s) : s)) };
}

export function updateGroup(session: Session, groupId: string, fn: (g: Group) => Group): Session {
  return { ...session, groups: session.groups.map((g) => (g.id === groupId ? fn(g) : g)) };
}

/** «Session 2», or the next free number. */
export function nextSessionName(doc: FemfDocument, base = 'Session'): string {
  const names = new Set(doc.sessions.map((s) => s.name));
  for (let n = doc.sessions.length + 1; ; n++) if (!names.has(`${base} ${n}`)) return `${base} ${n}`;
}

export function addSession(doc: FemfDocument, session: Session): FemfDocument {
  return { activeId: session.id, sessions: [...doc.sessions, session] };
}

/**
 * Deletes a session. The document always keeps one: deleting the last leaves a fresh, empty one.
 * Returns the removed session and its place for undo.
 */
export function deleteSession(doc: FemfDocument, id: string, now = new Date()): { doc: FemfDocument; removed: Session | null; index: number; replacement?: string } {
  const index = doc.sessions.findIndex((s) => s.id === id);
  if (index < 0) return { doc, removed: null, index };
  const rest = doc.sessions.filter((s) => s.id !== id);
  const replacement = rest.length > 0 ? undefined : newSession('Min 5F-session', now);
  const sessions = replacement ? [replacement] : rest;
  const activeId = doc.activeId === id ? sessions[Math.min(index, sessions.length - 1)]!.id : doc.activeId;
  return { doc: { activeId, sessions }, removed: doc.sessions[index]!, index, replacement: replacement?.id };
}

/** Undo of deleteSession. `replacement`: the blank session that took the place of the only one; it goes again if still blank. */
export function restoreSession(doc: FemfDocument, removed: Session, index: number, replacement?: string): FemfDocument {
  if (doc.sessions.some((s) => s.id === removed.id)) return doc;
  const sessions = doc.sessions.filter((s) => !(s.id === replacement && isUntouched(s) && doc.sessions.length === 1));
  sessions.splice(Math.min(index, sessions.length), 0, removed);
  return { activeId: removed.id, sessions };
}

/**
 * Adds the sessions of an imported document. Nothing existing is overwritten: a session whose id is taken
 * gets a new id (and «(importeret)» after its name). The first imported session becomes the active one.
 */
export function mergeImport(doc: FemfDocument, imported: FemfDocument): { doc: FemfDocument; added: Session[] } {
  const ids = new Set(doc.sessions.map((s) => s.id));
  const added = imported.sessions.map((s) => (ids.has(s.id) ? { ...s, id: newId('s'), name: `${s.name} (importeret)` } : s));
  // A fresh, untouched default session is replaced rather than kept beside the import.
  const keep = doc.sessions.filter((s) => !isUntouched(s));
  const sessions = [...keep, ...added].slice(0, LIMITS.sessions);
  return { doc: { activeId: added[0]?.id ?? doc.activeId, sessions }, added };
}

/** True for a session nobody has written anything in, nor run. */
export function isUntouched(s: Session): boolean {
  const t = s.timer;
  return !s.theme && !s.plenary && t.phaseIndex === 0 && t.runningSince === null && t.elapsed.every((e) => e === 0) && s.groups.every(isEmptyGroup);
}

export function isEmptyGroup(g: Group): boolean {
  return !g.theme && !g.why && !g.vision && g.gold.length === 0 && g.learning.length === 0 && g.goals.length === 0 && g.actions.length === 0;
}

export const smartCount = (smart: Smart) => SMART_KEYS.filter((k) => smart[k]).length;

/** What is missing for a goal to pass the SMART check, in Danish, or null when it passes. */
export function smartGaps(smart: Smart): string | null {
  const missing = SMART_KEYS.filter((k) => !smart[k]).map((k) => SMART_LABELS[k].label.toLowerCase());
  if (missing.length === 0) return null;
  return `Mangler: ${missing.join(', ')}.`;
}

// ——— Validation of stored and imported documents ———

function item(v: unknown, path: string): Item {
  const r = record(v, path);
  return { id: string(r.id, `${path}.id`, 40), text: string(r.text, `${path}.text`, LIMITS.text) };
}

function items(v: unknown, path: string): Item[] {
  return array(v, path, LIMITS.rows).map((x, i) => item(x, `${path}[${i}]`));
}

function text(v: unknown, path: string, max: number = LIMITS.text): string {
  return optionalString(v, path, max) ?? '';
}

function goal(v: unknown, path: string): Goal {
  const r = record(v, path);
  const s = record(r.smart, `${path}.smart`);
  const smart = Object.fromEntries(SMART_KEYS.map((k) => [k, s[k] === undefined ? false : boolean(s[k], `${path}.smart.${k}`)])) as Smart;
  return { id: string(r.id, `${path}.id`, 40), text: text(r.text, `${path}.text`), smart, subGoals: items(r.subGoals ?? [], `${path}.subGoals`) };
}

function action(v: unknown, path: string): ActionRow {
  const r = record(v, path);
  const row = { id: string(r.id, `${path}.id`, 40) } as ActionRow;
  for (const f of ACTION_FIELDS) row[f] = text(r[f], `${path}.${f}`);
  return row;
}

function group(v: unknown, path: string): Group {
  const r = record(v, path);
  return {
    id: string(r.id, `${path}.id`, 40),
    name: string(r.name, `${path}.name`, LIMITS.shortText),
    theme: text(r.theme, `${path}.theme`),
    why: text(r.why, `${path}.why`),
    gold: items(r.gold ?? [], `${path}.gold`),
    learning: items(r.learning ?? [], `${path}.learning`),
    vision: text(r.vision, `${path}.vision`),
    goals: array(r.goals ?? [], `${path}.goals`, LIMITS.rows).map((x, i) => goal(x, `${path}.goals[${i}]`)),
    actions: array(r.actions ?? [], `${path}.actions`, LIMITS.rows).map((x, i) => action(x, `${path}.actions[${i}]`)),
  };
}

function timer(v: unknown, path: string): TimerState {
  const r = record(v, path);
  const elapsed = array(r.elapsed, `${path}.elapsed`, PHASES).map((x, i) => number(x, `${path}.elapsed[${i}]`, 0, 7 * 24 * 3_600_000));
  expect(elapsed.length === PHASES, `${path}.elapsed`, `skal have ${PHASES} tal, ét pr. fase`);
  const runningSince = r.runningSince === null || r.runningSince === undefined ? null : number(r.runningSince, `${path}.runningSince`, 0, 8.64e15);
  return { phaseIndex: number(r.phaseIndex, `${path}.phaseIndex`, 0, PHASES, true), elapsed, runningSince };
}

function plan(v: unknown, path: string): Plan {
  const r = record(v, path);
  const phases = array(r.phases, `${path}.phases`, PHASES).map((x, i) => number(x, `${path}.phases[${i}]`, 0, 24 * 60, true));
  expect(phases.length === PHASES, `${path}.phases`, `skal have ${PHASES} tider, én pr. fase`);
  return { totalMinutes: number(r.totalMinutes, `${path}.totalMinutes`, 0, 24 * 60, true), phases };
}

function session(v: unknown, path: string): Session {
  const r = record(v, path);
  const groups = array(r.groups, `${path}.groups`, LIMITS.groups).map((x, i) => group(x, `${path}.groups[${i}]`));
  expect(groups.length > 0, `${path}.groups`, 'skal have mindst én gruppe');
  return {
    id: string(r.id, `${path}.id`, 40),
    name: string(r.name, `${path}.name`, LIMITS.shortText),
    createdAt: string(r.createdAt ?? '', `${path}.createdAt`, 40),
    plan: plan(r.plan, `${path}.plan`),
    theme: text(r.theme, `${path}.theme`),
    groups,
    timer: timer(r.timer, `${path}.timer`),
    plenary: text(r.plenary, `${path}.plenary`, LIMITS.text * 4),
  };
}

export function validateDocument(v: unknown) {
  return attempt((): FemfDocument => {
    const r = record(v, '');
    const sessions = array(r.sessions, 'sessions', LIMITS.sessions).map((x, i) => session(x, `sessions[${i}]`));
    expect(sessions.length > 0, 'sessions', 'skal have mindst én session');
    expect(new Set(sessions.map((s) => s.id)).size === sessions.length, 'sessions', 'to sessioner har samme id');
    const activeId = string(r.activeId, 'activeId', 40);
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
