/** Danish labels for the kinds of notes, used on screen and in print next to their icons. */
import type { ExperienceKind } from '../../lib/borgerrejse/model';

import { maskCpr } from '../../lib/borgerrejse/display';

export { KIND_LABEL } from '../../lib/borgerrejse/actions';
/** Any saved text as shown on screen and in print: CPR-like numbers masked. */
export const shown = maskCpr;
export const KIND_LONG: Record<ExperienceKind, string> = { groen: 'Fungerede godt (grøn)', roed: 'Fungerede dårligt (rød)' };
export const EVENT_LABEL = 'Begivenhed';
export const OUTSIDE_LABEL = 'Uden for den officielle tidslinje';

/** «Ventede tre uger på svar fra …» for lists and options. */
export function shorten(text: string, max = 60): string {
  const t = maskCpr(text).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
}
