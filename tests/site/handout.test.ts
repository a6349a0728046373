/**
 * The theme handout on paper. Every theme's default handout (its core) is printed to PDF in Chromium right after
 * the page has loaded and read back with poppler's pdftotext: 4–12 pages; every contents entry's title stands on
 * the page the contents name; the page count on screen is the PDF's; no editorial note; the worksheet where the
 * theme has a web; the last line with the address and today's date; no web chrome. Also: a changed choice, the
 * endnotes, the whole theme, the «Udskriv» path (beforeprint) and the page without JavaScript. And the theme page:
 * the core with its reasons, «Til mødet», and «Mere om temaet» with counts and filters (none shown without JavaScript).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseUrl, formatViolations, launch, openPage, runAxe } from '../support/browser';
import { ROOT } from '../../scripts/lib/site';
import { dateDa } from '../../src/lib/dates';

const THEMES = readdirSync(join(ROOT, 'content/temaer')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
const WEBS = new Set(readdirSync(join(ROOT, 'content/spindelvaev')).map((f) => f.replace(/\.yaml$/, '')));
/** Words of the site's chrome and the handout's panel that must never reach paper. */
const CHROME = ['Hovedmenu', 'Gå til indhold', 'Udskriv handout', 'Tilpas handoutet', 'Hele temaet (', 'Fjern fluebenet', 'Søg i alle publikationer', 'Sidetallet beregnes', 'Tilbage til'];
const SEARCH_BUTTON = /(?<!\p{L})Søg(?!\p{L})/u;
/** The printable width of a page: A4 less 2 × 16 mm (src/styles/print.css), in CSS px. */
const TEXT_WIDTH = Math.floor((178 * 96) / 25.4);

let browser: Browser;
let tmp: string;
beforeAll(async () => { browser = await launch(); tmp = mkdtempSync(join(tmpdir(), 'handout-')); });
afterAll(async () => { await browser?.close(); if (tmp) rmSync(tmp, { recursive: true, force: true }); });

/** Text as pdftotext gives it, with line breaks and runs of spaces made single spaces. */
const flat = (s: string) => s.normalize('NFC').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

interface Pdf { pages: number; text: string; pageText: (n: number) => string }

async function printPdf(page: Page, name: string): Promise<Pdf> {
  const file = join(tmp, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const texts = Array.from({ length: pages }, (_, i) => flat(execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(i + 1), '-l', String(i + 1), file, '-'], { encoding: 'utf8' })));
  return { pages, text: texts.join(' '), pageText: (n) => texts[n - 1] ?? '' };
}

interface TocEntry { key: string; title: string; page: number }

