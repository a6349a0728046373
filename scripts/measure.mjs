// `npm run measure`: a benchmark, not a test. Builds the site, then loads one page of each type in Chromium from
// the local server, which serves the .br/.gz written at build time the way a compressing host does, and reports:
// first-visit bytes by kind as served, the physical limit beside it (compressed HTML + the CSS the page really
// uses), layout shift, the island pages' JavaScript, search timings on slow 4G, and Lighthouse scores.
// Flags: --no-build (measure dist/ as it is), --x10 (also build a synthetic corpus ten times as large and report
// its build time), --no-lighthouse.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from './lib/server.ts';
import { buildSynthetic } from './lib/synthetic.mjs';
import { lighthouseScores } from './lib/lighthouse.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist/');
const args = new Set(process.argv.slice(2));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Slow 4G as the issue defines it: 300 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = { offline: false, latency: 300, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

let buildSeconds = null;
if (!args.has('--no-build')) {
  const t0 = performance.now();
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) process.exit(build.status ?? 1);
  buildSeconds = (performance.now() - t0) / 1000;
}

const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const files = walk(DIST).filter((f) => !f.endsWith('.br') && !f.endsWith('.gz'));
const htmlPages = files.filter((f) => f.endsWith('.html') && !f.includes('/pagefind/')).length;
const pagefindFiles = files.filter((f) => f.includes('/pagefind/'));
const pagefindBytes = pagefindFiles.reduce((s, f) => s + statSync(f).size, 0);

const firstIn = (dir) => {
  const d = join(DIST, dir);
  if (!existsSync(d)) return null;
  const sub = readdirSync(d).sort().find((n) => statSync(join(d, n)).isDirectory() && existsSync(join(d, n, 'index.html')));
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
const fileOf = (path) => (path.endsWith('/') ? join(DIST, path, 'index.html') : join(DIST, path));
const ENCODED_EXT = { br: '.br', gzip: '.gz' };
/** Bytes the server sent for a path in the given Content-Encoding: the size of the file it sent. */
const servedBytes = (path, encoding) => {
  const file = fileOf(path) + (ENCODED_EXT[encoding] ?? '');
  return existsSync(file) && statSync(file).isFile() ? statSync(file).size : 0;
};
const compress = (buf, encoding) => (encoding === 'br' ? brotliCompressSync(buf) : encoding === 'gzip' ? gzipSync(buf, { level: 9 }) : buf).length;

const { server, url } = await startServer(DIST);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });

/** Layout shift that is not caused by input, summed (the page's CLS for a short page view). */
const CLS_OBSERVER = () => {
  window.__cls = 0;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
};

const rows = [];
for (const [name, path] of pages) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const seen = new Map();
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.origin === url && r.status() === 200) seen.set(u.pathname, r.headers()['content-encoding'] ?? '');
  });
  await page.addInitScript(CLS_OBSERVER);
  await page.coverage.startCSSCoverage({ resetOnNavigation: false });
  await page.goto(url + path, { waitUntil: 'networkidle' });
  await page.evaluate(async () => { for (let y = 0; y < document.body.scrollHeight; y += 600) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 30)); } });
  await page.waitForLoadState('networkidle');
  const cls = await page.evaluate(() => window.__cls);
  const coverage = await page.coverage.stopCSSCoverage();
  const islandUrls = await page.evaluate(() => [...document.querySelectorAll('astro-island')].map((e) => e.getAttribute('component-url')).filter(Boolean));
  const inlineJs = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].reduce((s, e) => s + (e.textContent ?? '').length, 0));
  const sum = { html: 0, css: 0, js: 0, font: 0, 'søgeindeks': 0, andet: 0 };
  for (const [p, enc] of seen) sum[kindOf(p)] += servedBytes(p, enc);
  const htmlPath = path.split('?')[0];
  const htmlEnc = seen.get(htmlPath) ?? '';
  const usedCss = coverage.filter((c) => c.url.endsWith('.css')).map((c) => c.ranges.map((r) => c.text.slice(r.start, r.end)).join('')).join('');
  const limit = servedBytes(htmlPath, htmlEnc) + (usedCss ? compress(Buffer.from(usedCss), htmlEnc) : 0);
  const islandOwn = [...new Set(islandUrls)].reduce((n, u) => n + servedBytes(new URL(u, url).pathname, seen.get(new URL(u, url).pathname) ?? ''), 0);
  rows.push({ name, path, ...sum, inlineJs, islandOwn, limit, cls, encoding: htmlEnc || 'ingen', total: Object.values(sum).reduce((a, b) => a + b, 0) });
  await context.close();
}

