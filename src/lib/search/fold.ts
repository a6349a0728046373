/**
 * Danish letter folding: «æ/ø/å» and their two-letter spellings «ae/oe/aa» (a borrowed keyboard, a URL)
 * fold to one key, so either spelling finds the other. Pure.
 */

/** Lower-case words of a text: letters and digits, hyphens and apostrophes split words as Pagefind does. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The folding key: lower case, æ→ae, ø→oe, å→aa, accents dropped (é→e). */
export function foldDa(word: string): string {
  return word
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** True when a word contains a letter or pair that folding could change. */
export function isFoldable(word: string): boolean {
  return /[æøåéü]|ae|oe|aa/i.test(word);
}

const PAIRS: Record<string, string> = { ae: 'æ', oe: 'ø', aa: 'å' };

/**
 * Every spelling a folded word could have had: each «ae/oe/aa» kept or written as one letter.
 * Capped so a long word with many pairs stays cheap (2^4 = 16 spellings).
 */
export function unfoldings(word: string, max = 16): string[] {
  const w = foldDa(word);
  const out = new Set<string>();
  const walk = (i: number, acc: string) => {
    if (out.size >= max) return;
    if (i >= w.length) { out.add(acc); return; }
    const pair = w.slice(i, i + 2);
    if (PAIRS[pair]) walk(i + 2, acc + PAIRS[pair]);
    walk(i + 1, acc + w[i]);
  };
  walk(0, '');
  return [...out];
}
