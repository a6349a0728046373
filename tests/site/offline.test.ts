/**
 * Offline use in Chromium: after a first online visit the network is switched off (context.setOffline) and the
 * forside, visited pages, the three tools (data entered, reloaded, still there) and search must work; an unvisited
 * page gives the Danish offline page. «Gem hele sitet» stores every page and removes them again. The manifest makes
 * the site installable. An update from one build to the next is offered, keeps tool data, and moves saved pages.
 * Each test serves its own copy of dist/ on its own port, so service workers never touch the other site tests.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import type { Server } from 'node:http';
import { chromium } from 'playwright-core';
import { CHROMIUM, launch } from '../support/browser';
import { startServer } from '../../scripts/lib/server';
import { DIST } from '../../scripts/lib/site';
import { writeOfflineList, writeServiceWorker } from '../../scripts/lib/postbuild/sw.mjs';
import { compressDist } from '../../scripts/lib/postbuild/compress.mjs';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

interface Site { server: Server; url: string; port: number }
async function serve(root: string, port = 0): Promise<Site> {
  const { server, url } = await startServer(root, port);
  return { server, url, port: Number(new URL(url).port) };
}
const stop = (s: Site) => new Promise<void>((r) => { s.server.closeAllConnections(); s.server.close(() => r()); });

const KAPITEL = '/publikationer/ledelse-paa-tvaers/forord/';
const UNVISITED = '/kommuner/odense/';

interface Watch { errors: string[]; foreign: string[] }
function watch(context: BrowserContext, origin: string): Watch {
  const w: Watch = { errors: [], foreign: [] };
  context.on('request', (r) => { const u = r.url(); if (!u.startsWith(origin) && !/^(data|blob|about|chrome-extension):/.test(u)) w.foreign.push(u); });
  context.on('page', (p) => {
    p.on('pageerror', (e) => w.errors.push(String(e)));
    p.on('console', (m) => { if (m.type() === 'error' && !/net::ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(m.text())) w.errors.push(m.text()); });
  });
  return w;
}

/** First online visit: the forside, until the service worker controls the page and has precached the shell. */
async function firstVisit(context: BrowserContext, site: Site): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.url + '/', { waitUntil: 'load' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
  return page;
}

/** Islands hydrate when scrolled into view; waits for the hydrated part given by `selector`. */
async function islandReady(page: Page, selector: string) {
  await page.locator('astro-island').first().scrollIntoViewIfNeeded();
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached', timeout: 20_000 }); // hydrated
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await page.locator(selector).first().waitFor({ timeout: 20_000 });
}

