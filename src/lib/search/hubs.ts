/**
 * «A name query offers its hub first»: when the query is the name of a theme, kommune or publication
 * («Odense», «Hedensted kommune», «økonomi»), that hub page goes first. Pure.
 */
import { foldDa, tokenize } from './fold';
import { isStopWord } from './stopwords';

/** Words that may stand beside a name without changing what it names. */
const NAME_EXTRAS = new Set(['kommune', 'kommunen', 'region', 'regionen', 'tema', 'temaet', 'publikation', 'publikationen']);

const words = (s: string) => tokenize(s).map(foldDa);

/**
 * True when the query names the hub: every word of the query belongs to one of its names (or is a function
 * word or «kommune»), and the query holds every word of at least one name (its short name will do).
 */
export function namesHub(query: string, names: readonly string[]): boolean {
  const q = words(query);
  if (!q.length || !names.length) return false;
  const nameWords = names.map(words);
  const all = new Set(nameWords.flat());
  const qs = new Set(q);
  const covered = q.every((w) => all.has(w) || NAME_EXTRAS.has(w) || isStopWord(w));
  const complete = nameWords.some((n) => n.length > 0 && n.every((w) => qs.has(w) || isStopWord(w)));
  return covered && complete;
}

/** The names a hub result carries in its «navne» metadata (set by Base.astro). */
export function hubNames(meta: Record<string, string | undefined>): string[] {
  return (meta.navne ?? '').split('|').filter(Boolean);
}
