/**
 * The Content-Security-Policy protects: markup injected into a page cannot run script,
 * while the site's own (hashed) scripts still do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createHash } from 'node:crypto';
import { builtPages } from '../../scripts/lib/site';
import { baseUrl, launch } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const INJECTED = [
  '<img src="/favicon.svg" onload="window.__injected = (window.__injected || 0) + 1">',
  '<img src="/findes-ikke.png" onerror="window.__injected = (window.__injected || 0) + 1">',
  '<script>window.__injected = (window.__injected || 0) + 1</script>',
  '<a id="js-link" href="javascript:window.__injected=(window.__injected||0)+1">x</a>',
].join('');

describe('content security policy', () => {
  it.each(['/', '/erfaringer/', '/soeg/'])('%s: injected handlers and scripts do not run; the site\'s own scripts do', async (path) => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
    // Serve the real built page with hostile markup added, as a stored-XSS bug in content would.
    await page.route(baseUrl() + path, async (route) => {
      const res = await route.fetch();
      const html = (await res.text()).replace('</main>', `${INJECTED}</main>`);
      await route.fulfill({ response: res, body: html });
    });
    await page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
    await page.click('#js-link').catch(() => {});
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected ?? 0)).toBe(0);
    expect(violations.length).toBeGreaterThan(0);
    // The site's own inline script (the enhancement gate) ran under the same policy.
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toMatch(/script-src [^;]*'self'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    await page.close();
  });
});

describe('every inline script is allowed by its own page\'s policy', () => {
  const pages = builtPages();
  it('has pages to check', () => expect(pages.length).toBeGreaterThan(100));
  it.each(pages.map((p) => [p.url, p.html] as const))('%s', (_url, html) => {
    const csp = /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    // Only scripts the browser executes: a data block (type="application/json") is never run, so CSP does not apply.
    const blocked = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
      .filter((m) => { const type = /\stype="([^"]*)"/.exec(m[1]!)?.[1]; return !type || type === 'module' || type === 'text/javascript'; })
      .map((m) => m[2]!)
      .filter((body) => body.trim() && !scriptSrc.includes(`'sha256-${createHash('sha256').update(body).digest('base64')}'`));
    expect(blocked.map((b) => b.slice(0, 80))).toEqual([]);
  });
});
