/**
 * Fidelity of the built pages to a source text. Both sides are normalised to lowercase letters and digits
 * only, so line breaks, hyphenation and punctuation do not matter. A 24-letter window starts at every word
 * of the source; a window counts as kept if it occurs in a built page, or runs across the end of one block
 * (paragraph, list item, table cell, heading; one per line of the page text) into the start of another. The
 * second rule is what lets the site split text into pages and rebuild flattened tables, diagrams and boxes
 * in their own order without counting that as lost text, while words lost inside a block still count.
 * Pure: no DOM, no file system.
 */

export const WINDOW = 24;

export function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Removes source boilerplate (running heads, author boxes) given as regular expressions. */
export function stripBoilerplate(source: string, patterns: readonly string[]): string {
  return patterns.reduce((text, p) => text.replace(new RegExp(p, 'gmu'), ' '), source);
}

/** The normalised window at every word start of the source. */
export function windows(source: string): string[] {
  const out: string[] = [];
  const tokens = source.split(/\s+/).filter(Boolean);
  const norm = tokens.map(normalise);
  const joined = norm.join('');
  let offset = 0;
  for (const t of norm) {
    if (t.length > 0 && offset + WINDOW <= joined.length) out.push(joined.slice(offset, offset + WINDOW));
    offset += t.length;
  }
  return out;
}

export interface Coverage {
  total: number;
  kept: number;
  ratio: number;
  /** Windows not found, in source order (for the report). */
  missing: string[];
}

/** `pages`: the text of each built page, one block per line. */
export function coverage(source: string, pages: readonly string[]): Coverage {
  const haystack = pages.map(normalise).filter(Boolean).join('\u0000');
  const blocks = pages.flatMap((p) => p.split('\n')).map(normalise).filter(Boolean);
  const starts = new Set<string>();
  const ends = new Set<string>();
  const wholes = new Set<string>();
  for (const p of blocks) {
    if (p.length < WINDOW) wholes.add(p);
    for (let k = 1; k < WINDOW; k++) {
      starts.add(p.slice(0, k));
      ends.add(p.slice(-k));
    }
  }
  const all = windows(source);
  const missing: string[] = [];
  for (const w of all) {
    if (!haystack.includes(w) && !acrossBlocks(w, starts, ends, wholes)) missing.push(w);
  }
  const kept = all.length - missing.length;
  return { total: all.length, kept, ratio: all.length ? kept / all.length : 1, missing };
}

/** The window is the end of one block, then zero or more whole short blocks, then the start of another. */
function acrossBlocks(w: string, starts: Set<string>, ends: Set<string>, wholes: Set<string>): boolean {
  const reached = new Set<number>();
  for (let k = 1; k < w.length; k++) if (ends.has(w.slice(0, k))) reached.add(k);
  const queue = [...reached];
  while (queue.length) {
    const p = queue.shift()!;
    if (starts.has(w.slice(p))) return true;
    for (let q = p + 1; q <= w.length; q++) {
      if (!reached.has(q) && wholes.has(w.slice(p, q))) {
        if (q === w.length) return true;
        reached.add(q);
        queue.push(q);
      }
    }
  }
  return false;
}

/** Extraction artifacts that must never reach a built page. */
export const ARTIFACTS: { name: string; pattern: RegExp }[] = [
  { name: 'spærret etiket («F O R S L AG»)', pattern: /(?<![\p{L}\p{N}])(?:[A-ZÆØÅ]{1,2} ){4,}[A-ZÆØÅ]{1,2}(?![\p{L}\p{N}])/u },
  { name: 'sidehoved («side 8Tværprofessionelt…»)', pattern: /\bside \d+[A-ZÆØÅ]/u },
  { name: 'punkttegn med tabulator', pattern: /•\t/u },
  { name: 'privat glyf eller U+FFFD', pattern: /[\uE000-\uF8FF\uFFFD]/u },
  { name: 'U+2028 linjeskift', pattern: /\u2028/u },
  { name: 'blødt bindestreg (U+00AD)', pattern: /\u00AD/u },
  { name: 'ord delt af «- » inde i en linje', pattern: /(?<![\p{L}])[a-zæøå]{2,}- +(?!og\b|eller\b|til\b|samt\b|som\b|men\b|\p{Lu})[a-zæøå]{2,}(?![\p{L}])/u },
];

export interface ArtifactHit { name: string; excerpt: string }

export function findArtifacts(text: string): ArtifactHit[] {
  const hits: ArtifactHit[] = [];
  for (const { name, pattern } of ARTIFACTS) {
    const m = pattern.exec(text);
    if (m) hits.push({ name, excerpt: text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30) });
  }
  return hits;
}
