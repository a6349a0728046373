/** Small text helpers shared by pages and tests. Pure. */

const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

/** Sorts in Danish alphabetical order (æ, ø, å last). */
export function sortDa<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}

/** «Væksthus for Ledelse» / «A og B» / «A, B og C». */
export function listDa(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items.at(-1)}`;
}

/** The year as a reader should see it: «2020», «2020 (udledt)» or «uden årstal». */
export function formatYear(year: number | null, inferred: boolean): string {
  if (year === null) return 'uden årstal';
  return inferred ? `${year} (udledt)` : String(year);
}

export { countDa } from './plural';
