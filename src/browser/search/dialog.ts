/**
 * The search dialog (Ctrl+K / ⌘K, «/»): a modal <dialog>, so focus stays inside and Esc closes it; the
 * result count is announced; ↓/↑ move between results. Loaded on first use by ../searchDialog.ts.
 */
import { smartSearch } from './engine';
import { loadPagefind, type ResultData } from './pagefind';
import { el, renderResult } from './render';
import { relaxedMessage, resultSummary, noResultsMessage, searchUrl } from '../../lib/searchQuery';

const SHOWN = 8;
const DEBOUNCE_MS = 200;
let dialog: HTMLDialogElement | undefined;

function build(): HTMLDialogElement {
  const input = el('input', { type: 'search', id: 'search-dialog-q', name: 'q', autocomplete: 'off', className: 'search-dialog__input' });
  input.setAttribute('aria-describedby', 'search-dialog-status');
  const status = el('p', { id: 'search-dialog-status', className: 'search-dialog__status' }, 'Skriv et eller flere ord.');
  status.setAttribute('role', 'status');
  const list = el('ol', { className: 'search-dialog__results search-results' });
  const all = el('a', { className: 'search-dialog__all', href: '/soeg/' }, 'Alle resultater og filtre på søgesiden');
  const close = el('button', { type: 'button', className: 'button search-dialog__close' }, 'Luk');
  const form = el('form', { action: '/soeg/', method: 'get', className: 'search-dialog__form' },
    el('label', { htmlFor: 'search-dialog-q', className: 'search-dialog__label' }, 'Søg i alle publikationer'),
    el('div', { className: 'search-dialog__row' }, input, close));
  form.setAttribute('role', 'search');
  const d = el('dialog', { className: 'search-dialog' }, form, status, list, el('p', { className: 'search-dialog__foot' }, all, el('span', { className: 'meta' }, ' · Esc lukker')));
  d.setAttribute('aria-label', 'Søg');

  let runId = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    const id = ++runId;
    const q = input.value.trim();
    all.href = q ? searchUrl(q) : '/soeg/';
    if (!q) { list.replaceChildren(); status.textContent = 'Skriv et eller flere ord.'; return; }
    status.textContent = 'Søger …';
    try {
      const show = async (results: { data(): Promise<ResultData> }[]) => {
        const data = await Promise.all(results.slice(0, SHOWN).map((x) => x.data()));
        if (id === runId) list.replaceChildren(...data.map((x) => renderResult(x, true, 'h3')));
      };
      let early: Promise<void> | undefined;
      const r = await smartSearch(q, {}, (e) => { early = show(e.results); });
      await early;
      if (id !== runId) return;
      await show(r.results);
      if (id !== runId) return;
      const state = { q: r.shownFor ?? q, filters: {} };
      if (!r.results.length) status.textContent = noResultsMessage({ q, filters: {} });
      else status.textContent = `${r.shownFor ? `${relaxedMessage(q, r.shownFor, r.shownReason!)} ` : ''}${resultSummary(r.results.length, state)}${r.results.length > SHOWN ? `; de ${SHOWN} første vises` : ''}.${r.suggestion ? ` Mente du «${r.suggestion}»?` : ''}`;
    } catch {
      if (id === runId) status.textContent = 'Søgningen kunne ikke indlæses. Prøv søgesiden.';
    }
  };
  input.addEventListener('input', () => {
    // Fetch the index part for what is typed so far while the debounce waits.
    const q = input.value.trim();
    if (q) void loadPagefind().then((pf) => pf.preload(q)).catch(() => {});
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (e) => { if (!input.value.trim()) e.preventDefault(); });
  close.addEventListener('click', () => d.close());
  // A click on the backdrop (outside the box) closes, as in other dialogs.
  d.addEventListener('click', (e) => { if (e.target === d) d.close(); });
  d.addEventListener('keydown', (e) => {
    if (e.key === 'Tab') {
      // A modal dialog makes the page inert, but Tab past the last control would leave for the browser's own
      // controls: wrap around instead, so focus stays in the dialog.
      const focusable = [...d.querySelectorAll<HTMLElement>('input, button, a[href]')].filter((x) => x.offsetParent !== null);
      const first = focusable[0], last = focusable.at(-1);
      if (!first || !last) return;
      if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
      else if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('.search-result__title a')];
    if (!links.length) return;
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = e.key === 'ArrowDown' ? (i < 0 ? 0 : Math.min(i + 1, links.length - 1)) : i - 1;
    e.preventDefault();
    if (next < 0) input.focus(); else links[next]!.focus();
  });
  document.body.append(d);
  return d;
}

export function openSearchDialog(): void {
  void loadPagefind().catch(() => {});
  dialog ??= build();
  if (dialog.open) return;
  const returnTo = document.activeElement as HTMLElement | null;
  dialog.addEventListener('close', () => returnTo?.focus?.(), { once: true });
  dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input')!;
  input.focus();
  input.select();
}
