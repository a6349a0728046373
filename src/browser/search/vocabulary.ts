/** The site's vocabulary (/soeg/ordliste.json, built at build time), fetched once, at low priority. */
import { makeVocabulary, type Vocabulary, type WordCounts } from '../../lib/search/vocabulary';

let loading: Promise<Vocabulary> | undefined;

export function loadVocabulary(): Promise<Vocabulary> {
  loading ??= fetch('/soeg/ordliste.json', { priority: 'low' } as RequestInit)
    .then((r) => (r.ok ? (r.json() as Promise<{ words: WordCounts }>) : Promise.reject(new Error(String(r.status)))))
    .then((d) => makeVocabulary(d.words));
  loading.catch(() => { loading = undefined; });
  return loading;
}
