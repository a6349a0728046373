/**
 * The spider-web (spindelvæv) self-assessment: the web as it comes from content/, and the team's document.
 * Pure: no DOM, no storage. Statement text always comes from the content data, never from code.
 */

/** One theme's web as passed from content/spindelvaev/<tema>.yaml. */
export interface WebDef {
  tema: string;
  titel: string;
  dimensioner: { navn: string; udsagn: { id: string; tekst: string }[] }[];
}

export interface Statement {
  /** Stable id from the content («led-03»): what saved ratings, notes and choices refer to. */
  id: string;
  /** The spoke number shown to the user: «2.3» = dimension 2, statement 3 (a position, so never stored). */
  number: string;
  text: string;
  dimension: number;
  dimensionName: string;
}

/** The spider-web's scale, the one source for validation, controls, chart, codes and worksheets. */
export const SCALE = { min: 0, max: 10 } as const;
export const SCALE_MIN = SCALE.min;
export const SCALE_MAX = SCALE.max;
/** The rings drawn on the web and the blank worksheet: every second value above the centre. */
export const SCALE_RINGS: readonly number[] = Array.from({ length: Math.floor((SCALE.max - SCALE.min) / 2) }, (_, i) => SCALE.min + 2 * (i + 1));
/** Every value on the scale, lowest first. */
export const SCALE_VALUES: readonly number[] = Array.from({ length: SCALE.max - SCALE.min + 1 }, (_, i) => SCALE.min + i);

/** Ratings per statement id; a statement that is not rated has no key (unrated is not 0). */
export type Ratings = Record<string, number>;

export interface Participant { id: string; name: string; ratings: Ratings }
export interface PlanItem { id: string; what: string; who: string; when: string }
/** A saved, dated assessment: the team's mean per statement (one decimal). */
export interface Round { id: string; date: string; label: string; values: Ratings; participants: number }

/** The web as it was when the document was saved: what «the web has changed since» is measured against. */
export interface WebSnapshot {
  fingerprint: string;
  /** Statement text by id ('' when unknown, for documents migrated from version 2). */
  statements: Record<string, string>;
}

export interface SpindelDoc {
  tema: string;
  web: WebSnapshot;
  /** Everyone who has rated in the current assessment (one entry when used alone). */
  participants: Participant[];
  /** Step 2: notes per statement id. */
  notes: Record<string, string>;
  /** Step 3: exactly three statement ids. */
  chosen: string[];
  /** Step 4: what the child/young person and parents will notice. */
  noticed: string;
  /** Step 5: what it takes. */
  requires: string;
  /** Step 6: the plan, who and when. */
  plan: PlanItem[];
  /** «Løbende evaluering»: earlier assessments, oldest first. */
  rounds: Round[];
}

export function statementsOf(web: WebDef): Statement[] {
  return web.dimensioner.flatMap((d, di) =>
    d.udsagn.map((u, si) => ({ id: u.id, number: `${di + 1}.${si + 1}`, text: u.tekst, dimension: di, dimensionName: d.navn })),
  );
}

/** FNV-1a, 32 bit: short, stable, no crypto needed. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The web's fingerprint: its theme, statement ids, order and texts. Any content edit changes it. */
export function webFingerprint(web: WebDef): string {
  const parts = statementsOf(web).map((s) => `${s.id}=${s.text}`);
  return fnv1a(`${web.tema}|${parts.join('|')}`).toString(36).padStart(7, '0');
}

export function snapshotOf(web: WebDef): WebSnapshot {
  return { fingerprint: webFingerprint(web), statements: Object.fromEntries(statementsOf(web).map((s) => [s.id, s.text])) };
}

export function emptyDoc(web: WebDef): SpindelDoc {
  return { tema: web.tema, web: snapshotOf(web), participants: [], notes: {}, chosen: [], noticed: '', requires: '', plan: [], rounds: [] };
}


/** Sets (or with `null` removes) one participant's rating. Returns a new document. */
export function rate(doc: SpindelDoc, participantId: string, statementId: string, value: number | null): SpindelDoc {
  return {
    ...doc,
    participants: doc.participants.map((p) => {
      if (p.id !== participantId) return p;
      const ratings = { ...p.ratings };
      if (value === null) delete ratings[statementId];
      else ratings[statementId] = Math.max(SCALE.min, Math.min(SCALE.max, Math.round(value)));
      return { ...p, ratings };
    }),
  };
}

export function participantLabel(p: Participant, index: number): string {
  return p.name.trim() || `Deltager ${index + 1}`;
}

export function ratedCount(p: Participant | undefined): number {
  return p ? Object.keys(p.ratings).length : 0;
}
