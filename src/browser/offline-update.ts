/**
 * Loaded by offline.ts only when needed: tells the user that a new version waits (workbox-window activates it on
 * request) and, after an update, moves the pages saved for offline use into the new version's cache. Also the
 * offline file list that the «Gem hele sitet» control and the offline page read. It imports nothing of the site's
 * own, so offline.ts loads it with a plain import() and no preload helper.
 */
import { Workbox } from 'workbox-window';

export interface OfflineList {
  build: string;
  /** The cache the service worker keeps visited pages in; named after the build. */
  pagesCache: string;
  pages: { url: string; title: string; bytes: number; shell?: boolean }[];
  search: { url: string; bytes: number }[];
  totalBytes: number;
}

/** Must match PAGES_CACHE_PREFIX in scripts/lib/postbuild/sw.mjs, which names the cache in the worker. */
export const PAGES_CACHE_PREFIX = 'sider-';

export async function offlineList(): Promise<OfflineList> {
  const res = await fetch('/offline-liste.json');
  if (!res.ok) throw new Error(`offline-liste.json: ${res.status}`);
  return (await res.json()) as OfflineList;
}

/** Paths of the pages kept in the current pages cache. */
export async function storedPages(list: OfflineList): Promise<Set<string>> {
  const cache = await caches.open(list.pagesCache);
  return new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
}

/** «1,7 MB» */
export function megabytes(bytes: number): string {
  return `${(Math.max(bytes, 100_000) / 1e6).toFixed(1).replace('.', ',')} MB`;
}

let shown = false;

export function offerUpdate(): void {
  if (shown) return;
  shown = true;
  const wb = new Workbox('/sw.js');
  void wb.register();
  const box = document.createElement('div');
  box.className = 'update-banner';
  box.setAttribute('role', 'status');
  // Styled from here (CSSOM, allowed by the CSP) so no page carries CSS for a banner it rarely shows.
  Object.assign(box.style, {
    position: 'fixed', left: '0.75rem', right: '0.75rem', bottom: '0.75rem', zIndex: '20', maxWidth: '40rem',
    margin: '0 auto', display: 'flex', flexWrap: 'wrap', gap: 'var(--space-3)', alignItems: 'center',
    padding: 'var(--space-3)', border: '2px solid var(--c-accent)', borderRadius: 'var(--radius)',
    background: 'var(--c-white)', color: 'var(--c-ink)', fontFamily: 'var(--font-sans)',
  });
  const text = document.createElement('p');
  Object.assign(text.style, { margin: '0', flex: '1 1 16rem' });
  text.textContent = 'Der er en ny udgave af sitet – genindlæs for at få den. Det, du har skrevet i værktøjerne, er gemt.';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.className = 'button button--primary';
  reload.textContent = 'Genindlæs';
  reload.addEventListener('click', () => {
    reload.disabled = true;
    // Tools save to localStorage as the user types (and on pagehide); nothing is lost by the reload, which waits
    // until the new worker controls this page and the saved pages have moved to its cache.
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      text.textContent = 'Henter den nye udgave …';
      // On a stalled network, reload anyway after a while; the move is retried on a later page load.
      const patience = new Promise((resolve) => setTimeout(resolve, 10_000));
      void Promise.race([movePages(), patience]).finally(() => location.reload());
    });
    wb.messageSkipWaiting();
  });
  box.append(text, reload);
  // Not on paper: a printed handout must not carry the banner.
  box.setAttribute('data-no-print', '');
  document.body.append(box);
}

/** Copies the pages saved under an older version into the current one (fresh from the network), then drops the old. */
export async function movePages(): Promise<void> {
  const list = await offlineList();
  const known = new Set(list.pages.map((p) => p.url));
  const current = await caches.open(list.pagesCache);
  for (const name of await caches.keys()) {
    if (!name.startsWith(PAGES_CACHE_PREFIX) || name === list.pagesCache) continue;
    const old = await caches.open(name);
    const urls = (await old.keys()).map((r) => new URL(r.url).pathname).filter((u) => known.has(u));
    try {
      for (const url of urls) await current.add(url);
    } catch {
      return; // offline now: try again on a later page load, the old copies are never served meanwhile
    }
    await caches.delete(name);
  }
}
