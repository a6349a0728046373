/**
 * Finds markup or script in user text. Islands always render text as text, but imported files that carry
 * markup are refused outright, so a crafted file is never stored (and could never reach another tool).
 */

const MARKUP = /<\s*\/?\s*[a-z!?]|javascript\s*:|\bon[a-z]+\s*=|&#x?[0-9a-f]+;?\s*[a-z]*script/i;

export function containsMarkup(text: string): boolean {
  return MARKUP.test(text);
}

/** The path of the first string (or key) in `value` that contains markup, or null. */
export function findMarkup(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return containsMarkup(value) ? path || '(rod)' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findMarkup(value[i], `${path}[${i}]`);
      if (hit) return hit;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const p = path ? `${path}.${k}` : k;
      if (containsMarkup(k)) return p;
      const hit = findMarkup(v, p);
      if (hit) return hit;
    }
  }
  return null;
}
