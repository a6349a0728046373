/**
 * Search results as DOM, shared by the search page and the dialog. Text from the index is inserted as text,
 * except Pagefind's excerpts, which contain only <mark>.
 */
import type { ResultData } from './pagefind';
import { namesLineDa } from '../../lib/boundedList';

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

/** Pagefind excerpts are plain text with <mark> around hits; keep only that. */
export function safeExcerpt(html: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  const tmp = document.createElement('textarea');
  let marked = false;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') { marked = true; continue; }
    if (part === '</mark>') { marked = false; continue; }
    tmp.innerHTML = part; // decode entities only; a textarea never parses markup
    const text = document.createTextNode(tmp.value);
    if (marked) frag.append(el('mark', {}, text)); else frag.append(text);
  }
  return frag;
}

/** The sub-result (a heading on the page) where the hit is, when the query has words. */
export function bestSection(d: ResultData, hasQuery: boolean) {
  const subs = (d.sub_results ?? []).filter((s) => s.url.includes('#'));
  return hasQuery ? subs[0] : undefined;
}

export function renderResult(d: ResultData, hasQuery: boolean, headingTag: 'h2' | 'h3' = 'h2'): HTMLLIElement {
  const best = bestSection(d, hasQuery);
  const li = el('li', { className: 'search-result' });
  // What the page is filed under, so the filters' effect can be checked (tests/site/search.test.ts).
  for (const key of ['sidetype', 'publikation', 'kommune', 'tema']) if (d.meta[key]) li.dataset[key] = d.meta[key];
  const kommuner = d.meta.kommune ? namesLineDa(d.meta.kommune.split(', ')) : '';
  li.append(el('p', { className: 'kicker' }, [d.meta.sidetype, kommuner, d.meta.publikation].filter(Boolean).join(' · ')));
  li.append(el(headingTag, { className: 'search-result__title' }, el('a', { href: best?.url ?? d.url }, d.meta.title ?? d.url)));
  li.append(el('p', { className: 'search-result__excerpt' }, safeExcerpt(best?.excerpt ?? d.excerpt)));
  if (best) li.append(el('p', { className: 'meta search-result__section' }, 'I afsnittet ', el('a', { href: best.url }, `«${best.title}»`)));
  return li;
}
