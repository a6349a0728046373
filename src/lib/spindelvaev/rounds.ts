/** «Løbende evaluering»: dated rounds over time and the change per statement. */
import { aggregate, meanRatings, round1 } from './aggregate';
import { newId } from '../ids';
import { participantLabel, type Participant, type Ratings, type SpindelDoc } from './model';

/** One line on the chart and one column in the table. `participant`: one person's own web, shown when revealed. */
export interface Series { key: string; label: string; values: Ratings; current: boolean; participant?: boolean }

/** The current assessment's team mean (or the one participant's ratings). */
export function currentValues(doc: SpindelDoc, ids: string[]): Ratings {
  return meanRatings(aggregate(ids, doc.participants));
}

const sameValues = (a: Ratings, b: Ratings) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

export function formatDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

export function isDateInput(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));
}

/** Saves the current assessment as a dated round (kept in date order). */
export function saveRound(doc: SpindelDoc, ids: string[], date: string, label = '', id = newId('r')): { doc: SpindelDoc; error: string | null } {
  const values = currentValues(doc, ids);
  if (Object.keys(values).length === 0) return { doc, error: 'Der er ingen vurderinger at gemme endnu. Vurdér mindst ét udsagn først.' };
  if (!isDateInput(date)) return { doc, error: 'Skriv en gyldig dato for runden.' };
  const rated = doc.participants.filter((p) => Object.keys(p.ratings).length > 0).length;
  const round = { id, date, label: label.trim().slice(0, 80), values, participants: rated };
  const rounds = [...doc.rounds, round].sort((a, b) => a.date.localeCompare(b.date));
  return { doc: { ...doc, rounds }, error: null };
}

/** Starts a new assessment: ratings and notes cleared; rounds, choices and plan kept. */
export function startNewAssessment(doc: SpindelDoc): SpindelDoc {
  return { ...doc, participants: [], notes: {} };
}

export function roundLabel(r: { date: string; label: string }): string {
  return `Runde ${formatDate(r.date)}${r.label ? ` (${r.label})` : ''}`;
}

/** The series on the chart: saved rounds oldest first, then the current assessment unless it is already saved. */
export function chartSeries(doc: SpindelDoc, ids: string[], currentLabel: string, current: Ratings = currentValues(doc, ids)): Series[] {
  const rounds: Series[] = doc.rounds.map((r) => ({ key: r.id, label: roundLabel(r), values: r.values, current: false }));
  // A saved round is drawn once: today's line is left out while it equals any saved round.
  const showCurrent = Object.keys(current).length > 0 && !doc.rounds.some((r) => sameValues(r.values, current));
  return showCurrent ? [...rounds, { key: 'current', label: currentLabel, values: current, current: true }] : rounds;
}

/** Change per statement between the last two series (null where either is unrated). */
export function changes(series: Series[], ids: string[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  const [prev, last] = series.slice(-2);
  for (const id of ids) {
    const a = prev?.values[id];
    const b = last?.values[id];
    out[id] = series.length >= 2 && a !== undefined && b !== undefined ? round1(b - a) : null;
  }
  return out;
}

/** «steget 2», «faldet 1,5», «uændret» — words as well as signs, so the change never rests on colour. */
export function describeChange(delta: number | null): string {
  if (delta === null) return '–';
  const n = String(Math.abs(delta)).replace('.', ',');
  if (delta > 0) return `↑ +${n}`;
  if (delta < 0) return `↓ −${n}`;
  return '= 0';
}

/**
 * The revealed team (step 2 on): each participant's own web over the team mean, so the group can present its
 * views. Saved rounds are left out while individuals are shown: one comparison at a time keeps the web readable.
 */
export function revealedSeries(participants: Participant[], meanLabel: string, mean: Ratings): Series[] {
  const people = participants
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => Object.keys(p.ratings).length > 0)
    .map(({ p, i }) => ({ key: `p-${p.id}`, label: participantLabel(p, i), values: p.ratings, current: false, participant: true }));
  return [...people, { key: 'current', label: meanLabel, values: mean, current: true }];
}
