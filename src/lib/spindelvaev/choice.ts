/** Step 3: choose exactly three statements to develop. */

export const CHOICES = 3;

export interface ChoiceResult { chosen: string[]; error: string | null }

/** Selects or deselects a statement; a fourth choice is refused with a message, the three kept. */
export function toggleChoice(chosen: string[], id: string): ChoiceResult {
  if (chosen.includes(id)) return { chosen: chosen.filter((c) => c !== id), error: null };
  if (chosen.length >= CHOICES) {
    return { chosen, error: `I har allerede valgt ${CHOICES} udsagn. Fravælg et af dem, før I vælger et andet.` };
  }
  return { chosen: [...chosen, id], error: null };
}

/** Null when exactly three are chosen; otherwise a Danish message saying what is missing. */
export function checkChoice(chosen: string[]): string | null {
  const n = chosen.length;
  if (n === CHOICES) return null;
  if (n < CHOICES) {
    const missing = CHOICES - n;
    return `Vælg præcis ${CHOICES} udsagn. I har valgt ${n}, så der mangler ${missing === 1 ? 'et' : missing}.`;
  }
  return `Vælg præcis ${CHOICES} udsagn. I har valgt ${n}; fravælg ${n - CHOICES}.`;
}
