/**
 * Danish function words a question is full of («hvad gør vi, når …»). Dropped when a search with every
 * word finds nothing. Kept short on purpose: words a chef searches for («ledelse», «møder») are never here.
 */
export const STOP_WORDS_DA: ReadonlySet<string> = new Set([
  'af', 'alle', 'alt', 'andet', 'andre', 'at', 'bare', 'begge', 'blev', 'bliver', 'blive', 'da', 'de', 'dem', 'den',
  'denne', 'der', 'deres', 'det', 'dette', 'dig', 'din', 'dine', 'disse', 'dit', 'du', 'efter', 'eller', 'en', 'end',
  'er', 'et', 'for', 'fordi', 'fra', 'få', 'går', 'gør', 'gøre', 'godt', 'ham', 'han', 'hans', 'har', 'have', 'hende',
  'hendes', 'her', 'hos', 'hun', 'hvad', 'hvem', 'hver', 'hvilke', 'hvilken', 'hvis', 'hvor', 'hvordan', 'hvorfor',
  'hvornår', 'i', 'ikke', 'ind', 'jeg', 'jer', 'jo', 'kan', 'kun', 'kunne', 'man', 'mange', 'med', 'meget', 'men',
  'mere', 'mig', 'min', 'mine', 'mit', 'mod', 'må', 'når', 'nej', 'noget', 'nogle', 'nu', 'når', 'og', 'også', 'om',
  'op', 'os', 'over', 'på', 'sig', 'sin', 'sine', 'sit', 'skal', 'skulle', 'som', 'så', 'sådan', 'til', 'ud', 'under',
  'var', 'vi', 'vil', 'ville', 'vores', 'være', 'været', 'the', 'of', 'and', 'a', 'to', 'in',
]);

export function isStopWord(word: string): boolean {
  return STOP_WORDS_DA.has(word.toLowerCase());
}
