/**
 * The search page: Pagefind loads at once, results come as you type (debounced), the filter lists are in the
 * HTML already and get counts for the current results. State lives in the address so a search can be bookmarked.
 */
import { FILTER_KEYS, parseSearchParams, toSearchParams, toPagefindFilters, resultSummary, noResultsMessage, relaxedMessage, searchUrl, hasFilters, type SearchState, type FilterKey } from '../lib/searchQuery';
import { loadPagefind, type PagefindResult, type FilterCounts } from './search/pagefind';
import { countsFor, smartSearch } from './search/engine';
import { el, renderResult } from './search/render';

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const filtersBox = document.querySelector<HTMLElement>('#search-filters')!;
const toggle = document.querySelector<HTMLButtonElement>('#search-filter-toggle')!;
const chosen = document.querySelector<HTMLElement>('#search-filter-chosen')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const note = document.querySelector<HTMLElement>('#search-note')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 250;
let state: SearchState = parseSearchParams(new URLSearchParams(location.search));
let runId = 0;
let results: PagefindResult[] = [];
let shown = 0;

function readForm(): SearchState {
  const data = new FormData(form);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = data.getAll(key).map(String);
    if (values.length) filters[key as FilterKey] = values;
  }
  return { q: String(data.get('q') ?? '').trim(), filters };
}

function writeForm() {
  input.value = state.q;
  for (const cb of filtersBox.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    cb.checked = state.filters[cb.name as FilterKey]?.includes(cb.value) ?? false;
    if (cb.checked) cb.closest('details')?.setAttribute('open', '');
  }
}

/** Counts for the current results beside every filter value; a chosen filter's group shows the widened count. */
function showCounts(counts: FilterCounts | undefined) {
  for (const span of filtersBox.querySelectorAll<HTMLElement>('[data-count]')) {
    const [key, ...rest] = span.dataset.count!.split(':');
    const n = counts ? (counts[key!]?.[rest.join(':')] ?? 0) : undefined;
    span.textContent = n === undefined ? '' : `(${n})`;
    span.closest('.search-filter__option')?.classList.toggle('is-empty', n === 0);
  }
  const n = FILTER_KEYS.reduce((s, k) => s + (state.filters[k]?.length ?? 0), 0);
  chosen.textContent = n ? ` (${n} valgt)` : '';
}

/** Appends the next results in order, each as soon as it and those before it have loaded. */
async function showMore(id: number) {
  const batch = results.slice(shown, shown + PAGE_SIZE).map((r) => r.data());
  shown += batch.length;
  for (const p of batch) {
    const d = await p;
    if (id !== runId) return;
    list.append(renderResult(d, Boolean(state.q)));
  }
  more.hidden = shown >= results.length;
}

const sameResults = (a: PagefindResult[], b: PagefindResult[]) => a.length === b.length && a.slice(0, PAGE_SIZE).every((r, i) => r.id === b[i]?.id);

async function run(updateAddress: boolean) {
  const id = ++runId;
  if (updateAddress) {
    const qs = toSearchParams(state).toString();
    history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
  }
  note.hidden = true;
  if (!state.q && !hasFilters(state)) {
    list.replaceChildren();
    more.hidden = true;
    showCounts(undefined);
    status.textContent = 'Skriv et eller flere ord, eller vælg et filter.';
    return;
  }
  status.textContent = 'Søger …';
  let early: Promise<void> | undefined;
  let earlyResults: PagefindResult[] | undefined;
  const r = await smartSearch(state.q, toPagefindFilters(state.filters), (e) => {
    if (id !== runId) return;
    earlyResults = results = e.results;
    shown = 0;
    list.replaceChildren();
    early = showMore(id);
  });
  if (id !== runId) return;
  await early;
  if (id !== runId) return;
  if (!earlyResults || !sameResults(earlyResults, r.results)) {
    results = r.results;
    shown = 0;
    list.replaceChildren();
  }
  showCounts(Object.keys(r.filters).length ? r.filters : undefined);
  if (!Object.keys(r.filters).length) void countsFor(r.countQuery, toPagefindFilters(state.filters)).then((c) => { if (id === runId) showCounts(c); }).catch(() => {});
  if (!results.length) {
    status.textContent = noResultsMessage(state);
    more.hidden = true;
    return;
  }
  if (!shown) await showMore(id);
  if (id !== runId) return;
  // The count is announced once the first results are on the page.
  const summary = resultSummary(results.length, r.shownFor ? { ...state, q: r.shownFor } : state);
  status.textContent = r.shownFor ? `${relaxedMessage(state.q, r.shownFor, r.shownReason!)} ${summary}.` : summary;
  if (r.suggestion) {
    note.replaceChildren('Mente du ', el('a', { href: searchUrl(r.suggestion) }, `«${r.suggestion}»`), '?');
    note.hidden = false;
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
function schedule() {
  // Fetch the index part for what is typed so far while the debounce waits.
  const q = input.value.trim();
  if (q) void loadPagefind().then((pf) => pf.preload(q)).catch(() => {});
  clearTimeout(timer);
  timer = setTimeout(() => { state = readForm(); void run(true); }, DEBOUNCE_MS);
}

form.addEventListener('submit', (e) => { e.preventDefault(); clearTimeout(timer); state = readForm(); void run(true); });
input.addEventListener('input', schedule);
filtersBox.addEventListener('change', () => { clearTimeout(timer); state = readForm(); void run(true); });
more.addEventListener('click', () => {
  const first = list.children.length;
  void showMore(runId).then(() => (list.children[first]?.querySelector('a') as HTMLElement | null)?.focus());
});
toggle.addEventListener('click', () => {
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  toggle.setAttribute('aria-expanded', String(open));
  filtersBox.classList.toggle('is-open', open);
});
note.addEventListener('click', (e) => {
  const a = (e.target as Element).closest('a');
  if (!a) return;
  e.preventDefault();
  state = { ...state, q: new URL(a.href).searchParams.get('q') ?? '' };
  writeForm();
  void run(true);
});

writeForm();
if (!state.q) input.focus();
void (async () => {
  try {
    status.textContent = state.q || hasFilters(state) ? 'Søger …' : status.textContent;
    await loadPagefind(form.dataset.cacheTag);
    await run(false);
  } catch {
    status.textContent = 'Søgningen kunne ikke indlæses. Prøv at genindlæse siden.';
  }
})();
