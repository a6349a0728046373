/**
 * Search start-up as a reader on slow 4G meets it (latency 300 ms, 1.6 Mbit/s down, 750 kbit/s up, emulated
 * through CDP, a fresh browser context, so a cold cache), and the layout shift on /soeg/ while the index and results load. Used by
 * tests/site/search-dialog.test.ts and can be called from `npm run measure`.
 */
import type { Browser } from 'playwright-core';

export const SLOW_4G = { offline: false, latency: 300, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** Milliseconds from navigation start on /soeg/?q=… to the first result on the screen. */
export async function firstResultMs(browser: Browser, baseUrl: string, q: string): Promise<number> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.querySelector('#search-results li')) { (window as unknown as { firstResult: number }).firstResult = performance.now(); obs.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${baseUrl}/soeg/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => 'firstResult' in window, undefined, { timeout: 30_000 });
  const ms = await page.evaluate(() => (window as unknown as { firstResult: number }).firstResult);
  await ctx.close();
  return ms;
}

/**
 * Milliseconds from the last keystroke of a query typed into the search dialog on a content page to the first
 * result, on slow 4G with a cold cache: what «start loading when the dialog opens» buys.
 */
export interface DialogTiming {
  /** From the last keystroke to the first result. */
  ms: number;
  /** Pagefind's files that had arrived by the last keystroke (loading starts when the dialog opens). */
  loadedWhileTyping: string[];
}

export async function dialogFirstResultMs(browser: Browser, baseUrl: string, path: string, q: string): Promise<DialogTiming> {
  const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  await page.keyboard.press('Control+k');
  await page.waitForSelector('dialog[open] input', { timeout: 30_000 });
  // A reader types at about five keys a second.
  await page.keyboard.type(q, { delay: 200 });
  const { t0, loaded } = await page.evaluate(() => ({
    t0: performance.now(),
    loaded: performance.getEntriesByType('resource').filter((r) => (r as PerformanceResourceTiming).responseEnd > 0 && r.name.includes('/pagefind/')).map((r) => new URL(r.name).pathname),
  }));
  await page.waitForSelector('dialog[open] .search-result', { timeout: 30_000 });
  const t1 = await page.evaluate(() => performance.now());
  await ctx.close();
  return { ms: t1 - t0, loadedWhileTyping: loaded };
}

/** Cumulative layout shift on /soeg/?q=… until the results and counts are in. */
export async function searchPageCls(browser: Browser, baseUrl: string, q: string, viewport: { width: number; height: number }): Promise<number> {
  const ctx = await browser.newContext({ viewport });
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${baseUrl}/soeg/?q=${encodeURIComponent(q)}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(() => /resultat/.test(document.querySelector('#search-status')?.textContent ?? '') && !!document.querySelector('.search-filter__count:not(:empty)'), undefined, { timeout: 30_000 });
  await page.waitForTimeout(500);
  const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
  await ctx.close();
  return Math.round(cls * 1000) / 1000;
}
