/** Searching from the header finds the article's pages; each filter narrows the results; hits link to headings. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, formatViolations, launch, openPage, runAxe } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

async function resultCount(page: Page): Promise<number> {
  await page.waitForFunction(() => !/Søger|Indlæser/.test(document.querySelector('#search-status')?.textContent ?? ''));
  const status = (await page.locator('#search-status').textContent()) ?? '';
  const m = status.match(/^(\d+) resultat/);
  return m ? Number(m[1]) : 0;
}

describe('search', () => {
  it('finds the article from the header search on any page, and links to the heading where the hit is', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(browser, '/publikationer/kunsten-at-lede-paa-tvaers/indledning/');
    await page.getByRole('searchbox', { name: 'Søg i alle publikationer' }).fill('Thygesen tillid');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/soeg\/\?q=Thygesen/);
    expect(await resultCount(page)).toBeGreaterThan(0);
    const hrefs = await page.locator('#search-results .search-result__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.some((h) => h.startsWith('/publikationer/kunsten-at-lede-paa-tvaers/'))).toBe(true);
    const anchored = hrefs.find((h) => h.includes('#'));
    if (anchored) {
      await page.goto(baseUrl() + anchored);
      const id = decodeURIComponent(anchored.split('#')[1]!);
      expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    }
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it.each([
    ['Odense tidlig indsats', '/erfaringer/odense-organisering-tidlig-indsats/'],
    ['borgerrejser', '/vaerktoejer/borgerrejse/'],
    ['spindelvæv', '/vaerktoejer/spindelvaev/'],
  ])('puts the right page first for «%s»', async (q, expected) => {
    const { page } = await openPage(browser, `/soeg/?q=${encodeURIComponent(q)}`);
    expect(await resultCount(page)).toBeGreaterThan(0);
    const first = await page.locator('#search-results .search-result__title a').first().getAttribute('href');
    expect(first?.split('#')[0]).toBe(expected);
  });

  it('understands Danish word forms (stemming)', async () => {
    const { page } = await openPage(browser, '/soeg/?q=samarbejdet');
    expect(await resultCount(page)).toBeGreaterThan(0);
  });

  it('each filter group narrows the results', async () => {
    const { page } = await openPage(browser, '/soeg/?q=ledelse');
    const all = await resultCount(page);
    expect(all).toBeGreaterThan(1);
    const groups = await page.locator('#search-filters details').count();
    expect(groups).toBe(4);
    for (let g = 0; g < groups; g++) {
      const fs = page.locator('#search-filters details').nth(g);
      if ((await fs.getAttribute('open')) === null) await fs.locator('summary').click();
      const legend = await fs.locator('summary').textContent();
      const boxes = fs.locator('input[type=checkbox]');
      const n = await boxes.count();
      let narrowed = false;
      for (let i = 0; i < n && !narrowed; i++) {
        await boxes.nth(i).check();
        const filtered = await resultCount(page);
        expect(filtered, `${legend}: et filter må aldrig give flere resultater`).toBeLessThanOrEqual(all);
        narrowed = filtered < all && filtered >= 0;
        await boxes.nth(i).uncheck();
        await resultCount(page);
      }
      expect(narrowed, `filtret «${legend}» indsnævrer ikke`).toBe(true);
    }
  });

  it('says so in Danish when nothing is found, and the page passes axe', async () => {
    const { page } = await openPage(browser, '/soeg/?q=xyzzyqwerty');
    await page.waitForFunction(() => /Ingen resultater/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.locator('#search-status').textContent()).toContain('Prøv');
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});
