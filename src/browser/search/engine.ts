/**
 * One search as a reader means it. The query as typed and the site's vocabulary load side by side; then letter
 * folding («oekonomi» → «økonomi»), a correction for a misspelt word, fewer words when no page has them all,
 * and a hub page first when the query is its name.
 */
import { filtersReady, loadPagefind, type FilterCounts, type PagefindResult, type PagefindSearch } from './pagefind';
import { loadVocabulary } from './vocabulary';
import { planAttempts, type Attempt } from '../../lib/search/relax';
import { isFoldable, tokenize } from '../../lib/search/fold';
import { hubNames, namesHub } from '../../lib/search/hubs';
import { HUB_SIDETYPE } from '../../lib/searchQuery';

export interface SmartResult {
  results: PagefindResult[];
  /** Facet counts for these results. */
  filters: FilterCounts;
  /** The query the results are for, when it is not what was typed («Viser resultater for …»). */
  shownFor?: string;
  shownReason?: Attempt['reason'];
  /** «Mente du …» when a word looks misspelt but the typed query found something too. */
  suggestion?: string;
  /** The query the facet counts are for (one spelling of what was typed, or what is shown). */
  countQuery?: string;
}

type Filters = Record<string, unknown>;

/** Results of several spellings of one query, merged: a page found by more than one keeps its best score. */
function merge(searches: PagefindSearch[]): PagefindSearch {
  const nonEmpty = searches.filter((s) => s.results.length);
  if (nonEmpty.length <= 1) return nonEmpty[0] ?? searches[0]!;
  const best = new Map<string, PagefindResult>();
  for (const s of nonEmpty) for (const r of s.results) if ((best.get(r.id)?.score ?? -1) < r.score) best.set(r.id, r);
  const biggest = nonEmpty.reduce((a, b) => (b.results.length > a.results.length ? b : a));
  return { results: [...best.values()].sort((a, b) => b.score - a.score), filters: biggest.filters };
}

const top = (s: PagefindSearch) => s.results[0]?.score ?? 0;

const HUB_WINDOW = 6;

/**
 * Moves the hub page the query names (a theme, kommune or publication among the first six results) to the
 * front. Uses only data the list shows anyway (six fragments load in one round trip): no extra request.
 */
async function hubFirst(query: string, found: PagefindSearch): Promise<PagefindSearch> {
  const top6 = found.results.slice(0, HUB_WINDOW);
  const data = await Promise.all(top6.map((r) => r.data()));
  const i = data.findIndex((d) => Object.values(HUB_SIDETYPE).includes(d.meta.sidetype as never) && namesHub(query, hubNames(d.meta)));
  if (i <= 0) return found;
  const hub = top6[i]!;
  return { ...found, results: [hub, ...found.results.filter((r) => r.id !== hub.id)] };
}

/** Counts per filter value for a query's results, once the filter index is there. */
export async function countsFor(query: string | undefined, filters: Filters): Promise<FilterCounts> {
  const pf = await filtersReady();
  return (await pf.search(query || null, { filters })).filters;
}

/**
 * `onEarly` gets the results of the query as typed as soon as they are there, when they need no respelling,
 * so the first results do not wait for the vocabulary; the returned promise is the final answer.
 */
export async function smartSearch(q: string, filters: Filters, onEarly?: (r: SmartResult) => void): Promise<SmartResult> {
  const r = await smartSearchInner(q, filters, onEarly);
  return { countQuery: r.shownFor ?? q, ...r };
}

async function smartSearchInner(q: string, filters: Filters, onEarly?: (r: SmartResult) => void): Promise<SmartResult> {
  const pf = await loadPagefind();
  const words = tokenize(q);
  if (!words.length) return pf.search(null, { filters });
  // The vocabulary is needed only to respell; fetched after the first search so it does not compete with it.
  const foldable = words.some(isFoldable);
  let vocabPromise = foldable ? loadVocabulary().catch(() => undefined) : undefined;
  const raw = await pf.search(q, { filters });
  vocabPromise ??= loadVocabulary().catch(() => undefined);
  let early: PagefindSearch | undefined;
  if (onEarly && raw.results.length && !foldable) {
    early = await hubFirst(q, raw);
    onEarly({ ...early, countQuery: q });
  }
  const vocab = await vocabPromise;
  if (!vocab) return early ?? hubFirst(q, raw);
  const { attempts } = planAttempts(q, vocab);
  const asTyped = words.join(' ');
  const respelt = attempts.filter((a) => a.reason === 'typed' && a.query !== asTyped);
  const respeltResults = await Promise.all(respelt.map((a) => pf.search(a.query, { filters })));
  const spelt = merge([raw, ...respeltResults]);
  // The spelling that matched best names the hub, if any («oekonomi» → «økonomi»).
  const bestRespelt = respeltResults.reduce((b, s, i) => (top(s) > top(respeltResults[b] ?? raw) ? i : b), -1);
  const spellingQuery = bestRespelt >= 0 && top(respeltResults[bestRespelt]!) > top(raw) ? respelt[bestRespelt]!.query : q;
  const corrected = attempts.find((a) => a.reason === 'corrected');
  if (corrected) {
    const c = await pf.search(corrected.query, { filters });
    // A misspelt word: the corrected query wins when it matches better than what was typed.
    if (c.results.length && top(c) > top(spelt)) return { ...(await hubFirst(corrected.query, c)), shownFor: corrected.query, shownReason: 'corrected' };
    if (spelt.results.length) return { ...(await hubFirst(spellingQuery, spelt)), suggestion: c.results.length ? corrected.query : undefined, countQuery: spellingQuery };
  }
  if (spelt.results.length) return { ...(await hubFirst(spellingQuery, spelt)), countQuery: spellingQuery };
  for (const a of attempts.filter((x) => x.reason === 'fewer-words')) {
    const s = await pf.search(a.query, { filters });
    if (s.results.length) return { ...s, shownFor: a.query, shownReason: a.reason };
  }
  return raw;
}
