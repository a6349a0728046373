/**
 * The 5F time plan: a total time (the method says 2 to 7 hours) split across the five phases.
 * Pure: minutes in, minutes and Danish messages out.
 */

import { PHASE_IDS, type PhaseId } from './phases';

/** Default share of the total per phase. Forstå (the «guld») gets the most. */
const DEFAULT_SHARE: Record<PhaseId, number> = { fokuser: 0.15, forstaa: 0.25, forestil: 0.2, fastslaa: 0.2, frigoer: 0.2 };
/** The default shares in phase order. */
export const DEFAULT_WEIGHTS: readonly number[] = PHASE_IDS.map((id) => DEFAULT_SHARE[id]);
/** Phases are planned in steps of 5 minutes. */
export const STEP = 5;
export const MIN_PHASE_MINUTES = 5;

export interface Plan {
  totalMinutes: number;
  /** Minutes per phase, in phase order. */
  phases: number[];
}

export interface Bounds { minTimer: number; maxTimer: number }

/** Splits `total` minutes by `weights` in whole steps, so the parts always add up to `total` exactly. */
export function splitTotal(total: number, weights: readonly number[] = DEFAULT_WEIGHTS, step = STEP): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const w = sum > 0 ? weights.map((x) => x / sum) : weights.map(() => 1 / weights.length);
  const units = Math.floor(total / step);
  const raw = w.map((x) => x * units);
  const parts = raw.map(Math.floor);
  let left = units - parts.reduce((a, b) => a + b, 0);
  // Largest remainder first; ties go to the earlier phase.
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]!.i]!++;
  const minutes = parts.map((p) => p * step);
  const rest = total - units * step;
  if (rest > 0) {
    const largest = minutes.indexOf(Math.max(...minutes));
    minutes[largest]! += rest;
  }
  return minutes;
}

export function defaultPlan(totalMinutes = 180): Plan {
  return { totalMinutes, phases: splitTotal(totalMinutes) };
}

/** A new total, keeping the phases' current proportions (or the defaults if they are all zero). */
export function withTotal(plan: Plan, totalMinutes: number): Plan {
  const sum = plan.phases.reduce((a, b) => a + b, 0);
  return { totalMinutes, phases: splitTotal(totalMinutes, sum > 0 ? plan.phases : DEFAULT_WEIGHTS) };
}

export function withPhase(plan: Plan, index: number, minutes: number): Plan {
  return { ...plan, phases: plan.phases.map((m, i) => (i === index ? minutes : m)) };
}

/**
 * Keeps phase `keep` as it is and shares the rest of the total among the other phases in their current
 * proportions. Returns null when there is not room for the others (at least 5 minutes each).
 */
export function balanceOthers(plan: Plan, keep: number): Plan | null {
  const rest = plan.totalMinutes - plan.phases[keep]!;
  const others = plan.phases.map((m, i) => (i === keep ? 0 : m));
  if (rest < MIN_PHASE_MINUTES * (plan.phases.length - 1)) return null;
  const weights = others.some((m) => m > 0) ? others.map((m, i) => (i === keep ? 0 : Math.max(m, 1))) : plan.phases.map((_, i) => (i === keep ? 0 : 1));
  const split = splitTotal(rest, weights);
  // Lift any phase below the minimum, taking the time from the largest.
  for (let i = 0; i < split.length; i++) {
    if (i === keep) continue;
    while (split[i]! < MIN_PHASE_MINUTES) {
      const largest = split.reduce((best, m, j) => (j !== keep && m > split[best]! ? j : best), i === 0 ? 1 : 0);
      const take = Math.min(MIN_PHASE_MINUTES - split[i]!, split[largest]! - MIN_PHASE_MINUTES);
      if (take <= 0) return null;
      split[largest]! -= take;
      split[i]! += take;
    }
  }
  split[keep] = plan.phases[keep]!;
  return { ...plan, phases: split };
}

/** Makes the total the sum of the phases. */
export function totalFromPhases(plan: Plan): Plan {
  return { ...plan, totalMinutes: plan.phases.reduce((a, b) => a + b, 0) };
}

/** «2 t 30 min», «45 min», «3 t». */
export function formatMinutes(minutes: number): string {
  const sign = minutes < 0 ? '−' : '';
  const m = Math.abs(Math.round(minutes));
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return `${sign}${rest} min`;
  return rest === 0 ? `${sign}${h} t` : `${sign}${h} t ${rest} min`;
}

/** The choices for the total time: every quarter of an hour from the method's minimum to its maximum. */
export function totalChoices(bounds: Bounds): number[] {
  const out: number[] = [];
  for (let m = Math.ceil(bounds.minTimer * 4) * 15; m <= bounds.maxTimer * 60; m += 15) out.push(m);
  return out;
}

export type Parsed = { ok: true; value: number } | { ok: false; error: string };

/** Reads what was typed into a phase's minutes field. */
export function parseMinutes(text: string): Parsed {
  const t = text.trim().replace(/\s*min(utter)?\.?$/i, '');
  if (t === '') return { ok: false, error: 'Skriv et antal minutter.' };
  if (!/^[-−]?\d+([.,]\d+)?$/.test(t)) return { ok: false, error: 'Skriv et helt antal minutter, fx 30.' };
  const n = Number(t.replace('−', '-').replace(',', '.'));
  if (n < 0) return { ok: false, error: 'Tiden kan ikke være negativ.' };
  if (!Number.isInteger(n)) return { ok: false, error: 'Skriv et helt antal minutter, fx 30.' };
  if (n > 24 * 60) return { ok: false, error: 'Det er mere end et døgn. Skriv tiden i minutter.' };
  return { ok: true, value: n };
}

export interface PlanProblem {
  /** 'total', 'sum' or the index of the phase. */
  field: 'total' | 'sum' | number;
  message: string;
}

/** What is impossible or inconsistent in a plan, in Danish. An empty list means the plan can be run. */
export function checkPlan(plan: Plan, bounds: Bounds, names: readonly string[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const { totalMinutes: total } = plan;
  if (total < bounds.minTimer * 60 || total > bounds.maxTimer * 60) {
    problems.push({ field: 'total', message: `Den samlede tid skal være mellem ${formatMinutes(bounds.minTimer * 60)} og ${formatMinutes(bounds.maxTimer * 60)}, som metoden angiver.` });
  }
  plan.phases.forEach((m, i) => {
    const name = names[i] ?? `Fase ${i + 1}`;
    if (!Number.isFinite(m) || !Number.isInteger(m)) problems.push({ field: i, message: `${name}: skriv et helt antal minutter.` });
    else if (m < 0) problems.push({ field: i, message: `${name}: tiden kan ikke være negativ.` });
    else if (m < MIN_PHASE_MINUTES) problems.push({ field: i, message: `${name} skal have mindst ${MIN_PHASE_MINUTES} minutter.` });
    else if (m > total) problems.push({ field: i, message: `${name} kan ikke vare længere end hele forløbet (${formatMinutes(total)}).` });
  });
  const sum = plan.phases.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
  if (sum !== total) {
    const diff = total - sum;
    problems.push({
      field: 'sum',
      message: `Faserne varer tilsammen ${formatMinutes(sum)}, men den samlede tid er ${formatMinutes(total)}: ${diff > 0 ? `${formatMinutes(diff)} er ikke fordelt` : `${formatMinutes(-diff)} for meget`}.`,
    });
  }
  return problems;
}
