/**
 * On every page: Ctrl+K / ⌘K and «/» open the search dialog; focusing a search field starts loading the index.
 * Tiny on purpose: the dialog and Pagefind are loaded on first use.
 */
const onSearchPage = () => location.pathname.startsWith('/soeg/');

function isTyping(t: EventTarget | null): boolean {
  const e = t as HTMLElement | null;
  return !!e && (e.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(e.tagName));
}

function open() {
  if (onSearchPage()) { document.querySelector<HTMLInputElement>('#search-q')?.focus(); return; }
  void import('./search/dialog').then((m) => m.openSearchDialog());
}

document.addEventListener('keydown', (e) => {
  if (e.defaultPrevented || e.altKey) return;
  const k = e.key.toLowerCase();
  if (k === 'k' && (e.ctrlKey || e.metaKey) && !e.shiftKey) { e.preventDefault(); open(); }
  else if (e.key === '/' && !e.ctrlKey && !e.metaKey && !isTyping(e.target) && !document.querySelector('dialog[open]')) { e.preventDefault(); open(); }
});

document.addEventListener('click', (e) => {
  if ((e.target as Element).closest?.('[data-search-dialog]')) { e.preventDefault(); open(); }
});

document.addEventListener('focusin', (e) => {
  if ((e.target as Element).matches?.('input[type=search]')) void import('./search/pagefind').then((m) => m.loadPagefind()).catch(() => {});
});
