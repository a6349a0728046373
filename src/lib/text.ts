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

/** The year as a reader should see it: «2020», «ca. 2020 – årstal ikke trykt» or «uden årstal». */
export function formatYear(year: number | null, inferred: boolean): string {
  if (year === null) return 'uden årstal';
  return inferred ? `ca. ${year} – årstal ikke trykt` : String(year);
}

/**
 * How a page names the publication a text comes from, so the site («Ledelse på tværs») and the magazine of the
 * same name cannot be mistaken: «publikationen «Ledelse på tværs» (Væksthus for Ledelse, ca. 2020)».
 */
export function sourceNameDa(titel: string, udgivere: readonly string[], year: number | null, inferred: boolean): string {
  const when = year === null ? '' : `${inferred ? 'ca. ' : ''}${year}`;
  return `publikationen «${titel}» (${[listDa(udgivere), when].filter(Boolean).join(', ')})`;
}

export type NoteSegment = { text: string; href?: string };

/** Splits an editorial note into text and Markdown links («[tekst](/sti/)»), so notes can carry links. */
export function noteSegments(note: string): NoteSegment[] {
  const out: NoteSegment[] = [];
  const link = /\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const m of note.matchAll(link)) {
    if (m.index > last) out.push({ text: note.slice(last, m.index) });
    out.push({ text: m[1], href: m[2] });
    last = m.index + m[0].length;
  }
  if (last < note.length) out.push({ text: note.slice(last) });
  return out;
}

export { countDa } from './plural';
