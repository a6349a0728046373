/**
 * Text as the island shows and prints it: anything that looks like a CPR number is masked («010190-••••»),
 * whether it came in through a file or was saved with «Gem alligevel». The stored text is unchanged (the edit
 * form shows it, so it can be corrected, and an export gives back what was saved). Pure.
 */
import { findCprLike } from '../cpr';

export function maskCpr(text: string): string {
  const hits = findCprLike(text);
  if (hits.length === 0) return text;
  let out = '';
  let at = 0;
  for (const h of hits) {
    out += text.slice(at, h.index) + h.masked;
    at = h.index + h.match.length;
  }
  return out + text.slice(at);
}
