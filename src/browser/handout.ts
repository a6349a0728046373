/**
 * The theme handout (src/pages/temaer/[id]/handout.astro): the chef's choice of sections, kept in the address
 * (?uden=<keys>&med=<keys>, so it can be bookmarked), a rough A4 page count, and the cover's print date and
 * online address. No framework; without JavaScript the handout prints the theme's own pages and worksheets.
 */

import { summaryDa, type SectionKind } from '../lib/handout/summary';

const MM = 96 / 25.4;
/** The text area of a handout page in CSS px: A4 less the margins in handout.print.css (20 mm sides, 22 + 20 mm). */
export const PAGE = { width: 170 * MM, height: 255 * MM };
/*
 * No allowance for the gaps that boxes and headings kept with their text leave at page ends: the preview's
 * measured heights already run slightly longer than print, and the two even out (the handout test checks it).
 */

export interface Block { height: number; fixedPages?: number }

/** Pages for blocks that each start on a new page: cover and worksheets count fixed pages, the rest by height. */
export function estimatePages(blocks: Block[], pageHeight = PAGE.height): number {
  return blocks.reduce((sum, b) => sum + (b.fixedPages ?? Math.max(1, Math.ceil(b.height / pageHeight))), 0);
}

/** Keys in the address: «a,b,c» → ['a', 'b', 'c']. */
export function parseKeys(value: string | null): Set<string> {
  return new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean));
}

const danishDate = (d: Date) => d.toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric' });

function init(root: HTMLElement) {
  const doc = root.querySelector<HTMLElement>('.ho-doc')!;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[data-ho-toggle]')];
  const defaults = new Map(boxes.map((b) => [b.value, b.defaultChecked]));
  const estimateEl = root.querySelector<HTMLElement>('[data-ho-estimate]');
  const countEl = root.querySelector<HTMLElement>('[data-ho-count]');

  const params = new URLSearchParams(location.search);
  const without = parseKeys(params.get('uden'));
  const withKeys = parseKeys(params.get('med'));
  for (const b of boxes) b.checked = defaults.get(b.value) ? !without.has(b.value) : withKeys.has(b.value);

  function apply() {
    for (const b of boxes) {
      for (const el of doc.querySelectorAll<HTMLElement>(`[data-ho-key="${CSS.escape(b.value)}"]`)) el.hidden = !b.checked;
    }
    // Publications of added pages join the cover's list of sources.
    for (const li of doc.querySelectorAll<HTMLElement>('[data-ho-pub-item]')) {
      li.hidden = !doc.querySelector(`.ho-section[data-ho-pub="${CSS.escape(li.dataset.hoPubItem!)}"]:not([hidden])`);
    }
    const n = boxes.filter((b) => b.checked).length;
    if (countEl) countEl.textContent = `${n} afsnit · skøn ud fra tekstens længde`;
    const summary = doc.querySelector('[data-ho-summary]');
    if (summary) summary.textContent = summaryDa([...doc.querySelectorAll<HTMLElement>('[data-ho-kind]:not([hidden])')].map((el) => el.dataset.hoKind as SectionKind));
    writeReferences();
    estimate();
  }

  /**
   * On paper a link must say where it goes: a page printed in this handout is referred to by its section number,
   * any other page of the site by its full address (print CSS writes data-ho-ref after the link text).
   */
  function writeReferences() {
    const numbers = new Map<string, number>();
    doc.querySelectorAll<HTMLElement>('.ho-section:not([hidden]), .ho-sheet:not([hidden])').forEach((el, i) => {
      if (el.dataset.hoPath) numbers.set(el.dataset.hoPath, i + 1);
    });
    for (const a of doc.querySelectorAll<HTMLAnchorElement>('.ho-section__body a[href^="/"]')) {
      const url = new URL(a.getAttribute('href')!, location.origin);
      const n = url.search ? undefined : numbers.get(url.pathname);
      a.dataset.hoRef = n ? `se afsnit ${n}` : url.href;
    }
  }

  function estimate() {
    if (!estimateEl) return;
    // Measure at the print's text width; adding and removing the class in one task never paints.
    doc.classList.add('ho-measuring');
    const blocks = [...doc.querySelectorAll<HTMLElement>('.ho-block:not([hidden])')].map((el) => ({
      height: el.offsetHeight,
      fixedPages: el.dataset.hoPages ? Number(el.dataset.hoPages) : undefined,
    }));
    doc.classList.remove('ho-measuring');
    const pages = estimatePages(blocks);
    estimateEl.textContent = `Ca. ${pages} A4-${pages === 1 ? 'side' : 'sider'}`;
    root.dataset.hoPages = String(pages);
  }

  function writeAddress() {
    const uden = boxes.filter((b) => defaults.get(b.value) && !b.checked).map((b) => encodeURIComponent(b.value));
    const med = boxes.filter((b) => !defaults.get(b.value) && b.checked).map((b) => encodeURIComponent(b.value));
    const query = [uden.length ? `uden=${uden.join(',')}` : '', med.length ? `med=${med.join(',')}` : ''].filter(Boolean).join('&');
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
  }

  root.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('input[data-ho-toggle]')) { apply(); writeAddress(); }
  });
  root.querySelector('[data-ho-all]')?.addEventListener('click', () => { boxes.forEach((b) => { b.checked = true; }); apply(); writeAddress(); });
  root.querySelector('[data-ho-reset]')?.addEventListener('click', () => { boxes.forEach((b) => { b.checked = defaults.get(b.value)!; }); apply(); writeAddress(); });

  // The cover: today's date and this site's address (the static page carries the build date and the path).
  const stampDate = () => {
    const time = doc.querySelector<HTMLTimeElement>('[data-ho-date]');
    const label = doc.querySelector<HTMLElement>('[data-ho-date-label]');
    const now = new Date();
    if (time) { time.textContent = danishDate(now); time.dateTime = now.toISOString().slice(0, 10); }
    if (label) label.textContent = 'Udskrevet';
  };
  stampDate();
  for (const el of doc.querySelectorAll<HTMLElement>('.ho-url[data-ho-path]')) el.textContent = `${location.origin}${el.dataset.hoPath}`;
  window.addEventListener('beforeprint', stampDate);

  // A link whose text already is its address needs no address written after it in print.
  const bare = (s: string) => s.trim().replace(/^https?:\/\//, '').replace(/\/$/, '').toLowerCase();
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('.ho-section__body a[href^="http"]')) {
    if (bare(a.textContent ?? '') === bare(a.getAttribute('href')!)) a.dataset.hoBare = '';
  }

  apply();
  document.fonts?.ready.then(estimate);
}

const root = document.querySelector<HTMLElement>('[data-handout]');
if (root) init(root);
