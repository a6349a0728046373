/**
 * «Gem hele sitet til brug uden net» on /om/: fetches every page not yet stored into the service worker's pages
 * cache, with progress, and removes the stored pages again on request. Only the site's own files are stored.
 */
import { megabytes, offlineList, storedPages, type OfflineList } from './offline-update';
import { countDa } from '../lib/plural';

const info = document.querySelector<HTMLElement>('#offline-save-info')!;
const start = document.querySelector<HTMLButtonElement>('#offline-save-start')!;
const remove = document.querySelector<HTMLButtonElement>('#offline-save-remove')!;
const progress = document.querySelector<HTMLProgressElement>('#offline-save-progress')!;
const status = document.querySelector<HTMLElement>('#offline-save-status')!;

const PARALLEL = 4;

async function refresh(list: OfflineList): Promise<void> {
  const stored = await storedPages(list);
  const missing = list.pages.filter((p) => !p.shell && !stored.has(p.url));
  const bytes = missing.reduce((s, p) => s + p.bytes, 0);
  const storedCount = list.pages.filter((p) => p.shell || stored.has(p.url)).length;
  if (missing.length === 0) {
    info.textContent = `Hele sitet er gemt på denne enhed: ${countDa(list.pages.length, 'side', 'sider')} og hele søgeindekset (${megabytes(list.totalBytes)}).`;
  } else {
    info.textContent = `Søgeindekset og værktøjerne er gemt. ${countDa(storedCount, 'side', 'sider')} af ${list.pages.length} er gemt; resten er ${countDa(missing.length, 'side', 'sider')}, ca. ${megabytes(bytes)} at hente.`;
  }
  start.hidden = missing.length === 0;
  start.textContent = `Gem hele sitet til brug uden net (ca. ${megabytes(bytes)})`;
  remove.hidden = stored.size === 0;
}

async function save(list: OfflineList): Promise<void> {
  const cache = await caches.open(list.pagesCache);
  const stored = await storedPages(list);
  const todo = list.pages.filter((p) => !p.shell && !stored.has(p.url));
  let done = 0;
  let failed = 0;
  progress.max = todo.length;
  progress.value = 0;
  progress.hidden = false;
  start.disabled = true;
  remove.disabled = true;
  // Ask the browser not to clear the copy when space runs low; it may say no, and that is fine.
  void navigator.storage?.persist?.();
  const queue = [...todo];
  const worker = async () => {
    for (let p = queue.shift(); p; p = queue.shift()) {
      try { await cache.add(p.url); } catch { failed++; }
      progress.value = ++done;
      status.textContent = `${done} af ${todo.length} sider gemt …`;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  progress.hidden = true;
  start.disabled = false;
  remove.disabled = false;
  status.textContent = failed === 0
    ? 'Færdig: hele sitet er gemt og virker uden net.'
    : `Forbindelsen svigtede: ${countDa(failed, 'side', 'sider')} blev ikke gemt. Prøv igen, når der er net.`;
  await refresh(list);
}

async function clear(list: OfflineList): Promise<void> {
  await caches.delete(list.pagesCache);
  status.textContent = 'De gemte sider er fjernet. Forsiden, søgningen og værktøjerne virker stadig uden net.';
  await refresh(list);
}

async function init(): Promise<void> {
  // No worker after a while: a private window or a browser that blocks it; say so rather than wait forever.
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no service worker')), 15_000));
  await Promise.race([navigator.serviceWorker.ready, timeout]);
  const list = await offlineList();
  start.addEventListener('click', () => void save(list));
  remove.addEventListener('click', () => void clear(list));
  await refresh(list);
}

if ('serviceWorker' in navigator && 'caches' in window) {
  info.textContent = 'Gør siden klar til brug uden net …';
  void init().catch(() => { info.textContent = 'Siden kan ikke gemmes til brug uden net lige nu. Prøv at genindlæse.'; });
}
