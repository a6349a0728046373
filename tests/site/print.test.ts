/** Every page type prints on A4 without web chrome. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('print', () => {
  it.each(['/publikationer/kunsten-at-lede-paa-tvaers/fire-krav-til-ledelse-af-samarbejde/', '/temaer/ledelse/', '/'])('%s hides navigation, search and buttons and fits the page', async (url) => {
    const { page } = await openPage(browser, url);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.site-header', '.site-footer', '.breadcrumbs', 'button', '.pager']) {
      const visible = await page.locator(sel).evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none' && (e as HTMLElement).offsetParent !== null).length);
      expect(visible, sel).toBe(0);
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);
    // Nothing wider than the printable A4 width (210 mm − margins ≈ 670 CSS px).
    await page.setViewportSize({ width: 670, height: 1000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
  });
});
