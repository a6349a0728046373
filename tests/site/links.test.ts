/** Every internal link, asset and #anchor in the built site resolves. */
import { describe, expect, it } from 'vitest';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { builtPages, DIST } from '../../scripts/lib/site';

const pages = builtPages();
const idsByUrl = new Map<string, Set<string>>();
for (const p of pages) {
  const root = parse(p.html);
  idsByUrl.set(p.url, new Set(root.querySelectorAll('[id]').map((e) => e.getAttribute('id')!)));
}

function resolvesToFile(pathname: string): string | null {
  const file = join(DIST, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isFile()) return pathname;
  if (existsSync(join(file, 'index.html'))) return pathname.endsWith('/') ? pathname : `${pathname}/`;
  return null;
}

describe('internal links', () => {
  it('the site has its main page types', () => {
    const urls = pages.map((p) => p.url);
    for (const u of ['/', '/temaer/', '/erfaringer/', '/kommuner/', '/vaerktoejer/', '/publikationer/', '/soeg/', '/om/']) expect(urls).toContain(u);
  });

  it('every href and src on every page resolves, and every #anchor exists', () => {
    const broken: string[] = [];
    for (const p of pages) {
      const root = parse(p.html);
      for (const el of root.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
        if (/^(mailto:|tel:|data:|blob:)/.test(raw)) continue;
        const url = new URL(raw, `http://site${p.url}`);
        if (url.host !== "site") {
          // Links out are the reader's choice; resources loaded from elsewhere are not allowed.
          if (el.tagName !== "A") broken.push(`${p.url} → ${raw} (ressource fra en anden server)`);
          continue;
        }
        const target = resolvesToFile(url.pathname);
        if (!target) { broken.push(`${p.url} → ${raw} (findes ikke)`); continue; }
        if (url.hash && url.hash.length > 1) {
          const ids = idsByUrl.get(target);
          const id = decodeURIComponent(url.hash.slice(1));
          if (ids && !ids.has(id)) broken.push(`${p.url} → ${raw} (anker findes ikke)`);
        }
      }
    }
    expect(broken, broken.join("\n")).toEqual([]);
  });
});