describe('offline after the first visit', () => {
  let site: Site;
  beforeAll(async () => { site = await serve(DIST); });
  afterAll(async () => { await stop(site); });

  it('serves the forside, visited pages, search and the offline page with the network off', async () => {
    const context = await browser.newContext();
    const w = watch(context, site.url);
    const page = await firstVisit(context, site);
    await page.goto(site.url + KAPITEL, { waitUntil: 'load' });
    const kapitelTitle = await page.title();
    await context.setOffline(true);

    await page.goto(site.url + '/', { waitUntil: 'load' });
    expect(await page.locator('h1').first().innerText()).not.toBe('');
    expect(await page.title()).toMatch(/Ledelse på tværs/);

    await page.goto(site.url + KAPITEL, { waitUntil: 'load' });
    expect(await page.title()).toBe(kapitelTitle);

    // Not visited: the Danish offline page (not the browser's error), which lists what is stored.
    const res = await page.goto(site.url + UNVISITED, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.locator('h1').innerText()).toBe('Du er ikke på nettet');
    expect(await page.locator('main').innerText()).toContain('Det kan du bruge uden net');
    await expect.poll(() => page.locator('#offline-stored a').allTextContents()).toContain(kapitelTitle.replace(/ · .*$/, ''));

    // Search: the index and its runtime are stored; results arrive with the network off.
    await page.goto(site.url + '/soeg/?q=ledelse', { waitUntil: 'load' });
    await page.locator('#search-results li').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    const href = await page.locator('#search-results li a').first().getAttribute('href');
    expect(href).toMatch(/^\//);

    expect(w.foreign, 'forespørgsler til andre servere').toEqual([]);
    expect(w.errors, 'fejl i konsollen').toEqual([]);
    await context.close();
  });

  it('runs all three tools offline: data entered offline is still there after an offline reload', async () => {
    const context = await browser.newContext();
    const w = watch(context, site.url);
    const page = await firstVisit(context, site);
    await context.setOffline(true);

    // Spindelvæv: a rating.
    await page.goto(site.url + '/vaerktoejer/spindelvaev/', { waitUntil: 'load' });
    await islandReady(page, 'fieldset[data-statement="1.1"]');
    // As the spider-web tests rate: from the name field, Tab into 1.1, then arrows from «ikke vurderet» to 7.
    await page.getByLabel('Hvem vurderer nu?').focus();
    await page.keyboard.press('Tab');
    for (let k = 0; k <= 7; k++) await page.keyboard.press('ArrowRight');
    expect(await page.locator('fieldset[data-statement="1.1"] input[value="7"]').isChecked()).toBe(true);
    await page.waitForTimeout(500); // autosave
    await page.reload({ waitUntil: 'load' });
    await islandReady(page, 'fieldset[data-statement="1.1"]');
    await expect.poll(() => page.locator('fieldset[data-statement="1.1"] input[value="7"]').isChecked()).toBe(true);

    // 5F: a note in the first phase.
    await page.goto(site.url + '/vaerktoejer/5f/', { waitUntil: 'load' });
    await islandReady(page, '.femf-sessions');
    await page.getByRole('tab', { name: '3. Notér', exact: true }).click();
    await page.getByLabel('Det valgte tema').fill('Noteret uden net');
    await page.waitForTimeout(500);
    await page.reload({ waitUntil: 'load' });
    await islandReady(page, '.femf-sessions');
    await page.getByRole('tab', { name: '3. Notér', exact: true }).click();
    await expect.poll(() => page.getByLabel('Det valgte tema').inputValue()).toBe('Noteret uden net');

    // Borgerrejse: an event.
    await page.goto(site.url + '/vaerktoejer/borgerrejse/', { waitUntil: 'load' });
    await islandReady(page, '.br');
    await page.getByLabel('Dæknavn for rejsen').fill('Rejse uden net');
    await page.getByRole('button', { name: 'Opret rejse' }).click();
    await page.getByLabel(/Hvad skete der\?/).fill('Brev fra kommunen');
    await page.getByRole('button', { name: 'Tilføj begivenhed', exact: true }).click();
    await page.waitForTimeout(500);
    await page.reload({ waitUntil: 'load' });
    await islandReady(page, '.br');
    await expect.poll(() => page.locator('main').innerText()).toContain('Brev fra kommunen');

    expect(w.foreign, 'forespørgsler til andre servere').toEqual([]);
    expect(w.errors, 'fejl i konsollen').toEqual([]);
    await context.close();
  });

  it('«Gem hele sitet» states the size, stores every page with progress, and removes them again', async () => {
    const context = await browser.newContext();
    const w = watch(context, site.url);
    const page = await firstVisit(context, site);
    await page.goto(site.url + '/om/', { waitUntil: 'load' });
    const start = page.getByRole('button', { name: /^Gem hele sitet til brug uden net \(ca\. \d+,\d MB\)$/ });
    await start.waitFor({ timeout: 20_000 });
    expect(await page.locator('#offline-save-info').innerText()).toMatch(/ca\. \d+,\d MB at hente/);
    const list = JSON.parse(readFileSync(join(DIST, 'offline-liste.json'), 'utf8')) as { pages: { url: string; shell?: boolean }[] };
    await start.click();
    await expect.poll(() => page.locator('#offline-save-status').innerText(), { timeout: 60_000 }).toBe('Færdig: hele sitet er gemt og virker uden net.');
    expect(await page.locator('#offline-save-progress').getAttribute('max')).toBe(String(list.pages.filter((p) => !p.shell).length - 1)); // /om/ itself was visited
    expect(await page.locator('#offline-save-info').innerText()).toMatch(/^Hele sitet er gemt på denne enhed: \d+ sider og hele søgeindekset \(\d+,\d MB\)\.$/);

    await context.setOffline(true);
    for (const path of [UNVISITED, '/erfaringer/', list.pages.at(-1)!.url]) {
      await page.goto(site.url + path, { waitUntil: 'load' });
      expect(await page.locator('h1').first().innerText(), path).not.toBe('Du er ikke på nettet');
    }
    await context.setOffline(false);

    await page.goto(site.url + '/om/', { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Fjern de gemte sider' }).click();
    await expect.poll(() => page.locator('#offline-save-status').innerText()).toMatch(/^De gemte sider er fjernet/);
    await context.setOffline(true);
    await page.goto(site.url + UNVISITED, { waitUntil: 'load' });
    expect(await page.locator('h1').innerText()).toBe('Du er ikke på nettet');
    // The forside and the tools are still there.
    await page.goto(site.url + '/vaerktoejer/5f/', { waitUntil: 'load' });
    expect(await page.locator('h1').first().innerText()).not.toBe('Du er ikke på nettet');

    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
    await context.close();
  });

  it('is installable: a Danish manifest with icons from the site mark, and a theme colour', async () => {
    // Chromium never offers installation in an incognito profile, so this one gets a real, throwaway profile.
    const profile = mkdtempSync(join(tmpdir(), 'ledelse-profil-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    const page = await firstVisit(context, site);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(site.url + href)).json();
    expect(manifest).toMatchObject({ lang: 'da', name: 'Ledelse på tværs', start_url: '/', display: 'standalone' });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(manifest.theme_color);
    for (const icon of manifest.icons.filter((i: { type: string }) => i.type === 'image/png')) {
      const png = await (await page.request.get(site.url + icon.src)).body();
      const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(`${w}x${h}`, icon.src).toBe(icon.sizes);
    }
    expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('registers the worker from a tiny module: with what it imports, under 1.5 KiB compressed on a content page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('response', (r) => { if (r.request().resourceType() === 'script') scripts.push(new URL(r.url()).pathname); });
    await page.goto(site.url + KAPITEL, { waitUntil: 'networkidle' });
    const source = (p: string) => brotliDecompressSync(readFileSync(join(DIST, p) + '.br')).toString();
    const register = scripts.filter((p) => source(p).includes('/sw.js'));
    expect(register).toHaveLength(1);
    const imports = [...source(register[0]!).matchAll(/from\s*["']\.\/([^"']+)["']/g)].map((m) => `/_astro/${m[1]}`);
    const bytes = [register[0]!, ...imports].reduce((n, p) => n + readFileSync(join(DIST, p) + '.br').length, 0);
    expect(bytes).toBeLessThan(1536);
    // workbox-window and the update prompt are not loaded on a first visit.
    expect(scripts.filter((p) => source(p).includes('messageSkipWaiting'))).toEqual([]);
    await context.close();
  });
});

describe('an update from one build to the next', () => {
  let dirB: string;
  let site: Site;
  beforeAll(async () => {
    // Build B: dist with a changed forside and chapter page, then a fresh offline list and service worker.
    dirB = mkdtempSync(join(tmpdir(), 'ledelse-b-'));
    cpSync(DIST, dirB, { recursive: true, filter: (s) => !s.endsWith('.br') && !s.endsWith('.gz') });
    for (const p of ['index.html', KAPITEL.slice(1) + 'index.html']) {
      const f = join(dirB, p);
      writeFileSync(f, readFileSync(f, 'utf8').replace('</main>', '<p id="udgave-b">Udgave B</p></main>'));
    }
    const list = writeOfflineList(dirB);
    await writeServiceWorker(dirB, list.build);
    compressDist(dirB);
    site = await serve(DIST);
  }, 180_000);
  afterAll(async () => { await stop(site); rmSync(dirB, { recursive: true, force: true }); });

  it('tells the user, keeps what was entered in a tool, and serves only the new version offline', async () => {
    const context = await browser.newContext();
    const w = watch(context, site.url);
    const page = await firstVisit(context, site);
    await page.goto(site.url + KAPITEL, { waitUntil: 'load' });
    await page.goto(site.url + '/vaerktoejer/borgerrejse/', { waitUntil: 'load' });
    await islandReady(page, '.br');
    await page.getByLabel('Dæknavn for rejsen').fill('Rejse før opdatering');
    await page.getByRole('button', { name: 'Opret rejse' }).click();
    await page.getByLabel(/Hvad skete der\?/).fill('Skrevet i udgave A');
    await page.getByRole('button', { name: 'Tilføj begivenhed', exact: true }).click();
    await page.waitForTimeout(500);
    const cachesA = await page.evaluate(() => caches.keys());

    // Deploy B on the same address.
    await stop(site);
    site = await serve(dirB, site.port);
    await page.reload({ waitUntil: 'load' });
    const banner = page.locator('.update-banner');
    await banner.waitFor({ timeout: 60_000 });
    expect(await banner.innerText()).toContain('Der er en ny udgave af sitet – genindlæs');
    // The old version is still running: the reloaded page's island shows what was entered.
    await islandReady(page, '.br');
    await expect.poll(() => page.locator('main').innerText()).toContain('Skrevet i udgave A');
    await banner.getByRole('button', { name: 'Genindlæs' }).click();
    await page.waitForEvent('load', { timeout: 30_000 });
    await islandReady(page, '.br');
    await expect.poll(() => page.locator('main').innerText()).toContain('Skrevet i udgave A');

    await page.goto(site.url + '/', { waitUntil: 'load' });
    expect(await page.locator('#udgave-b').count()).toBe(1);
    // The visited chapter moves to B's cache; A's page cache is gone, so no page of A is ever served again.
    const pagesA = cachesA.filter((k) => k.startsWith('sider-'));
    await expect.poll(async () => (await page.evaluate(() => caches.keys())).filter((k) => pagesA.includes(k)), { timeout: 30_000 }).toEqual([]);
    await context.setOffline(true);
    await page.goto(site.url + KAPITEL, { waitUntil: 'load' });
    expect(await page.locator('#udgave-b').count()).toBe(1);
    await page.goto(site.url + '/vaerktoejer/borgerrejse/', { waitUntil: 'load' });
    await islandReady(page, '.br');
    await expect.poll(() => page.locator('main').innerText()).toContain('Skrevet i udgave A');

    expect(w.foreign).toEqual([]);
    expect(w.errors).toEqual([]);
    await context.close();
  }, 180_000);
});