/** A first visit on slow 4G: layout shift while fonts arrive, and when the first search results show. */
async function slowVisit(path, { waitFor } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  let requests = 0;
  page.on('request', () => requests++);
  await page.addInitScript(CLS_OBSERVER);
  const t0 = Date.now();
  await page.goto(url + path, { waitUntil: 'load' });
  let firstResult = null;
  if (waitFor) { await page.waitForSelector(waitFor, { timeout: 30_000 }); firstResult = Date.now() - t0; }
  await page.waitForLoadState('networkidle');
  const cls = await page.evaluate(() => window.__cls);
  await context.close();
  return { cls, firstResult, requests };
}

const slow = [];
for (const [name, path] of pages.filter(([n]) => ['forside', 'kapitel', 'kommune', 'erfaring'].includes(n))) slow.push({ name, ...(await slowVisit(path)) });
const search = await slowVisit('/soeg/?q=ledelse', { waitFor: '#search-results li' });
await browser.close();
server.close();

const kb = (n) => (n / 1024).toFixed(1).padStart(6);
console.log(`\nByggetid: ${buildSeconds === null ? '(ikke bygget)' : `${buildSeconds.toFixed(1)} s`} · ${htmlPages} HTML-sider · søgeindeks ${(pagefindBytes / 1024).toFixed(0)} KiB i ${pagefindFiles.length} filer (henter kun de dele, en søgning bruger)`);
console.log(`Serveret som en komprimerende vært: ${rows[0]?.encoding ?? '?'} (fra .br/.gz skrevet ved bygning)\n`);
console.log('Første besøg, KiB som sendt   HTML    CSS     JS  fonte  søgning  i alt  grænse   CLS   (inline JS, tegn)');
for (const r of rows) {
  console.log(`${r.name.padEnd(28)}${kb(r.html)} ${kb(r.css)} ${kb(r.js)} ${kb(r.font)} ${kb(r['søgeindeks'])}  ${kb(r.total)} ${kb(r.limit)}  ${r.cls.toFixed(3)}   (${r.inlineJs})`);
}
console.log('grænse = sidens komprimerede HTML + den CSS, siden faktisk bruger (Chromiums CSS-dækning), komprimeret på samme måde.');
console.log('\nØerne (JS hentes først, når øen rulles ind i billedet), KiB som sendt:');
for (const r of rows.filter((x) => x.islandOwn > 0)) {
  console.log(`${r.name.padEnd(28)} øens egen kode ${kb(r.islandOwn)} · i alt med React og delte moduler ${kb(r.js)}`);
}
console.log('\nLangsom 4G (300 ms, 1,6 Mbit/s), første besøg, 390 × 844:');
for (const s of slow) console.log(`${s.name.padEnd(28)} CLS ${s.cls.toFixed(3)} · ${s.requests} forespørgsler`);
console.log(`${'søg «ledelse»'.padEnd(28)} første resultat efter ${(search.firstResult / 1000).toFixed(2)} s · ${search.requests} forespørgsler · CLS ${search.cls.toFixed(3)}`);

if (!args.has('--no-lighthouse')) {
  const lh = await lighthouseScores(DIST, pages.filter(([n]) => ['forside', 'kapitel', 'kommune', 'tema', 'søg (med søgning)', 'handout'].includes(n)));
  console.log('\nLighthouse (mobil, Debians Chromium):');
  if (lh.error) console.log(`  kan ikke køre her: ${lh.error}`);
  for (const r of lh.rows ?? []) console.log(`${r.name.padEnd(28)} ydelse ${r.performance} · tilgængelighed ${r.accessibility} · god praksis ${r.bestPractices} · SEO ${r.seo} · CLS ${r.cls}`);
}

if (args.has('--x10')) {
  const x10 = buildSynthetic(10);
  console.log(`\nSyntetisk ×10: ${x10.pages} HTML-sider bygget på ${x10.seconds.toFixed(1)} s (den rigtige: ${htmlPages} sider${buildSeconds === null ? '' : ` på ${buildSeconds.toFixed(1)} s`}; ×${buildSeconds ? (x10.seconds / buildSeconds).toFixed(1) : '?'} tid for ×${(x10.pages / htmlPages).toFixed(1)} sider)`);
  for (const l of x10.lists) console.log(`  ${l}`);
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
