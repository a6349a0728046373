// App icons for the web app manifest, rendered from the site's own mark (public/favicon.svg and its maskable
// variant) by Debian's Chromium. Cached by the SVG's hash, so only a changed mark costs a browser start.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const PUBLIC = new URL('../../../public/', import.meta.url).pathname;
const CACHE = new URL('../../../node_modules/.cache/ledelse-icons/', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** [source svg in public/, size in px, file written to dist/icons/] — the manifest names the same files. */
export const ICONS = [
  ['favicon.svg', 192, 'icon-192.png'],
  ['favicon.svg', 512, 'icon-512.png'],
  ['icon-maskable.svg', 512, 'icon-maskable-512.png'],
  ['favicon.svg', 180, 'apple-touch-icon.png'],
];

export async function renderIcons(dist) {
  mkdirSync(join(dist, 'icons'), { recursive: true });
  mkdirSync(CACHE, { recursive: true });
  const todo = ICONS.map(([svg, size, out]) => {
    const source = readFileSync(join(PUBLIC, svg), 'utf8');
    const cached = join(CACHE, `${createHash('sha256').update(source).digest('hex').slice(0, 16)}-${size}.png`);
    return { source, size, cached, out: join(dist, 'icons', out) };
  });
  const missing = todo.filter((t) => !existsSync(t.cached));
  if (missing.length > 0) {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      for (const t of missing) {
        const page = await browser.newPage({ viewport: { width: t.size, height: t.size } });
        const svg = t.source.replace('<svg ', `<svg width="${t.size}" height="${t.size}" `);
        await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
        await page.screenshot({ path: t.cached, omitBackground: true });
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }
  for (const t of todo) copyFileSync(t.cached, t.out);
}