/** The contents as the page shows them: each entry's title and the page it names. */
async function contents(page: Page): Promise<TocEntry[]> {
  return page.$$eval('.ho-toc li:not([hidden])', (lis) => lis.map((li) => ({
    key: li.getAttribute('data-ho-key')!,
    title: (li.querySelector('.ho-toc__title-text')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    page: Number(/^side (\d+)$/.exec(li.querySelector('[data-ho-page]')?.textContent?.trim() ?? '')?.[1] ?? NaN),
  })));
}

/**
 * Contents entries whose page does not open with their section (the running head, then the section's number as
 * in the contents) or does not carry their title, as readable lines (empty when all are right).
 */
function wrongPages(toc: TocEntry[], pdf: Pdf, runningHead: string): string[] {
  const opens = (e: TocEntry, i: number) => pdf.pageText(e.page).startsWith(`${flat(runningHead)} ${i + 1} `);
  return toc.filter((e, i) => !(e.page >= 1 && e.page <= pdf.pages && opens(e, i) && pdf.pageText(e.page).includes(flat(e.title))))
    .map((e) => `«${e.title}» says page ${e.page}, but ${[...Array(pdf.pages).keys()].map((i) => i + 1).filter((n) => pdf.pageText(n).includes(flat(e.title)) && n > 2).join('/') || 'no page'} has it`);
}

/** The running head on every page after the cover: the theme's title (the handout's h1). */
const runningHead = async (page: Page) => flat(await page.locator('h1').innerText());

const shownPages = async (page: Page) => Number(await page.locator('[data-handout]').getAttribute('data-ho-pages'));

/** Elements of the print-emulated handout that reach past the text width, or are cut by their own scroll box. */
async function overflowing(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: TEXT_WIDTH, height: 1000 });
  const result = await page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1) out.push(`document: ${doc.scrollWidth} > ${doc.clientWidth}`);
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    for (const el of document.querySelectorAll<HTMLElement>('.ho-doc *')) {
      if (!el.getClientRects().length || el.closest('.visually-hidden, .ho-measure') || el.parentElement?.closest('svg')) continue;
      const r = el.getBoundingClientRect();
      if (r.right > doc.clientWidth + 1 || r.left < -1) out.push(`${name(el)}: ${Math.round(r.left)}–${Math.round(r.right)} of ${doc.clientWidth}`);
      const style = getComputedStyle(el);
      if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) out.push(`${name(el)}: cut (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return out;
  });
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 900 });
  return result;
}

function expectNoChrome(text: string) {
  for (const word of CHROME) expect(text, `«${word}» in the PDF`).not.toContain(word);
  expect(text).not.toMatch(SEARCH_BUTTON);
}

/** The editorial notes of the printed sections, as text (the first words of each, enough to find it). */
async function noteTexts(page: Page): Promise<string[]> {
  return page.$$eval('.ho-doc > .ho-section:not([hidden]) [data-ho-note]', (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)).filter((t) => t.length > 15));
}

describe('theme handout on paper', () => {
  const report: Record<string, string> = {};
  afterAll(() => { if (Object.keys(report).length) console.log(`Default handout per theme:\n${Object.entries(report).map(([t, c]) => `  ${t}: ${c}`).join('\n')}`); });

  it.each(THEMES)('%s: the core prints on 4–12 pages with a contents list whose page numbers are right', async (theme) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const { page, consoleErrors, foreignRequests } = await openPage(context, `/temaer/${theme}/handout/`);
      const title = flat(await page.locator('h1').innerText());
      const toc = await contents(page);
      const notes = await noteTexts(page);
      const pdf = await printPdf(page, theme);

      expect(pdf.pages, 'pages').toBeGreaterThanOrEqual(4);
      expect(pdf.pages, 'pages').toBeLessThanOrEqual(12);
      expect(await shownPages(page), 'the page count on screen').toBe(pdf.pages);
      expect(await page.locator('[data-ho-estimate]').innerText()).toBe(`${pdf.pages} A4-sider`);
      // The contents: one entry per printed section, each naming the page its title stands on.
      const printed = await page.$$eval('.ho-doc > .ho-block[data-ho-key]:not([hidden])', (els) => els.map((e) => e.getAttribute('data-ho-key')));
      expect(toc.map((e) => e.key)).toEqual(printed);
      expect(wrongPages(toc, pdf, await runningHead(page))).toEqual([]);
      // Cover on page 1, contents on page 2 with page numbers.
      expect(pdf.pageText(1)).toContain(title);
      expect(pdf.pageText(2)).toMatch(/(^| )Indhold 1\. .* side 3 /);
      // No editorial note reaches paper unless chosen.
      expect(pdf.text).not.toContain('Redaktionel note');
      expect(pdf.text).not.toContain('[Red.');
      for (const n of notes) expect(pdf.text, `note «${n}»`).not.toContain(flat(n));
      // The theme's spider-web worksheet where the theme has a web.
      if (WEBS.has(theme)) expect(pdf.text).toMatch(/Arbejdsark: Spindelvæv: /);
      else expect(pdf.text).not.toMatch(/Arbejdsark: Spindelvæv: /);
      // The last line: the site, the theme's address, today's date.
      // (pdftotext joins a word broken after a hyphen at a line end, so hyphens are left out of the comparison.)
      const unhyphen = (s: string) => s.replace(/-/g, '');
      expect(unhyphen(pdf.pageText(pdf.pages))).toContain(unhyphen(`Ledelse på tværs · ${baseUrl()}/temaer/${theme}/ · Udskrevet ${dateDa(new Date())}`));
      expectNoChrome(pdf.text);
      expect(pdf.text).not.toContain('[object Object]');
      expect(pdf.text).toContain(`Side 3 af ${pdf.pages}`);
      expect(await overflowing(page)).toEqual([]);

      report[theme] = `${toc.filter((e) => !e.key.startsWith('ark-')).length} core sections + ${toc.filter((e) => e.key.startsWith('ark-')).length} worksheet(s), ${pdf.pages} pages, contents page numbers right: ${toc.length}/${toc.length}`;
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the page numbers hold for a changed choice, chosen endnotes and the «Udskriv» path, and the choice is kept in the address', async () => {
    const theme = 'organisering';
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const { page } = await openPage(context, `/temaer/${theme}/handout/`);
      const before = await contents(page);
      const gone = before.find((e) => e.key.startsWith('e-'))!;
      const occurrences = (text: string, s: string) => text.split(flat(s)).length - 1;
      const full = await printPdf(page, `${theme}-default`);
      const added = await page.locator('.ho-panel input[data-ho-toggle]:not(:checked)').first().getAttribute('value');
      const addedTitle = flat(await page.locator(`.ho-doc > [data-ho-key="${added}"] h2`).innerText());
      await page.locator(`.ho-panel input[value="${gone.key}"]`).uncheck();
      await page.locator(`.ho-panel input[value="${added}"]`).check();
      await page.locator('.ho-panel input[data-ho-notes]').check();
      expect(new URL(page.url()).searchParams.get('uden')).toBe(gone.key);
      expect(new URL(page.url()).searchParams.get('med')).toBe(added);
      expect(new URL(page.url()).searchParams.get('noter')).toBe('1');

      // The page's «Udskriv» button calls window.print(), which fires beforeprint before the print layout.
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      const toc = await contents(page);
      const pdf = await printPdf(page, `${theme}-chosen`);
      expect(toc.map((e) => e.key)).not.toContain(gone.key);
      // Gone from the contents and as a section (its title may still stand in another page's list of links).
      expect(pdf.pageText(2), 'contents').not.toContain(flat(gone.title));
      expect(occurrences(pdf.text, gone.title)).toBe(occurrences(full.text, gone.title) - 2);
      expect(pdf.text).toContain(addedTitle);
      expect(toc.at(-1)?.title).toBe('Redaktionelle noter');
      expect(pdf.text).toContain('Redaktionelle noter');
      expect(wrongPages(toc, pdf, await runningHead(page))).toEqual([]);
      expect(await shownPages(page)).toBe(pdf.pages);
      expectNoChrome(pdf.text);

      // The bookmarked address gives the same handout.
      await page.reload({ waitUntil: 'networkidle' });
      expect((await contents(page)).map((e) => e.key)).toEqual(toc.map((e) => e.key));
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 150_000);

  it('«hele temaet» is one choice away and its page numbers are right too', async () => {
    const theme = 'effekt';
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const { page } = await openPage(context, `/temaer/${theme}/handout/`);
      const core = await contents(page);
      await page.getByRole('button', { name: /^Hele temaet/ }).click();
      const toc = await contents(page);
      expect(toc.length).toBeGreaterThan(core.length);
      const pdf = await printPdf(page, `${theme}-hele`);
      expect(wrongPages(toc, pdf, await runningHead(page))).toEqual([]);
      expect(await shownPages(page)).toBe(pdf.pages);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript the handout prints the core, with no dead control and no message that waits', async () => {
    const theme = 'de-gode-moeder';
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    try {
      const { page } = await openPage(context, `/temaer/${theme}/handout/`);
      expect(await page.locator('[data-ho-estimate]').innerText()).toMatch(/^Ca\. \d+ A4-sider$/);
      expect(await page.locator('body').innerText()).not.toMatch(/beregnes|Henter|Indlæser/);
      const live = await page.$$eval('.ho-panel input, .ho-panel button', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
      expect(live, 'visible controls that need JavaScript').toBe(0);
      const sections = await page.$$eval('.ho-doc > .ho-block[data-ho-key]:not([hidden]) h2', (hs) => hs.map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()));
      const pdf = await printPdf(page, `${theme}-nojs`);
      for (const s of sections) expect(pdf.text, s).toContain(flat(s));
      expect(pdf.text).not.toContain('Redaktionel note');
      expectNoChrome(pdf.text);
      expect(pdf.pages).toBeLessThanOrEqual(13);
    } finally {
      await context.close();
    }
  });
});

describe('theme page: «Læs først», «Til mødet» and «Mere om temaet»', () => {
  it.each(THEMES)('%s lists its core with reasons, the meeting pack in one place, and the rest by kind with counts', async (theme) => {
    const { page, consoleErrors } = await openPage(browser, `/temaer/${theme}/`);
    const core = await page.$$eval('.tema-core__item', (lis) => lis.map((li) => ({
      title: li.querySelector('h3')?.textContent?.trim() ?? '',
      why: li.querySelector('.tema-core__why')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    })));
    expect(core.length).toBeGreaterThanOrEqual(3);
    for (const c of core) expect(c.why, c.title).toMatch(/^Hvorfor læse den: .{20,}/);
    // «Til mødet»: the handout with its pages, the exercise with time and participants, the blank worksheet.
    const meeting = page.locator('#til-moedet');
    expect(await meeting.getByRole('link', { name: 'Handout: temaets kerne' }).getAttribute('href')).toBe(`/temaer/${theme}/handout/`);
    expect(await meeting.innerText()).toMatch(/Ca\. \d+ A4-sider/);
    expect(await meeting.innerText()).toMatch(/Tid: .+\. Deltagere: .+\./);
    if (WEBS.has(theme)) expect(await meeting.getByRole('link', { name: /^Tomt arbejdsark/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Til mødet' }).getAttribute('href')).toBe('#til-moedet');
    // «Mere om temaet»: the count says what it counts and matches the lists.
    const count = await page.locator('[data-more-count]').innerText();
    const groups = await page.$$eval('[data-more-group]', (gs) => gs.map((g) => ({ n: g.querySelectorAll('li').length, label: g.querySelector('[data-more-n]')?.textContent ?? '' })));
    const total = groups.reduce((n, g) => n + g.n, 0);
    expect(count).toMatch(/^\d+ (kapitel|kapitler|erfaring|erfaringer|værktøj|værktøjer)/);
    expect(count.match(/\d+/g)!.map(Number).reduce((a, b) => a + b, 0)).toBe(total);
    for (const g of groups) expect(g.label).toContain(`(${g.n} `);
    // The core's pages are not listed again under «Mere om temaet».
    const moreTitles = await page.$$eval('[data-more-group] li h3', (hs) => hs.map((h) => h.textContent?.trim()));
    for (const c of core) expect(moreTitles).not.toContain(c.title);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('the filters narrow «Mere om temaet» to pages with the chosen kommune or publication, and say so', async () => {
    const { page } = await openPage(browser, '/temaer/organisering/');
    const all = await page.locator('[data-more-group] li:visible').count();
    const kommune = await page.locator('select[name="kommune"] option').nth(1);
    const [value, name] = [await kommune.getAttribute('value'), (await kommune.innerText()).trim()];
    await page.selectOption('select[name="kommune"]', value!);
    const shown = page.locator('[data-more-group] li:visible');
    const n = await shown.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(all);
    for (const kicker of await shown.locator('.kicker').allInnerTexts()) expect(kicker.toLowerCase()).toContain(name.toLowerCase());
    expect(await page.locator('[data-more-count]').innerText()).toMatch(new RegExp(`^Viser ${n} (side|sider) af `));
    await page.selectOption('select[name="kommune"]', '');
    const pub = await page.locator('select[name="publikation"] option').nth(1);
    const pubName = (await pub.innerText()).trim();
    await page.selectOption('select[name="publikation"]', (await pub.getAttribute('value'))!);
    const byPub = page.locator('[data-more-group] li:visible');
    expect(await byPub.count()).toBeGreaterThan(0);
    for (const line of await byPub.locator('.meta').allInnerTexts()) expect(line).toContain(`«${pubName}»`);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
    await page.close();
  });

  it('without JavaScript every page of the theme is listed and no filter control is shown', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const { page } = await openPage(context, '/temaer/organisering/');
      expect(await page.locator('[data-more-filters]').isVisible()).toBe(false);
      const listed = await page.locator('[data-more-group] li').count();
      expect(await page.locator('[data-more-group] li:visible').count()).toBe(listed);
      const count = await page.locator('[data-more-count]').innerText();
      expect(count.match(/\d+/g)!.map(Number).reduce((a, b) => a + b, 0)).toBe(listed);
      expect(await page.locator('body').innerText()).not.toMatch(/Henter|Indlæser|beregnes/);
    } finally {
      await context.close();
    }
  });
});
