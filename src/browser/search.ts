/**
 * The search page: loads Pagefind from this site on first use and renders results with filters.
 * Text from the index is inserted as text, except Pagefind's own excerpts, which contain only <mark>.
 */
import { FILTER_KEYS, FILTER_LABELS, parseSearchParams, toSearchParams, toPagefindFilters, resultSummary, noResultsMessage, type SearchState, type FilterKey } from '../lib/searchQuery';

interface SubResult { title: string; url: string; excerpt: string }
interface ResultData { url: string; excerpt: string; meta: Record<string, string>; sub_results?: SubResult[] }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: { filters?: unknown }): Promise<{ results: { id: string; data(): Promise<ResultData> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const filtersBox = document.querySelector<HTMLElement>('#search-filters')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;

const PAGE_SIZE = 10;
let pagefind: Pagefind | undefined;
let state: SearchState = parseSearchParams(new URLSearchParams(location.search));
let runId = 0;

async function load(): Promise<Pagefind> {
  if (!pagefind) {
    const path = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pagefind.options({ excerptLength: 28 });
    await pagefind.init();
  }
  return pagefind;
}

/** Pagefind excerpts are plain text with <mark> around hits; keep only that. */
function safeExcerpt(html: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  const parts = html.split(/(<mark>|<\/mark>)/);
  let marked = false;
  const tmp = document.createElement('textarea');
  for (const part of parts) {
    if (part === '<mark>') { marked = true; continue; }
    if (part === '</mark>') { marked = false; continue; }
    tmp.innerHTML = part; // decode entities only; a textarea never parses markup
    const text = document.createTextNode(tmp.value);
    if (marked) { const m = document.createElement('mark'); m.append(text); frag.append(m); } else frag.append(text);
  }
  return frag;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

function renderFilters(all: Record<string, Record<string, number>>) {
  filtersBox.replaceChildren();
  for (const key of FILTER_KEYS) {
    const values = Object.keys(all[key] ?? {}).sort((a, b) => a.localeCompare(b, 'da'));
    if (!values.length) continue;
    const fs = el('fieldset', { className: 'search-filter' }, el('legend', { className: 'visually-hidden' }, FILTER_LABELS[key]));
    for (const v of values) {
      const id = `f-${key}-${v}`.replace(/[^\w-]+/g, '-');
      const cb = el('input', { type: 'checkbox', id, name: key, value: v, checked: state.filters[key]?.includes(v) ?? false });
      fs.append(el('div', { className: 'search-filter__option' }, cb, el('label', { htmlFor: id }, `${v} `, el('span', { className: 'meta' }, `(${all[key]![v]})`))));
    }
    // Long lists (the kommuner) start folded unless one of them is chosen.
    const open = values.length <= 12 || (state.filters[key]?.length ?? 0) > 0;
    filtersBox.append(el('details', { className: 'search-filter-group', open }, el('summary', {}, FILTER_LABELS[key]), fs));
  }
}

function readForm(): SearchState {
  const data = new FormData(form);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = data.getAll(key).map(String);
    if (values.length) filters[key as FilterKey] = values;
  }
  return { q: String(data.get('q') ?? '').trim(), filters };
}

async function run(pushHistory: boolean) {
  const id = ++runId;
  const qs = toSearchParams(state).toString();
  if (pushHistory) history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
  if (!state.q && !Object.keys(toPagefindFilters(state.filters)).length) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Skriv et eller flere ord, eller vælg et filter.';
    return;
  }
  status.textContent = 'Søger …';
  const pf = await load();
  const search = await pf.search(state.q || null, { filters: toPagefindFilters(state.filters) });
  if (id !== runId) return;
  list.replaceChildren();
  if (!search.results.length) {
    status.textContent = noResultsMessage(state);
    more.hidden = true;
    return;
  }
  status.textContent = resultSummary(search.results.length, state);
  let shown = 0;
  const showMore = async () => {
    const batch = await Promise.all(search.results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (id !== runId) return;
    for (const d of batch) list.append(renderResult(d));
    shown += batch.length;
    more.hidden = shown >= search.results.length;
  };
  more.onclick = () => { const first = list.children.length; void showMore().then(() => (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus()); };
  await showMore();
}

function renderResult(d: ResultData): HTMLLIElement {
  const subs = (d.sub_results ?? []).filter((s) => s.url.includes('#'));
  const best = state.q && subs[0] ? subs[0] : undefined;
  const li = el('li', { className: 'search-result' });
  li.append(el('p', { className: 'kicker' }, [d.meta.sidetype, d.meta.kommune, d.meta.publikation].filter(Boolean).join(' · ')));
  li.append(el('h2', { className: 'search-result__title' }, el('a', { href: best?.url ?? d.url }, d.meta.title ?? d.url)));
  li.append(el('p', { className: 'search-result__excerpt' }, safeExcerpt(best?.excerpt ?? d.excerpt)));
  if (best) li.append(el('p', { className: 'meta' }, 'I afsnittet ', el('a', { href: best.url }, `«${best.title}»`)));
  return li;
}

form.addEventListener('submit', (e) => { e.preventDefault(); state = readForm(); void run(true); });
filtersBox.addEventListener('change', () => { state = readForm(); void run(true); });

input.value = state.q;
void (async () => {
  try {
    const pf = await load();
    renderFilters(await pf.filters());
    await run(false);
  } catch {
    status.textContent = 'Søgningen kunne ikke indlæses. Søgeindekset bygges med «npm run build»; prøv igen senere.';
  }
})();
