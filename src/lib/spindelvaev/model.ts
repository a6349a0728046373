/**
 * The spider-web (spindelvæv) self-assessment: the web as it comes from content/, and the team's document.
 * Pure: no DOM, no storage. Statement text always comes from the content data, never from code.
 */

/** One theme's web as passed from content/spindelvaev/<tema>.yaml. */
export interface WebDef {
  tema: string;
  titel: string;
  dimensioner: { navn: string; udsagn: string[] }[];
}

export interface Statement {
  /** Stable position id, also shown as the spoke number: «2.3» = dimension 2, statement 3. */
  id: string;
  text: string;
  dimension: number;
  dimensionName: string;
}

/** Ratings per statement id; a statement that is not rated has no key (unrated is not 0). */
export type Ratings = Record<string, number>;

export interface Participant { id: string; name: string; ratings: Ratings }
export interface PlanItem { what: string; who: string; when: string }
/** A saved, dated assessment: the team's mean per statement (one decimal). */
export interface Round { id: string; date: string; label: string; values: Ratings; participants: number }

export interface SpindelDoc {
  tema: string;
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

export const SCALE_MIN = 0;
export const SCALE_MAX = 10;

export function statementsOf(web: WebDef): Statement[] {
  return web.dimensioner.flatMap((d, di) =>
    d.udsagn.map((text, si) => ({ id: `${di + 1}.${si + 1}`, text, dimension: di, dimensionName: d.navn })),
  );
}

export function emptyDoc(tema: string): SpindelDoc {
  return { tema, participants: [], notes: {}, chosen: [], noticed: '', requires: '', plan: [], rounds: [] };
}

export function newId(prefix: string, now = Date.now(), random = Math.random()): string {
  return `${prefix}${now.toString(36)}${Math.floor(random * 1296).toString(36).padStart(2, '0')}`;
}

/** Sets (or with `null` removes) one participant's rating. Returns a new document. */
export function rate(doc: SpindelDoc, participantId: string, statementId: string, value: number | null): SpindelDoc {
  return {
    ...doc,
    participants: doc.participants.map((p) => {
      if (p.id !== participantId) return p;
      const ratings = { ...p.ratings };
      if (value === null) delete ratings[statementId];
      else ratings[statementId] = Math.max(SCALE_MIN, Math.min(SCALE_MAX, Math.round(value)));
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
