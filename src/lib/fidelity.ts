/**
 * Fidelity of a publication's own built pages to its source text, measured per letter of the source.
 *
 * Both sides are reduced to lowercase letters and digits, so line breaks, hyphenation and punctuation do not
 * matter. A letter of the source is present when some 24-letter window of the source that contains it occurs
 * inside one block of one page (a paragraph, list item, heading, table cell: one line of the page text). A
 * window is never stitched together from two blocks or two pages, so words lost at a block's edge count,
 * while a box the site moves elsewhere costs nothing. Any window the pages hold more often than the source is a
 * repeated passage. Pure: no DOM, no file system.
 */

export const WINDOW = 24;
/** Share of the source's letters every publication must keep. */
export const THRESHOLD = 0.995;
/** Longest stretch a publication may lose in one place (about one printed line): a lost sentence fails even
 * when the share stays above THRESHOLD. */
export const MAX_HOLE = 60;
/** Shortest repeated passage reported: about one printed line. */
export const REPEAT_MIN = 40;

export function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Removes source boilerplate (running heads, author boxes) given as regular expressions. */
export function stripBoilerplate(source: string, patterns: readonly string[]): string {
  return patterns.reduce((text, p) => text.replace(new RegExp(p, 'gmu'), (m) => m.replace(/[^\n]/g, ' ')), source);
}

export interface PageText {
  url: string;
  /** The page's blocks in reading order. */
  blocks: readonly string[];
}

/** A stretch of the source, for the report. */
export interface Passage {
  /** 1-based line in the source file. */
  line: number;
  /** Number of source letters in the stretch. */
  letters: number;
  /** The source text of the stretch (original spelling, whitespace collapsed). */
  text: string;
}

export interface RepeatedPassage extends Passage {
  /** How often the source and the pages hold the passage's most repeated window. */
  inSource: number;
  onSite: number;
  urls: string[];
}

export interface Fidelity {
  letters: number;
  present: number;
  ratio: number;
  /** Stretches of missing letters, in source order. */
  missing: Passage[];
  /** Passages the pages hold more often than the source, in source order. */
  repeated: RepeatedPassage[];
  /** With `unsourced`: page text of at least UNSOURCED_MIN letters found nowhere in the source. */
  unsourced: { url: string; text: string }[];
}

export const UNSOURCED_MIN = 12;

/** The normalised letters of a text with the offset of each in the original. */
function letters(text: string): { norm: string; at: number[] } {
  let norm = '';
  const at: number[] = [];
  let i = 0;
  for (const ch of text) {
    for (const low of ch.toLowerCase()) {
      if (!/[\p{L}\p{N}]/u.test(low)) continue;
      norm += low;
      at.push(i);
    }
    i += ch.length;
  }
  return { norm, at };
}

function grams(norm: string, count: Map<string, number>, onNew?: (g: string) => void): void {
  for (let s = 0; s + WINDOW <= norm.length; s++) {
    const g = norm.slice(s, s + WINDOW);
    const n = count.get(g) ?? 0;
    if (n === 0) onNew?.(g);
    count.set(g, n + 1);
  }
}

