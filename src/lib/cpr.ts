/**
 * Finds text that looks like a Danish CPR number (DDMMYY-XXXX, also without the dash or with a space),
 * so the island can warn before it is saved. A match needs a real calendar date: the century follows from
 * the 7th digit as in the CPR register, so 29 February counts only in leap years. The modulus-11 check is
 * not used: CPR numbers issued since 2007 need not pass it. Digits that are part of a longer number
 * (account numbers, phone numbers, case numbers) are not matched.
 * Shared by all three tools: typing, pasting, importing and share links all pass the same detector. Pure.
 */

export interface CprHit {
  /** The matched text as written. */
  match: string;
  index: number;
  /** The match with the last four digits hidden, safe to show in a message: «010190-••••». */
  masked: string;
}

const CANDIDATE = /(?<![\d])(\d{2})(\d{2})(\d{2})[-‐‑–\s]?(\d{4})(?![\d])/g;

/** The full year for a CPR date, from the two-digit year and the first digit of the serial number. */
export function cprYear(yy: number, serialFirst: number): number {
  if (serialFirst <= 3) return 1900 + yy;
  if (serialFirst === 4 || serialFirst === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}

export function findCprLike(text: string): CprHit[] {
  const hits: CprHit[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const [match, dd, mm, yy, serial] = m as unknown as [string, string, string, string, string];
    if (!isValidDate(cprYear(Number(yy), Number(serial[0])), Number(mm), Number(dd))) continue;
    const sep = match.length > 10 ? match.charAt(6) : '';
    hits.push({ match, index: m.index ?? 0, masked: `${dd}${mm}${yy}${sep}••••` });
  }
  return hits;
}

export function looksLikeCpr(text: string): boolean {
  return findCprLike(text).length > 0;
}

/** The first CPR-like hit in any of the texts, or null. */
export function firstCprLike(...texts: readonly (string | undefined)[]): CprHit | null {
  for (const t of texts) {
    if (!t) continue;
    const hit = findCprLike(t)[0];
    if (hit) return hit;
  }
  return null;
}

export interface CprInDocument extends CprHit {
  /** Where in the document: «journeys[0].events[2].note». */
  path: string;
}

/**
 * Every CPR-like text in a parsed document (string values and keys), in document order, at most `limit`.
 * Iterative, so a deeply nested file cannot overflow the stack.
 */
export function findCprInValue(value: unknown, limit = 20): CprInDocument[] {
  const hits: CprInDocument[] = [];
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length && hits.length < limit) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      for (const h of findCprLike(v)) hits.push({ ...h, path: path || '(rod)' });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${path}[${i}]`]);
    } else if (typeof v === 'object' && v !== null) {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [k, child] = entries[i]!;
        const p = path ? `${path}.${k}` : k;
        stack.push([child, p]);
        stack.push([k, p]);
      }
    }
  }
  return hits.slice(0, limit);
}
