/**
 * The five phases of Metode 6 (5F), declared once: the content schema (src/schemas/femf.ts), the time plan,
 * the timer, validation and the UI all derive their ids and count from here. Pure.
 */
export const PHASE_IDS = ['fokuser', 'forstaa', 'forestil', 'fastslaa', 'frigoer'] as const;
export type PhaseId = (typeof PHASE_IDS)[number];
export const PHASE_COUNT = PHASE_IDS.length;

export function isPhaseId(value: unknown): value is PhaseId {
  return typeof value === 'string' && (PHASE_IDS as readonly string[]).includes(value);
}

/** The phase a link asks for: «?fase=forstaa» or «#fase-forstaa» (ids as in the content). Null when none or unknown. */
export function phaseFromLink(search: string, hash: string): PhaseId | null {
  const fromQuery = new URLSearchParams(search).get('fase');
  if (isPhaseId(fromQuery)) return fromQuery;
  const m = /^#fase-([a-z]+)$/.exec(hash);
  return m && isPhaseId(m[1]) ? m[1] : null;
}
