/** The offline page: lists the pages stored on this device (visited or saved with «Gem hele sitet»). */
import { offlineList, storedPages } from './offline-update';

const target = document.querySelector<HTMLUListElement>('#offline-stored');
const none = document.querySelector<HTMLElement>('#offline-stored-none');

async function show(): Promise<void> {
  if (!target || !none || !('caches' in window)) return;
  const list = await offlineList();
  const stored = await storedPages(list);
  const pages = list.pages.filter((p) => stored.has(p.url)).sort((a, b) => a.title.localeCompare(b.title, 'da'));
  for (const p of pages) {
    const a = document.createElement('a');
    a.href = p.url;
    a.textContent = p.title;
    const li = document.createElement('li');
    li.append(a);
    target.append(li);
  }
  none.hidden = pages.length > 0;
}

void show().catch(() => { /* the static list above still says what works */ });
