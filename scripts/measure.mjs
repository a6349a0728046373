// `npm run measure`: a benchmark, not a test. Builds the site, then loads one page of each type in Chromium
// (scrolling to the end so islands hydrate) and reports the gzip bytes a first visit transfers, by kind,
// plus build time, page count and the search index size.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from './lib/server.ts';

const DIST = new URL('../dist/', import.meta.url).pathname;

const t0 = performance.now();
const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - t0) / 1000;

const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const files = walk(DIST);
const htmlPages = files.filter((f) => f.endsWith('.html') && !f.includes('/pagefind/')).length;
const pagefindFiles = files.filter((f) => f.includes('/pagefind/'));
const pagefindBytes = pagefindFiles.reduce((s, f) => s + statSync(f).size, 0);

const firstIn = (dir) => {
  const d = join(DIST, dir);
  if (!existsSync(d)) return null;
  const sub = readdirSync(d).find((n) => statSync(join(d, n)).isDirectory() && existsSync(join(d, n, 'index.html')));
  return sub ? `/${dir}/${sub}/` : null;
};
const kapitel = (() => { const p = firstIn('publikationer'); return p ? firstIn(p.slice(1, -1)) : null; })();
const pages = [
  ['forside', '/'],
  ['tema', '/temaer/ledelse/'],
  ['kapitel', kapitel],
  ['erfaring', firstIn('erfaringer')],
  ['kommune', '/kommuner/odense/'],
  ['publikation', firstIn('publikationer')],
  ['værktøj (tekst)', '/vaerktoejer/'],
  ['værktøj: spindelvæv', '/vaerktoejer/spindelvaev/'],
  ['værktøj: 5F', '/vaerktoejer/5f/'],
  ['værktøj: borgerrejse', '/vaerktoejer/borgerrejse/'],
  ['handout', '/temaer/ledelse/handout/'],
  ['søg (med søgning)', '/soeg/?q=ledelse'],
].filter(([, u]) => u && existsSync(join(DIST, u.split('?')[0], 'index.html')));

const kindOf = (path) => {
  const ext = extname(path);
  if (ext === '.html' || path.endsWith('/')) return 'html';
  if (ext === '.css') return 'css';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.woff2' || ext === '.woff') return 'font';
  if (path.includes('/pagefind/')) return 'søgeindeks';
  return 'andet';
};
const gz = (path) => {
  const file = path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path);
  return existsSync(file) && statSync(file).isFile() ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
};

const { server, url } = await startServer(DIST);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const rows = [];
for (const [name, path] of pages) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const seen = new Set();
  page.on('request', (r) => { const u = new URL(r.url()); if (u.origin === url) seen.add(u.pathname); });
  await page.goto(url + path, { waitUntil: 'networkidle' });
  await page.evaluate(async () => { for (let y = 0; y < document.body.scrollHeight; y += 600) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 30)); } });
  await page.waitForLoadState('networkidle');
  const islandUrls = await page.evaluate(() => [...document.querySelectorAll('astro-island')].map((e) => e.getAttribute('component-url')).filter(Boolean));
  const inlineJs = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].reduce((s, e) => s + (e.textContent ?? '').length, 0));
  const sum = { html: 0, css: 0, js: 0, font: 0, 'søgeindeks': 0, andet: 0 };
  for (const p of seen) sum[kindOf(p)] += gz(p);
  const islandOwn = [...new Set(islandUrls)].reduce((n, u) => n + gz(new URL(u, url).pathname), 0);
  rows.push({ name, path, ...sum, inlineJs, islandOwn, total: Object.values(sum).reduce((a, b) => a + b, 0) });
  await context.close();
}
await browser.close();
server.close();

const kb = (n) => (n / 1024).toFixed(1).padStart(6);
console.log(`\nByggetid: ${buildSeconds.toFixed(1)} s · ${htmlPages} HTML-sider · søgeindeks ${(pagefindBytes / 1024).toFixed(0)} KiB i ${pagefindFiles.length} filer (henter kun de dele, en søgning bruger)\n`);
console.log('Første besøg, gzip KiB   HTML    CSS     JS  fonte  søgning  i alt   (inline JS, tegn)');
for (const r of rows) {
  console.log(`${r.name.padEnd(24)}${kb(r.html)} ${kb(r.css)} ${kb(r.js)} ${kb(r.font)} ${kb(r['søgeindeks'])} ${kb(r.total)}   (${r.inlineJs})`);
}
console.log('\nØerne (JS hentes først, når øen rulles ind i billedet), gzip KiB:');
for (const r of rows.filter((x) => x.islandOwn > 0)) {
  console.log(`${r.name.padEnd(24)} øens egen kode ${kb(r.islandOwn)} · i alt med React og delte moduler ${kb(r.js)}`);
}

// --- Search quality and start-up (search agent): the evaluation set's hit@1/hit@3/MRR, run on the built site
// in Chromium, plus first-result times on slow 4G and /soeg/ layout shift. See scripts/lib/searchEval.ts.
{
  const { runEval, formatScore } = await import('./lib/searchEval.ts');
  const { firstResultMs, dialogFirstResultMs, searchPageCls } = await import('./lib/searchTiming.ts');
  const { server: s2, url: u2 } = await startServer(DIST);
  const b2 = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const evalPage = await b2.newPage();
  console.log(`\n${formatScore(await runEval(evalPage, u2))}`);
  const dialog = await dialogFirstResultMs(b2, u2, '/erfaringer/odense-samarbejdsaftale/', 'ledelse');
  const nav = await firstResultMs(b2, u2, 'ledelse');
  const cls = await searchPageCls(b2, u2, 'ledelse', { width: 1366, height: 900 });
  console.log(`Søgning på langsom 4G (300 ms, 1,6 Mbit/s): første resultat ${Math.round(dialog.ms)} ms efter sidste tastetryk i søgevinduet, ${Math.round(nav)} ms fra navigation til /soeg/?q=ledelse · CLS /soeg/ ${cls}`);
  await b2.close();
  s2.close();
}
