/**
 * «Mente du …»: the closest word in the site's own vocabulary to a word the site does not have. Pure.
 */
import { foldDa } from './fold';
import type { Vocabulary } from './vocabulary';

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps), stopping early above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** How many typos a word of this length may carry and still be recognised. */
export function allowedTypos(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/**
 * The vocabulary word closest to `word` (compared folded, so «ae» and «æ» cost nothing), or undefined when
 * the word is known or nothing is close enough. Ties go to the more frequent word.
 */
export function suggestWord(word: string, vocab: Vocabulary): string | undefined {
  const w = word.toLowerCase();
  if (vocab.has(w) || vocab.spellings(w).length) return undefined;
  const key = foldDa(w);
  const max = allowedTypos(key.length);
  if (!max) return undefined;
  let best: string | undefined;
  let bestD = max + 1;
  let bestCount = 0;
  for (const cand of vocab.words) {
    const ck = foldDa(cand);
    if (Math.abs(ck.length - key.length) > max) continue;
    const d = editDistance(key, ck, Math.min(max, bestD));
    const count = vocab.count(cand);
    if (d < bestD || (d === bestD && count > bestCount)) { best = cand; bestD = d; bestCount = count; }
  }
  return bestD <= max ? best : undefined;
}
