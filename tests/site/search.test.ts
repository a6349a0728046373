/**
 * Search as a reader uses it: from the header, as you type, with filters that narrow to pages filed under the
 * chosen value, Danish word forms, letter folding, typos, questions, hubs first, and «Vis flere» only when
 * there are more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, formatViolations, launch, openPage, runAxe } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const status = (page: Page) => page.locator('#search-status');

/**
 * Waits for the search to settle (for query `q`, when given) and returns the number in «12 resultater …»
 * (0 for «Ingen resultater»).
 */
async function resultCount(page: Page, q?: string): Promise<number> {
  await page.waitForFunction((q) => {
    const s = document.querySelector('#search-status')?.textContent ?? '';
    return /resultat/.test(s) && !/Søger/.test(s) && (!q || s.includes(`«${q}»`));
  }, q);
  const m = ((await status(page).textContent()) ?? '').match(/(\d+) resultat/);
  return m ? Number(m[1]) : 0;
}

const firstHrefs = (page: Page) => page.locator('#search-results .search-result__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

describe('search', () => {
  it('finds the article from the header search on any page, and links to the heading where the hit is', async () => {
    const { page, consoleErrors, foreignRequests } = await openPage(browser, '/publikationer/kunsten-at-lede-paa-tvaers/indledning/');
    await page.getByRole('searchbox', { name: 'Søg i alle publikationer' }).fill('Thygesen tillid');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/soeg\/\?q=Thygesen/);
    expect(await resultCount(page)).toBeGreaterThan(0);
    const hrefs = await firstHrefs(page);
    expect(hrefs.some((h) => h.startsWith('/publikationer/kunsten-at-lede-paa-tvaers/'))).toBe(true);
    // «Trivselshjulet» stands under the heading «Metode» on the tool page: the hit links there.
    await page.locator('#search-q').fill('Trivselshjulet');
    expect(await resultCount(page, 'Trivselshjulet')).toBeGreaterThan(0);
    const anchored = (await firstHrefs(page)).find((h) => h.startsWith('/vaerktoejer/barnets-stemme/#'));
    expect(anchored, 'a hit inside a section links to its heading').toBeDefined();
    await page.goto(baseUrl() + anchored!);
    const id = decodeURIComponent(anchored!.split('#')[1]!);
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    expect(await page.locator(`[id="${id}"]`).evaluate((e) => /^H[2-4]$/.test(e.tagName))).toBe(true);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it.each([
    ['Odense tidlig indsats', '/erfaringer/odense-organisering-tidlig-indsats/'],
    ['borgerrejser', '/vaerktoejer/borgerrejse/'],
    ['spindelvæv', '/vaerktoejer/spindelvaev/'],
    ['Odense', '/kommuner/odense/'],
    ['Hedensted kommune', '/kommuner/hedensted/'],
    ['økonomi', '/temaer/oekonomi-og-incitamenter/'],
    ['oekonomi', '/temaer/oekonomi-og-incitamenter/'],
    ['Åbenrå', '/kommuner/aabenraa/'],
  ])('puts the right page first for «%s»', async (q, expected) => {
    const { page } = await openPage(browser, `/soeg/?q=${encodeURIComponent(q)}`);
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect((await firstHrefs(page))[0]?.split('#')[0]).toBe(expected);
  });

  it('understands Danish word forms: a form no page has finds the page with another form (stemming)', async () => {
    // «talentudviklerens» occurs on no page; the Kolding case says «talentudviklere».
    const { page } = await openPage(browser, '/soeg/?q=talentudviklerens');
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect(await status(page).textContent()).toMatch(/^\d+ resultater? for «talentudviklerens»$/);
    expect((await firstHrefs(page)).map((h) => h.split('#')[0])).toContain('/erfaringer/kolding-talentudviklere/');
  });

  it('folds æ/ø/å typed as ae/oe/aa: «familieraadslagning» finds «Familierådslagning»', async () => {
    const { page } = await openPage(browser, '/soeg/?q=familieraadslagning');
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect((await firstHrefs(page)).slice(0, 3).map((h) => h.split('#')[0])).toContain('/vaerktoejer/familieraadslagning/');
  });

  it('corrects a typo from the site\'s vocabulary and says so', async () => {
    const { page } = await openPage(browser, '/soeg/?q=signs+of+safty');
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect(await status(page).textContent()).toContain('Viser resultater for «signs of safety»');
    expect((await firstHrefs(page)).slice(0, 3).map((h) => h.split('#')[0])).toContain('/vaerktoejer/signs-of-safety/');
  });

  it('answers a question with fewer words rather than nothing, and says so', async () => {
    const { page } = await openPage(browser, `/soeg/?q=${encodeURIComponent('hvad gør vi når pengene skal følge barnet')}`);
    expect(await resultCount(page)).toBeGreaterThan(0);
    expect(await status(page).textContent()).toMatch(/Ingen sider indeholder alle ordene .* Viser resultater for «[^»]+»/);
  });

  it('shows results as you type, and «Vis flere» only when there are more', async () => {
    const { page } = await openPage(browser, '/soeg/');
    expect(await page.locator('#search-more').isVisible()).toBe(false);
    await page.locator('#search-q').pressSequentially('ledelse', { delay: 30 });
    const n = await resultCount(page, 'ledelse');
    expect(n).toBeGreaterThan(10);
    expect(page.url()).toContain('q=ledelse');
    await expect.poll(() => page.locator('#search-results > li').count()).toBe(10);
    expect(await page.locator('#search-more').isVisible()).toBe(true);
    await page.locator('#search-more').click();
    await expect.poll(() => page.locator('#search-results > li').count()).toBe(Math.min(20, n));
    await page.locator('#search-q').fill('Trivselshjulet');
    const few = await resultCount(page, 'Trivselshjulet');
    expect(few).toBeGreaterThan(0);
    expect(few).toBeLessThanOrEqual(10);
    expect(await page.locator('#search-more').isVisible()).toBe(false);
  });

  it('every filter value returns pages, and every page shown carries the chosen value', async () => {
    const { page } = await openPage(browser, '/soeg/');
    await page.setViewportSize({ width: 1366, height: 900 });
    const groups = ['publikation', 'tema', 'kommune', 'sidetype'] as const;
    for (const g of groups) {
      const boxes = page.locator(`#search-filters input[name="${g}"]`);
      const values = await boxes.evaluateAll((es) => es.map((e) => (e as HTMLInputElement).value));
      expect(values.length, `filtergruppen ${g}`).toBeGreaterThan(g === 'kommune' ? 40 : 2);
      const details = page.locator(`#search-filters [data-group="${g}"] summary`);
      if (await details.count()) await details.click();
      for (const v of values) {
        const box = page.locator(`#search-filters input[name="${g}"][value="${v}"]`);
        await box.check();
        const n = await page.waitForFunction(([g, v]) => {
          const s = document.querySelector('#search-status')?.textContent ?? '';
          const shown = [...document.querySelectorAll<HTMLElement>('#search-results > li')];
          return /resultat/.test(s) && !/Søger/.test(s) && new URLSearchParams(location.search).getAll(g).includes(v) ? shown.length || -1 : false;
        }, [g, v] as const);
        expect(await n.jsonValue(), `${g} = ${v} giver ingen resultater`).toBeGreaterThan(0);
        const carried = await page.locator('#search-results > li').evaluateAll((lis, key) => lis.map((li) => (li as HTMLElement).dataset[key] ?? ''), g);
        for (const c of carried) expect(c.split(', '), `${g} = ${v}`).toContain(v);
        await box.uncheck();
        await page.waitForFunction(() => /Skriv et eller flere ord/.test(document.querySelector('#search-status')?.textContent ?? ''));
      }
    }
  }, 240_000);

  it('a filter narrows a query, and the counts beside the filters are for the current results', async () => {
    const { page } = await openPage(browser, '/soeg/?q=ledelse');
    const all = await resultCount(page);
    const box = page.locator('#search-filters input[name="sidetype"][value="Erfaring"]');
    const label = page.locator('label[for="f-sidetype-erfaring"] .search-filter__count');
    const shown = Number(((await label.textContent()) ?? '').replace(/\D/g, ''));
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    await page.setViewportSize({ width: 1366, height: 900 });
    await box.check();
    expect(await resultCount(page)).toBe(shown);
  });

  it('on a phone the results come first and the filters fold behind «Filtrér»', async () => {
    const ctx = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const { page } = await openPage(ctx, '/soeg/?q=ledelse');
    await resultCount(page);
    expect(await page.locator('#search-filters').isVisible()).toBe(false);
    const first = await page.locator('#search-results > li').first().boundingBox();
    expect(first!.y).toBeLessThan(844);
    await page.getByRole('button', { name: /Filtrér/ }).click();
    expect(await page.locator('#search-filters').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /Filtrér/ }).getAttribute('aria-expanded')).toBe('true');
    await ctx.close();
  });

  it('has one search box on the search page', async () => {
    const { page } = await openPage(browser, '/soeg/');
    expect(await page.getByRole('searchbox').count()).toBe(1);
  });

  it('says so in Danish when nothing is found, and the page passes axe', async () => {
    const { page } = await openPage(browser, '/soeg/?q=xyzzyqwerty');
    await page.waitForFunction(() => /Ingen resultater/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await status(page).textContent()).toContain('Prøv');
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });

  it('without JavaScript says that search needs it and points to themes and kommuner, with no dead box', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${baseUrl()}/soeg/?q=ledelse`);
    expect(await page.locator('.no-js-only').filter({ hasText: 'Søgningen kræver JavaScript' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'temaerne' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'kommunerne' }).isVisible()).toBe(true);
    expect(await page.getByRole('searchbox').count()).toBe(0);
    expect(await page.getByText(/Indlæser|Søger/).count()).toBe(0);
    await ctx.close();
  });
});
