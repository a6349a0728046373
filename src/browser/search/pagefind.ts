/**
 * Pagefind, loaded from this site once per page and shared by the search page and the search dialog.
 * `loadPagefind()` may be called early (when a search field gets focus) so the index is ready when typing starts.
 */
export interface SubResult { title: string; url: string; excerpt: string }
export interface ResultData { url: string; excerpt: string; meta: Record<string, string>; sub_results?: SubResult[] }
export interface PagefindResult { id: string; score: number; data(): Promise<ResultData> }
export type FilterCounts = Record<string, Record<string, number>>;
export interface PagefindSearch { results: PagefindResult[]; filters: FilterCounts }
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o?: { filters?: unknown }): Promise<void>;
  search(q: string | null, o?: { filters?: unknown }): Promise<PagefindSearch>;
  filters(): Promise<FilterCounts>;
}

let loading: Promise<Pagefind> | undefined;
let filtersLoaded: Promise<unknown> | undefined;

/**
 * Resolves once Pagefind has its filter index, which it needs to count results per filter value. Started
 * beside the first search, not before it, so the first results do not wait for it.
 */
export async function filtersReady(): Promise<Pagefind> {
  const pf = await loadPagefind();
  filtersLoaded ??= pf.filters().catch(() => { filtersLoaded = undefined; });
  await filtersLoaded;
  return pf;
}

/** `cacheTag`: the search page's build tag, so Pagefind asks for the entry file the page has preloaded. */
export function loadPagefind(cacheTag?: string): Promise<Pagefind> {
  loading ??= (async () => {
    const path = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ path)) as Pagefind;
    // noWorker: the index is small, and a worker would fetch its own script, entry file and WebAssembly again,
    // three more round trips before the first result on a slow connection.
    await pf.options({ excerptLength: 28, noWorker: true, ...(cacheTag ? { metaCacheTag: cacheTag } : {}) });
    await pf.init();
    return pf;
  })();
  loading.catch(() => { loading = undefined; });
  return loading;
}
