/**
 * «Mere om temaet» on a theme page (src/pages/temaer/[id]/index.astro): narrow the list by kommune and
 * publication. Without JavaScript the filters are hidden and every page is listed.
 */
import { countDa } from '../lib/plural';

interface Row { url: string; kommuner: string[]; pub: string }

function init(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('[data-more-filters]');
  const index = root.querySelector('[data-more-index]');
  if (!form || !index) return;
  const rows = new Map((JSON.parse(index.textContent ?? '[]') as Row[]).map((r) => [r.url, r]));
  const countEl = root.querySelector<HTMLElement>('[data-more-count]')!;
  const empty = root.querySelector<HTMLElement>('[data-more-empty]')!;
  const initialCount = countEl.textContent;

  function apply() {
    const kommune = (form!.elements.namedItem('kommune') as HTMLSelectElement).value;
    const pub = (form!.elements.namedItem('publikation') as HTMLSelectElement).value;
    let shown = 0;
    for (const group of root.querySelectorAll<HTMLElement>('[data-more-group]')) {
      let n = 0;
      for (const li of group.querySelectorAll<HTMLElement>('li')) {
        const row = rows.get(li.querySelector('a')?.getAttribute('href') ?? '');
        const ok = Boolean(row) && (!kommune || row!.kommuner.includes(kommune)) && (!pub || row!.pub === pub);
        li.hidden = !ok;
        if (ok) n++;
      }
      group.hidden = n === 0;
      const label = group.querySelector<HTMLElement>('[data-more-n]');
      if (label) label.textContent = `(${countDa(n, label.dataset.one!, label.dataset.other!)})`;
      shown += n;
    }
    empty.hidden = shown > 0;
    countEl.textContent = kommune || pub ? `Viser ${countDa(shown, 'side', 'sider')} af ${initialCount}` : initialCount;
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
}

const root = document.querySelector<HTMLElement>('[data-tema-more]');
if (root) init(root);
