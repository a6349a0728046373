/**
 * The search page's state as URL parameters (so a search can be bookmarked and the header form
 * can hand over the query), and the filter object Pagefind expects. Pure.
 */

export const FILTER_KEYS = ['publikation', 'tema', 'kommune', 'sidetype'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const FILTER_LABELS: Record<FilterKey, string> = {
  publikation: 'Publikation',
  tema: 'Tema',
  kommune: 'Kommune',
  sidetype: 'Sidetype',
};

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = params.getAll(key).map((v) => v.trim()).filter(Boolean);
    if (values.length) filters[key] = [...new Set(values)];
  }
  return { q: (params.get('q') ?? '').trim().slice(0, 200), filters };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const v of state.filters[key] ?? []) params.append(key, v);
  return params;
}

/** Values inside one filter group widen the search (any of); groups narrow it (all groups). */
export function toPagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of FILTER_KEYS) {
    const values = filters[key];
    if (values?.length) out[key] = { any: values };
  }
  return out;
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((k) => (state.filters[k]?.length ?? 0) > 0);
}

/** «1 resultat» / «12 resultater» for «ledelse». */
export function resultSummary(count: number, state: SearchState): string {
  const noun = count === 1 ? 'resultat' : 'resultater';
  const forQ = state.q ? ` for «${state.q}»` : '';
  const withFilters = hasFilters(state) ? ' med de valgte filtre' : '';
  return `${count} ${noun}${forQ}${withFilters}`;
}

/** A helpful Danish message when nothing is found. */
export function noResultsMessage(state: SearchState): string {
  const parts = [`Ingen resultater${state.q ? ` for «${state.q}»` : ''}${hasFilters(state) ? ' med de valgte filtre' : ''}.`];
  if (hasFilters(state)) parts.push('Prøv at fjerne et filter.');
  parts.push('Prøv et andet eller kortere ord, fx «møder» i stedet for «mødestrukturerne», eller søg på en kommune.');
  return parts.join(' ');
}

/** The page types of hub pages in the index (the source pages' types are SIDETYPE in queries/content). */
export const HUB_SIDETYPE = { tema: 'Tema', kommune: 'Kommune', publikation: 'Publikation' } as const;

/** Why the results are for another query than the one typed, in Danish. */
export function relaxedMessage(typed: string, shownFor: string, reason: 'corrected' | 'fewer-words' | 'typed'): string {
  if (reason === 'corrected') return `Viser resultater for «${shownFor}» (du skrev «${typed}»).`;
  const lead = reason === 'fewer-words' ? `Ingen sider indeholder alle ordene i «${typed}».` : `Ingen resultater for «${typed}».`;
  return `${lead} Viser resultater for «${shownFor}».`;
}

/** The search page's address for a query (for «Mente du …» links). */
export function searchUrl(q: string): string {
  return `/soeg/?${new URLSearchParams({ q }).toString()}`;
}
