/** The team view: mean and spread (min–max) per statement, and where the team disagrees most. */
import type { Participant, Ratings } from './model';

export interface StatementStats {
  id: string;
  /** How many participants rated the statement. */
  n: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  /** max − min; 0 when fewer than two ratings. */
  spread: number;
}

export const round1 = (x: number): number => Math.round(x * 10) / 10;

export function statsFor(id: string, values: number[]): StatementStats {
  if (values.length === 0) return { id, n: 0, mean: null, min: null, max: null, spread: 0 };
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { id, n: values.length, mean: round1(values.reduce((a, b) => a + b, 0) / values.length), min, max, spread: max - min };
}

/** Stats per statement, in the order of `ids`. Unrated statements count for nobody (they are not 0). */
export function aggregate(ids: string[], participants: Participant[]): StatementStats[] {
  return ids.map((id) => statsFor(id, participants.flatMap((p) => (id in p.ratings ? [p.ratings[id]!] : []))));
}

/** The team's mean per statement as ratings (unrated statements left out). */
export function meanRatings(stats: StatementStats[]): Ratings {
  const out: Ratings = {};
  for (const s of stats) if (s.mean !== null) out[s.id] = s.mean;
  return out;
}

export const DISAGREEMENT_MIN_SPREAD = 3;
export const DISAGREEMENT_LIMIT = 3;

/**
 * The statements where the team disagrees most: rated by at least two, a spread of at least
 * `minSpread` points, largest spread first (ties: more raters first, then the web's order), at most `limit`.
 */
export function disagreements(stats: StatementStats[], limit = DISAGREEMENT_LIMIT, minSpread = DISAGREEMENT_MIN_SPREAD): string[] {
  return stats
    .map((s, order) => ({ s, order }))
    .filter(({ s }) => s.n >= 2 && s.spread >= minSpread)
    .sort((a, b) => b.s.spread - a.s.spread || b.s.n - a.s.n || a.order - b.order)
    .slice(0, limit)
    .map(({ s }) => s.id);
}

/** «5,5» — Danish decimal comma; «–» for no value. */
export function formatNumber(x: number | null | undefined): string {
  if (x === null || x === undefined) return '–';
  return String(round1(x)).replace('.', ',');
}
