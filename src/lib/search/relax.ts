/**
 * A query as the site can answer it: each word spelt as the site spells it (letter folding), misspelt words
 * corrected from the site's vocabulary, and, when no page has every word, fewer words. Pure: the browser
 * runs the attempts in order and shows the first that finds something.
 */
import { tokenize, unfoldings, foldDa } from './fold';
import { isStopWord } from './stopwords';
import { suggestWord } from './suggest';
import type { Vocabulary } from './vocabulary';

export interface WordPlan {
  /** As typed (lower case). */
  typed: string;
  /** Spellings to search for, as the site spells them; the typed word when the site has it or nothing fits. */
  spellings: string[];
  /** A correction for a word the site does not have («safty» → «safety»). */
  correction?: string;
}

/** Folding: «oekonomi» → «økonomi», «åbenrå» → «aabenraa»; the typed word itself first when the site has it. */
export function planWord(typed: string, vocab: Vocabulary): WordPlan {
  const w = typed.toLowerCase();
  const same = vocab.spellings(w);
  if (same.length) {
    const spellings = vocab.has(w) ? [w, ...same.filter((s) => s !== w)] : same;
    return { typed: w, spellings: spellings.slice(0, 3) };
  }
  // A form the site does not have literally (Pagefind stems): unfold to a spelling whose start the site has.
  const unfolded = /[æøå]/.test(w) ? [] : unfoldings(w).filter((u) => /[æøå]/.test(u));
  const stemOf = (s: string) => foldDa(s).slice(0, Math.max(4, s.length - 3));
  const known = unfolded.find((u) => vocab.words.some((v) => foldDa(v).startsWith(stemOf(u)) && /[æøå]/.test(v)));
  if (known) return { typed: w, spellings: [known] };
  return { typed: w, spellings: [w], correction: suggestWord(w, vocab) };
}

export interface Attempt {
  /** The query string to give Pagefind. */
  query: string;
  /** Why this attempt differs from what was typed; empty for the query as typed (folded). */
  reason: 'typed' | 'corrected' | 'fewer-words';
}

/** Every combination of each word's spellings, capped: «boernenes stemme» → «børnenes stemme». */
export function spellingCombos(plans: WordPlan[], cap = 4): string[][] {
  let combos: string[][] = [[]];
  for (const p of plans) {
    combos = combos.flatMap((c) => p.spellings.map((s) => [...c, s])).slice(0, cap);
  }
  return combos;
}

/**
 * The attempts for a query, in order: as typed (every spelling combination), corrected, without stop words,
 * then with one word fewer at a time (dropping the most common words first), down to the single rarest word.
 */
export function planAttempts(q: string, vocab: Vocabulary, maxAttempts = 12): { plans: WordPlan[]; attempts: Attempt[] } {
  const words = tokenize(q);
  const plans = words.map((w) => planWord(w, vocab));
  const attempts: Attempt[] = [];
  const seen = new Set<string>();
  const add = (words: string[], reason: Attempt['reason']) => {
    const query = words.join(' ');
    if (!query || seen.has(query) || attempts.length >= maxAttempts) return;
    seen.add(query);
    attempts.push({ query, reason });
  };
  for (const c of spellingCombos(plans)) add(c, 'typed');
  const corrected = plans.map((p) => ({ ...p, spellings: p.correction ? [p.correction] : p.spellings.slice(0, 1) }));
  if (plans.some((p) => p.correction)) add(corrected.map((p) => p.spellings[0]!), 'corrected');
  // Fewer words: stop words first, then the most frequent (least telling) words.
  let rest = corrected.filter((p) => !isStopWord(p.typed));
  if (!rest.length) rest = corrected;
  const weight = (p: WordPlan) => vocab.count(p.spellings[0]!) || Number.MAX_SAFE_INTEGER / 2;
  add(rest.map((p) => p.spellings[0]!), 'fewer-words');
  while (rest.length > 1) {
    // Try each way of leaving one word out, the most common word first.
    const order = [...rest].sort((a, b) => weight(b) - weight(a));
    for (const drop of order) add(rest.filter((p) => p !== drop).map((p) => p.spellings[0]!), 'fewer-words');
    rest = rest.filter((p) => p !== order[0]);
  }
  return { plans, attempts };
}

/** «Mente du …»: the query with every misspelt word corrected, or undefined when nothing was corrected. */
export function didYouMean(plans: WordPlan[]): string | undefined {
  if (!plans.some((p) => p.correction)) return undefined;
  return plans.map((p) => p.correction ?? p.typed).join(' ');
}