/** `unsourced`: also list page text found in no source (slower; for the report). */
export function fidelity(source: string, pages: readonly PageText[], opts: { unsourced?: boolean } = {}): Fidelity {
  const { norm, at } = letters(source);
  const onSite = new Map<string, number>();
  const where = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const block of page.blocks) {
      grams(normalise(block), onSite);
    }
  }
  const inSource = new Map<string, number>();
  grams(norm, inSource);

  const n = norm.length;
  const present = new Uint8Array(n);
  const repeated = new Uint8Array(n);
  const worst = new Map<number, string>();
  // A found window marks its 24 letters; the difference array keeps the pass linear.
  const cover = new Int32Array(n + 1);
  const excess = new Uint8Array(n);
  for (let s = 0; s + WINDOW <= n; s++) {
    const g = norm.slice(s, s + WINDOW);
    const site = onSite.get(g) ?? 0;
    if (site === 0) continue;
    cover[s]++;
    cover[s + WINDOW]--;
    if (site > inSource.get(g)!) {
      excess[s] = 1;
      worst.set(s, g);
    }
  }
  let c = 0;
  for (let i = 0; i < n; i++) {
    c += cover[i];
    present[i] = c > 0 ? 1 : 0;
  }
  // A common phrase the site uses once more (in a title or a link) makes a few windows excess; a passage is
  // repeated when consecutive excess windows span at least REPEAT_MIN letters.
  for (let s = 0; s < n; ) {
    if (!excess[s]) { s++; continue; }
    let e = s;
    while (e < n && excess[e]) e++;
    if (e - s + WINDOW - 1 >= REPEAT_MIN) repeated.fill(1, s, e + WINDOW - 1);
    s = e;
  }
  coverShortBlocks(source, norm, at, pages, present);

  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const passage = (from: number, to: number): Passage => ({
    line: lineOf(at[from]),
    letters: to - from,
    text: source.slice(at[from], at[to - 1] + 1).replace(/\s+/g, ' '),
  });
  const runs = (flags: Uint8Array, value: number): [number, number][] => {
    const out: [number, number][] = [];
    for (let i = 0; i < n; ) {
      if (flags[i] !== value) { i++; continue; }
      let j = i;
      while (j < n && flags[j] === value) j++;
      out.push([i, j]);
      i = j;
    }
    return out;
  };

  if (worst.size > 0) {
    const wanted = new Set(worst.values());
    for (const page of pages) {
      for (const block of page.blocks) {
        const b = normalise(block);
        for (let s = 0; s + WINDOW <= b.length; s++) {
          const g = b.slice(s, s + WINDOW);
          if (wanted.has(g)) (where.get(g) ?? where.set(g, new Set()).get(g)!).add(page.url);
        }
      }
    }
  }

  const missing = runs(present, 0).map(([a, b]) => passage(a, b));
  const repeatedPassages = runs(repeated, 1).map(([a, b]): RepeatedPassage => {
    let top = { site: 0, src: 0, urls: [] as string[] };
    for (let s = Math.max(0, a - WINDOW + 1); s < b; s++) {
      const g = worst.get(s);
      if (!g) continue;
      const site = onSite.get(g)!;
      if (site - inSource.get(g)! > top.site - top.src) top = { site, src: inSource.get(g)!, urls: [...(where.get(g) ?? [])] };
    }
    return { ...passage(a, b), inSource: top.src, onSite: top.site, urls: top.urls };
  });
  const kept = present.reduce((sum, v) => sum + v, 0);
  return { letters: n, present: kept, ratio: n ? kept / n : 1, missing, repeated: repeatedPassages, unsourced: opts.unsourced ? unsourced(norm, inSource, pages) : [] };
}

/** Runs of page letters that no source window covers (a short block counts if it occurs in the source). */
function unsourced(norm: string, inSource: Map<string, number>, pages: readonly PageText[]): { url: string; text: string }[] {
  const out: { url: string; text: string }[] = [];
  for (const page of pages) {
    for (const block of page.blocks) {
      const { norm: b, at } = letters(block);
      if (b.length < WINDOW) {
        if (b.length >= UNSOURCED_MIN && !norm.includes(b)) out.push({ url: page.url, text: block.trim() });
        continue;
      }
      const hit = new Int32Array(b.length + 1);
      for (let s = 0; s + WINDOW <= b.length; s++) {
        if (inSource.has(b.slice(s, s + WINDOW))) { hit[s]++; hit[s + WINDOW]--; }
      }
      let c = 0;
      let from = -1;
      for (let i = 0; i <= b.length; i++) {
        c += i < b.length ? hit[i] : 0;
        const covered = i < b.length && c > 0;
        if (!covered && from < 0 && i < b.length) from = i;
        if ((covered || i === b.length) && from >= 0) {
          if (i - from >= UNSOURCED_MIN) out.push({ url: page.url, text: block.slice(at[from], at[i - 1] + 1) });
          from = -1;
        }
      }
    }
  }
  return out;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * A block shorter than a window (a heading, a short list item or table cell) is its own window: each such block
 * covers one occurrence of its letters in the source that is still missing and starts and ends at word edges,
 * the first in source order. So a short heading the site drops still counts, and one block covers one place.
 */
function coverShortBlocks(source: string, norm: string, at: number[], pages: readonly PageText[], present: Uint8Array): void {
  const wordStart = (i: number) => i === 0 || !isWordChar(source[at[i] - 1]);
  const wordEnd = (i: number) => i === norm.length - 1 || !isWordChar(source[at[i] + 1]);
  for (const page of pages) {
    for (const block of page.blocks) {
      const b = normalise(block);
      if (b.length === 0 || b.length >= WINDOW) continue;
      for (let s = norm.indexOf(b); s >= 0; s = norm.indexOf(b, s + 1)) {
        const e = s + b.length;
        if (!wordStart(s) || !wordEnd(e - 1)) continue;
        if (present.subarray(s, e).some((v) => v === 1)) continue;
        present.fill(1, s, e);
        break;
      }
    }
  }
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
