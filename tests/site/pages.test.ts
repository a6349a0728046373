/**
 * Every built page, opened in Chromium as a reader would: no axe violations (WCAG 2.0–2.2 A and AA),
 * no console errors (a CSP violation is one), no request to another origin.
 * The sweep runs several pages at once (one browser context each): most of a page's time is waiting, not CPU.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtPages } from '../../scripts/lib/site';
import { formatViolations, launch, openPage, runAxe } from '../support/browser';

const urls = builtPages().map((p) => p.url).filter((u) => u !== '/404/' );
let browser: Browser;

beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe.concurrent('every page', () => {
  it.each(urls)('%s is accessible, error-free and stays on this site', async (url) => {
    const context = await browser.newContext();
    try {
      const { page, consoleErrors, foreignRequests } = await openPage(context, url);
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
      expect(await page.locator('html').getAttribute('lang')).toBe('da');
      expect(await page.locator('h1').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
