/**
 * Finding one's way and reading on every screen: no page scrolls sideways at 390 px, a compact phone header,
 * a table of contents that stays in view and marks where the reader is, the publication's contents from every
 * chapter, «Til toppen», bounded lists, a 404 that helps, and a tilgængelighedserklæring linked from the footer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, formatViolations, launch, openPage, runAxe } from '../support/browser';
import { builtPages } from '../../scripts/lib/site';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const PHONE = { width: 390, height: 844 };

describe('reading on a phone', () => {
  it('no page scrolls sideways at 390 px (every built page)', async () => {
    const urls = builtPages().map((p) => p.url).filter((u) => u !== '/404.html');
    expect(urls.length).toBeGreaterThan(150);
    const ctx = await browser.newContext({ viewport: PHONE });
    const wide: string[] = [];
    // Two tabs at a time keep this under a minute on a small machine.
    const queue = [...urls];
    await Promise.all([0, 1].map(async () => {
      const page = await ctx.newPage();
      for (let u = queue.shift(); u; u = queue.shift()) {
        await page.goto(baseUrl() + u, { waitUntil: 'load', timeout: 90_000 });
        const over = await page.evaluate(() => {
          const w = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= w) return null;
          // Name the widest culprit so a failure says what to fix.
          const el = [...document.querySelectorAll('main *')].find((e) => e.getBoundingClientRect().right > w + 1 && !e.closest('[data-scroll-x]'));
          return `${document.documentElement.scrollWidth}px, fx <${el?.tagName.toLowerCase()} class="${el?.className}">${(el?.textContent ?? '').slice(0, 40)}`;
        });
        if (over) wide.push(`${u}: ${over}`);
      }
      await page.close();
    }));
    await ctx.close();
    expect(wide, wide.join('\n')).toEqual([]);
  }, 600_000);

  it('the header takes at most 15 % of a phone screen, and «Søg» is in it', async () => {
    const ctx = await browser.newContext({ viewport: PHONE });
    const { page } = await openPage(ctx, '/temaer/ledelse/');
    const h = (await page.locator('.site-header').boundingBox())!.height;
    expect(h / PHONE.height).toBeLessThanOrEqual(0.15);
    expect(await page.getByRole('link', { name: 'Søg', exact: true }).isVisible()).toBe(true);
    await ctx.close();
  });

  it('a publication page does not show internal file paths', async () => {
    const paths = builtPages().filter((p) => /content\/sources\//.test(p.html.replace(/<script[\s\S]*?<\/script>/g, '')));
    expect(paths.map((p) => p.url)).toEqual([]);
  });
});

describe('long pages', () => {
  const chapter = '/publikationer/skole-og-socialomraade/kapitel-2-udvikling-af-det-tvaergaaende-ledelsessamarbejde/';

  it('keeps the table of contents in view on desktop and marks the section being read', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const { page } = await openPage(ctx, chapter);
    const toc = page.getByRole('navigation', { name: 'På denne side' });
    const links = toc.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(3);
    const third = await links.nth(2).getAttribute('href');
    await page.locator(`[id="${decodeURIComponent(third!.slice(1))}"]`).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 50);
    await page.waitForTimeout(300);
    const box = (await toc.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    // The link of the section in view is marked (CSS :target-current, no script).
    const marked = await links.evaluateAll((as) => as.filter((a) => a.matches(':target-current')).map((a) => a.getAttribute('href')));
    expect(marked).toEqual([third]);
    await ctx.close();
  });

  it('offers the publication\'s contents from every chapter page, the current page marked, and «Til toppen»', async () => {
    const { page } = await openPage(browser, chapter);
    const contents = page.locator('details.chapters');
    expect(await contents.locator('summary').textContent()).toMatch(/^Indhold i «.+» \(\d+ sider\)$/);
    await contents.locator('summary').click();
    expect(await contents.locator('[aria-current="page"]').textContent()).toContain('Udvikling af det tværgående');
    expect(await contents.getByRole('link').count()).toBeGreaterThan(3);
    const top = page.getByRole('link', { name: 'Til toppen' });
    await top.scrollIntoViewIfNeeded();
    await top.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
    const pages = builtPages().filter((p) => /^\/publikationer\/[^/]+\/[^/]+\/$/.test(p.url));
    expect(pages.length).toBeGreaterThan(30);
    for (const p of pages) expect(p.html, p.url).toContain('class="chapters"');
  });

  it('lists a page once under «Mere herfra», only cases, and at most four per kommune', async () => {
    for (const p of builtPages().filter((x) => x.url.startsWith('/erfaringer/') && x.url !== '/erfaringer/')) {
      const related = p.html.split('id="relateret"')[1]?.split('</section>')[0] ?? '';
      const links = [...related.matchAll(/class="page-list__title"><a href="([^"]+)"/g)].map((m) => m[1]!);
      expect(new Set(links).size, p.url).toBe(links.length);
      expect(links.every((l) => l.startsWith('/erfaringer/')), p.url).toBe(true);
      for (const group of related.split('<h3').slice(1)) expect([...group.matchAll(/page-list__title/g)].length, p.url).toBeLessThanOrEqual(4);
    }
  });

  it('a kicker line names at most three kommuner', () => {
    for (const p of builtPages()) {
      for (const m of p.html.matchAll(/class="kicker"[^>]*>([^<]*)</g)) {
        expect(m[1]!.split(/,| · /).length, `${p.url}: ${m[1]}`).toBeLessThanOrEqual(5);
      }
    }
  });
});

describe('way out and about', () => {
  it('the 404 page offers search and the main entries', async () => {
    const { page } = await openPage(browser, '/findes-ikke/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Siden findes ikke');
    await page.getByRole('searchbox', { name: 'Søg efter det, du leder efter' }).fill('ledelse');
    for (const name of ['Forsiden', 'Temaer', 'Erfaringer', 'Kommuner', 'Værktøjer', 'Publikationer']) {
      expect(await page.locator('main').getByRole('link', { name, exact: true }).count(), name).toBe(1);
    }
    await Promise.all([page.waitForURL(/\/soeg\/\?q=ledelse/), page.keyboard.press('Enter')]);
  });

  it('the footer links the tilgængelighedserklæring, which says the standard, the testing, the gaps and how to report', async () => {
    const { page } = await openPage(browser, '/');
    await Promise.all([page.waitForURL(/\/tilgaengelighed\/$/), page.locator('footer').getByRole('link', { name: 'Tilgængelighedserklæring' }).click()]);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('WCAG 2.2');
    for (const h of ['Den standard, vi sigter efter', 'Sådan testes siden', 'Kendte mangler', 'Meld et problem']) {
      expect(await page.getByRole('heading', { name: h }).count(), h).toBe(1);
    }
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});
