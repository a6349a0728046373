/**
 * Finds text that looks like a Danish CPR number (DDMMYY-XXXX, also without the dash or with a space),
 * so the island can warn before it is saved. A match needs a real calendar date: the century follows from
 * the 7th digit as in the CPR register, so 29 February counts only in leap years. The modulus-11 check is
 * not used: CPR numbers issued since 2007 need not pass it. Digits that are part of a longer number
 * (account numbers, phone numbers, case numbers) are not matched.
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
