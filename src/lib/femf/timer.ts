/**
 * The presenter's countdown per phase. Stores only timestamps and accumulated time, never a ticking counter,
 * so the remaining time is computed from `now`: a reload, a sleeping laptop or a background tab keeps the
 * correct time. Pure: every function takes `now` (ms since epoch), so tests use a fake clock.
 */
import { PHASE_COUNT } from './phases';

export interface TimerState {
  /** 0–4: the current phase; 5: the process is finished. */
  phaseIndex: number;
  /** Milliseconds used per phase, not counting the running stretch. */
  elapsed: number[];
  /** When the current stretch started (ms since epoch), or null when paused / not started. */
  runningSince: number | null;
}

const MINUTE = 60_000;

export function initialTimer(): TimerState {
  return { phaseIndex: 0, elapsed: Array(PHASE_COUNT).fill(0), runningSince: null };
}

export const isRunning = (t: TimerState) => t.runningSince !== null;
export const isDone = (t: TimerState) => t.phaseIndex >= PHASE_COUNT;

/** Time used in a phase so far. A clock that moved backwards counts as no time. */
export function phaseElapsed(t: TimerState, now: number, index = t.phaseIndex): number {
  const base = t.elapsed[index] ?? 0;
  return index === t.phaseIndex && t.runningSince !== null ? base + Math.max(0, now - t.runningSince) : base;
}

/** Remaining time of the current phase in ms; negative when over time. */
export function remaining(t: TimerState, phaseMinutes: readonly number[], now: number): number {
  if (isDone(t)) return 0;
  return (phaseMinutes[t.phaseIndex] ?? 0) * MINUTE - phaseElapsed(t, now);
}

export function totalElapsed(t: TimerState, now: number): number {
  return t.elapsed.reduce((sum, _, i) => sum + phaseElapsed(t, now, i), 0);
}

/** Folds the running stretch into the phase's elapsed time and stops. */
function settle(t: TimerState, now: number): TimerState {
  if (t.runningSince === null) return t;
  const elapsed = t.elapsed.slice();
  elapsed[t.phaseIndex] = phaseElapsed(t, now);
  return { ...t, elapsed, runningSince: null };
}

export function start(t: TimerState, now: number): TimerState {
  if (isDone(t) || isRunning(t)) return t;
  return { ...t, runningSince: now };
}

export function pause(t: TimerState, now: number): TimerState {
  return settle(t, now);
}

export function toggle(t: TimerState, now: number): TimerState {
  return isRunning(t) ? pause(t, now) : start(t, now);
}

/**
 * Goes to another phase (0–5). The phase left keeps its used time. The new phase waits for «Start», unless
 * `carryOn` is set and the clock was running: then it runs on into the new phase (never into the plenary).
 */
export function goTo(t: TimerState, index: number, now: number, carryOn = false): TimerState {
  const target = Math.max(0, Math.min(PHASE_COUNT, Math.trunc(index)));
  if (target === t.phaseIndex) return t;
  const keepRunning = carryOn && isRunning(t) && target < PHASE_COUNT;
  return { ...settle(t, now), phaseIndex: target, runningSince: keepRunning ? now : null };
}

export const next = (t: TimerState, now: number, carryOn = false) => goTo(t, t.phaseIndex + 1, now, carryOn);
export const back = (t: TimerState, now: number, carryOn = false) => goTo(t, t.phaseIndex - 1, now, carryOn);

/** Starts the current phase's countdown over (keeps running if it ran). */
export function restartPhase(t: TimerState, now: number): TimerState {
  if (isDone(t)) return t;
  const elapsed = t.elapsed.slice();
  elapsed[t.phaseIndex] = 0;
  return { ...t, elapsed, runningSince: t.runningSince === null ? null : now };
}

export type Warning = 'none' | 'soon' | 'last' | 'over';
const SEVERITY: Record<Warning, number> = { none: 0, soon: 1, last: 2, over: 3 };

/** «soon» at 5 minutes left (2 for phases of 10 minutes or less), «last» at 1 minute, «over» at 0. */
export function warningLevel(remainingMs: number, durationMs: number): Warning {
  if (remainingMs <= 0) return 'over';
  if (remainingMs <= MINUTE) return 'last';
  const soon = durationMs <= 10 * MINUTE ? 2 * MINUTE : 5 * MINUTE;
  return remainingMs <= soon ? 'soon' : 'none';
}

/** True when `next` is more urgent than `prev`: the moment to announce a warning. */
export function escalated(prev: Warning, next: Warning): boolean {
  return SEVERITY[next] > SEVERITY[prev];
}

export function warningMessage(level: Warning, phaseName: string, remainingMs: number): string {
  switch (level) {
    case 'soon': {
      const minutes = Math.ceil(remainingMs / MINUTE);
      return `${minutes} minutter tilbage af ${phaseName}.`;
    }
    case 'last':
      return `Under ét minut tilbage af ${phaseName}. Tid til at opsummere.`;
    case 'over':
      return `Tiden for ${phaseName} er gået. Opsummér og gå videre til næste fase.`;
    default:
      return '';
  }
}

/** «12:05», «1:02:03»; over time «+02:10». */
export function formatClock(ms: number): string {
  const over = ms < 0;
  // Count down in whole seconds, rounding up, so «00:00» shows only when time is really up.
  const s = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(sec).padStart(2, '0');
  return `${over ? '+' : ''}${h > 0 ? `${h}:${mm}` : mm}:${ss}`;
}

/** The clock in words for screen readers: «12 minutter og 5 sekunder tilbage», «2 minutter over tid». */
export function describeClock(ms: number): string {
  const over = ms < 0;
  const s = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const m = Math.floor(s / 60);
  const sec = s % 60;
  const parts = [m > 0 ? `${m} ${m === 1 ? 'minut' : 'minutter'}` : '', sec > 0 || m === 0 ? `${sec} ${sec === 1 ? 'sekund' : 'sekunder'}` : ''].filter(Boolean);
  return `${parts.join(' og ')} ${over ? 'over tid' : 'tilbage'}`;
}

/** The warning level the clock shows now: none before the phase starts and after the last one. */
export function clockLevel(t: TimerState, phaseMinutes: readonly number[], now: number): Warning {
  if (isDone(t) || (!isRunning(t) && phaseElapsed(t, now) === 0)) return 'none';
  return warningLevel(remaining(t, phaseMinutes, now), (phaseMinutes[t.phaseIndex] ?? 0) * MINUTE);
}
