/**
 * The 5F tool's document: several named sessions, each with its time plan, theme, groups, the run's timer and
 * what the groups capture in each phase. Edits are in edit.ts and sessions.ts, validation and the stored format
 * in validate.ts. Pure: no DOM, no storage.
 */
import { newId } from '../ids';
import { defaultPlan, type Plan } from './plan';
import { initialTimer, type TimerState } from './timer';

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
  /** «Næste fase» lets a running clock run on into the next phase instead of waiting for «Start». */
  carryOn: boolean;
}

export interface FemfDocument { activeId: string; sessions: Session[] }

/** The largest document the tool keeps. The UI enforces the same limits, so whatever it accepts also imports. */
export const LIMITS = { sessions: 50, groups: 20, rows: 200, shortText: 300, text: 5000, plenary: 20_000 } as const;

export function emptyGroup(name: string, id = newId('g')): Group {
  return { id, name, theme: '', why: '', gold: [], learning: [], vision: '', goals: [], actions: [] };
}

export function newSession(name: string, now = new Date(), id = newId('s')): Session {
  return { id, name, createdAt: now.toISOString(), plan: defaultPlan(), theme: '', groups: [emptyGroup('Gruppe 1', `${id}-g1`)], timer: initialTimer(), plenary: '', carryOn: false };
}

/** The document a new browser starts with: one blank session, not dated until someone uses it. */
export function emptyDocument(): FemfDocument {
  const s = { ...newSession('Min 5F-session', new Date(0), 'standard'), createdAt: '' };
  return { activeId: s.id, sessions: [s] };
}

export const emptyItem = (): Item => ({ id: newId('i'), text: '' });
export const emptyGoal = (): Goal => ({ id: newId('m'), text: '', smart: { specific: false, measurable: false, attractive: false, realistic: false, timeBound: false }, subGoals: [] });
export const emptyAction = (): ActionRow => ({ id: newId('h'), what: '', who: '', when: '', collaborations: '', followUp: '' });

export function activeSession(doc: FemfDocument): Session {
  return doc.sessions.find((s) => s.id === doc.activeId) ?? doc.sessions[0]!;
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
