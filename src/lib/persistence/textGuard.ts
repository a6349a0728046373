/**
 * What an imported or stored document may hold. Islands render every text as text (React, never HTML), so
 * ordinary Danish such as «Tid: <ingen aftale>», «a<b» or «onsdag = fast mødedag» is harmless and kept as
 * written. What is refused is what can do harm even as text:
 *  - control characters (other than tab and line breaks): they corrupt print, copy-paste and other programs;
 *  - bidirectional override and isolate characters: they make a text display as something else than it says;
 *  - unpaired surrogates: they cannot be written back as UTF-8, so the file would not round-trip;
 *  - keys that reach an object's prototype («__proto__», «constructor», «prototype»);
 *  - nesting deeper than any tool's document (a stack-overflow attack on every recursive reader);
 *  - oversized values (each tool's validator limits lengths and counts; here the file as a whole).
 * `cleanText` removes the same characters from what a user types or pastes, so anything the UI accepted
 * exports and imports back identically. Pure.
 */

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** No tool's document nests deeper than 8; 32 leaves room for future versions. */
export const MAX_DEPTH = 32;

export interface UnsafeText { path: string; reason: string }

/** C0 controls except tab, LF, CR; DEL and C1 controls; bidi embeddings, overrides and isolates. */
function isUnsafeCode(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Why a text may not be stored, or null when it may. */
export function unsafeReason(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isUnsafeCode(c)) {
      const hex = c.toString(16).toUpperCase().padStart(4, '0');
      return c >= 0x202a ? `indeholder et usynligt tegn, der vender tekstens retning (U+${hex})` : `indeholder et usynligt styretegn (U+${hex})`;
    }
    if (isHigh(c) && isLow(text.charCodeAt(i + 1))) i++;
    else if (isHigh(c) || isLow(c)) return 'indeholder et ødelagt tegn, der ikke kan gemmes som tekst';
  }
  return null;
}

/** Typed or pasted text made safe to store: vertical tab and form feed become line breaks, the rest is dropped. */
export function cleanText(text: string): string {
  if (unsafeReason(text) === null) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0b || c === 0x0c) out += '\n';
    else if (isUnsafeCode(c)) continue;
    else if (isHigh(c) && isLow(text.charCodeAt(i + 1))) out += text[i]! + text[++i]!;
    else if (isHigh(c) || isLow(c)) out += '\ufffd';
    else out += text[i];
  }
  return out;
}

/** `cleanText` applied to every string value of a document (keys are ids, checked by the tool's validator). */
export function cleanDeep<T>(value: T): T {
  if (typeof value === 'string') return cleanText(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v) => { const c = cleanDeep(v); if (c !== v) changed = true; return c; });
    return (changed ? out : value) as T;
  }
  if (typeof value === 'object' && value !== null) {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = cleanDeep(v);
      if (c !== v) changed = true;
      out[k] = c;
    }
    return (changed ? out : value) as T;
  }
  return value;
}

/**
 * The deepest nesting of arrays and objects in a JSON text, counted without parsing (so it cannot overflow),
 * stopping as soon as `limit` is passed.
 */
export function jsonDepth(text: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth++;
      if (depth > max) max = depth;
      if (max > limit) return max;
    } else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** The first unsafe string or key in a parsed document, with its path; iterative and depth-limited. */
export function findUnsafe(value: unknown): UnsafeText | null {
  const stack: [unknown, string, number][] = [[value, '', 0]];
  while (stack.length) {
    const [v, path, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return { path: path || '(rod)', reason: `er indlejret dybere end ${MAX_DEPTH} niveauer` };
    if (typeof v === 'string') {
      const reason = unsafeReason(v);
      if (reason) return { path: path || '(rod)', reason };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}[${i}]`, depth + 1]);
    } else if (typeof v === 'object' && v !== null) {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i]!;
        const p = path ? `${path}.${k}` : k;
        if (FORBIDDEN_KEYS.has(k)) return { path: p, reason: 'er et navn, der ikke må bruges som felt' };
        const reason = unsafeReason(k);
        if (reason) return { path: p, reason: `har et feltnavn, der ${reason}` };
        stack.push([child, p, depth + 1]);
      }
    }
  }
  return null;
}
