/**
 * The site's own vocabulary, built at build time from every text the index holds, for letter folding and
 * «Mente du …». Shipped as `{ words: [[word, count], …] }`; the browser turns it into a Vocabulary. Pure.
 */
import { foldDa, tokenize } from './fold';

export type WordCounts = [word: string, count: number][];

/** Counts the words of many texts; short words and numbers are left out (they are never misspelt names). */
export function countWords(texts: Iterable<string>, minLength = 3): WordCounts {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const w of tokenize(text)) {
      if (w.length < minLength || /^\d+$/.test(w)) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export interface Vocabulary {
  has(word: string): boolean;
  count(word: string): number;
  /** Spellings on the site with the same folding key, most frequent first. */
  spellings(word: string): string[];
  /** Every word, most frequent first. */
  readonly words: readonly string[];
}

export function makeVocabulary(counts: WordCounts): Vocabulary {
  const freq = new Map(counts);
  const byKey = new Map<string, string[]>();
  for (const [w] of counts) {
    const k = foldDa(w);
    const list = byKey.get(k);
    if (list) list.push(w); else byKey.set(k, [w]);
  }
  return {
    has: (w) => freq.has(w.toLowerCase()),
    count: (w) => freq.get(w.toLowerCase()) ?? 0,
    spellings: (w) => byKey.get(foldDa(w)) ?? [],
    words: counts.map(([w]) => w),
  };
}
