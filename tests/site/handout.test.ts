/**
 * The theme handout (/temaer/<id>/handout/) printed to PDF in Chromium for every theme, read back with poppler's
 * pdftotext and pdfinfo: sensible page count, cover, contents and every included section in the text, no web
 * chrome, nothing wider than the page. Leaving a section out (or adding one) changes the PDF; axe passes on screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatViolations, launch, openPage, runAxe } from '../support/browser';
import { ROOT } from '../../scripts/lib/site';

const THEMES = readdirSync(join(ROOT, 'content/temaer')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort();
/** Words of the site's chrome and the handout's panel that must never reach paper. */
const CHROME = ['Hovedmenu', 'Gå til indhold', 'Udskriv', 'Tilpas handoutet', 'Vælg alt', 'Kun temaets egne sider', 'Fjern fluebenet', 'Søg i alle publikationer', 'Sidetallet beregnes'];
const SEARCH_BUTTON = /(?<!\p{L})Søg(?!\p{L})/u;
/** The printable width of a handout page: A4 less 2 × 20 mm (pageRules.ts), in CSS px. */
const TEXT_WIDTH = Math.floor((170 * 96) / 25.4);

let browser: Browser;
let tmp: string;
beforeAll(async () => { browser = await launch(); tmp = mkdtempSync(join(tmpdir(), 'handout-')); });
afterAll(async () => { await browser?.close(); if (tmp) rmSync(tmp, { recursive: true, force: true }); });

/** Text as pdftotext gives it, with line breaks and runs of spaces made single spaces. */
const flat = (s: string) => s.normalize('NFC').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

interface Pdf { pages: number; text: string; pageText: (n: number) => string }

async function printPdf(page: Page, name: string): Promise<Pdf> {
  await page.emulateMedia({ media: 'print' });
  const file = join(tmp, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4', displayHeaderFooter: false }));
  await page.emulateMedia({ media: 'screen' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
  const pageText = (n: number) => flat(execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' }));
  return { pages, text, pageText };
}

interface Section { key: string; title: string; kind: string; fixedPages: number | null }

/** The sections the handout will print, as the page shows them, and its page estimate. */
async function included(page: Page): Promise<{ sections: Section[]; estimate: number }> {
  await page.waitForSelector('[data-handout][data-ho-pages]', { state: 'attached' });
  const sections = await page.$$eval('.ho-doc > [data-ho-key]:not([hidden])', (els) => els.map((el) => {
    const h = el.querySelector('h2');
    return {
      key: el.getAttribute('data-ho-key')!,
      title: (h?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      kind: el.classList.contains('ho-sheet') ? 'ark' : [...el.classList].find((c) => c.startsWith('ho-section--'))!.replace('ho-section--', ''),
      fixedPages: el.hasAttribute('data-ho-pages') ? Number(el.getAttribute('data-ho-pages')) : null,
    };
  }));
  const estimate = Number(await page.locator('[data-handout]').getAttribute('data-ho-pages'));
  return { sections, estimate };
}

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
      if (!el.getClientRects().length || el.closest('.visually-hidden') || el.parentElement?.closest('svg')) continue;
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

describe('theme handout', () => {
  const counts: Record<string, string> = {};
  afterAll(() => { if (Object.keys(counts).length) console.log(`Handout pages per theme:\n${Object.entries(counts).map(([t, c]) => `  ${t}: ${c}`).join('\n')}`); });

  it.each(THEMES)('%s prints a complete handout without chrome, within the page', async (theme) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const { page, consoleErrors, foreignRequests } = await openPage(context, `/temaer/${theme}/handout/`);
      const title = flat(await page.locator('h1').innerText());
      expect(await page.locator('h1').count()).toBe(1);
      // Section titles are h2 and the pages' own headings sit below them: no level is skipped going down.
      const skips = await page.$$eval('.ho-doc :is(h1, h2, h3, h4, h5, h6)', (hs) => hs
        .map((h, i) => [Number(hs[i - 1]?.tagName[1] ?? 0), Number(h.tagName[1]), h.textContent?.trim()] as const)
        .filter(([prev, level]) => level > prev + 1).map(([prev, level, text]) => `h${prev} → h${level} «${text}»`));
      expect(skips).toEqual([]);
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      const { sections, estimate } = await included(page);
      expect(await page.locator('[data-ho-estimate]').innerText()).toMatch(/^Ca\. \d+ A4-sider$/);
      expect(sections.length).toBeGreaterThan(0);
      expect(sections.every((s) => s.title.length > 0), JSON.stringify(sections)).toBe(true);

      expect(await overflowing(page)).toEqual([]);
      const pdf = await printPdf(page, theme);

      // Cover on page 1, contents on page 2, then each section from a new page.
      expect(pdf.pageText(1)).toContain(title);
      expect(pdf.pageText(2)).toMatch(/(^| )Indhold 1\. /);
      for (const s of sections) expect(pdf.text, `${s.kind} «${s.title}»`).toContain(flat(s.title));
      expectNoChrome(pdf.text);
      expect(pdf.text).not.toContain('[object Object]');
      expect(pdf.text).toContain('Side 3 af');
      // Links say where they go on paper: a printed section by its number, other pages by their address.
      const refs = await page.$$eval('.ho-doc > :not([hidden]) .ho-section__body a[data-ho-ref]', (as) => as.map((a) => a.getAttribute('data-ho-ref')!));
      for (const ref of new Set(refs.filter((r) => r.startsWith('se afsnit')))) expect(pdf.text).toContain(`(${ref})`);

      // Sections start on a new page (worksheets take their fixed pages); no section runs to more than 15 pages.
      const min = 2 + sections.reduce((n, s) => n + (s.fixedPages ?? 1), 0);
      const max = 2 + sections.reduce((n, s) => n + (s.fixedPages ?? 15), 0);
      expect(pdf.pages).toBeGreaterThanOrEqual(min);
      expect(pdf.pages).toBeLessThanOrEqual(max);
      // The worksheets come last and take the pages the estimate counts for them.
      const sheets = sections.filter((s) => s.kind === 'ark');
      if (sheets.length) {
        let first = pdf.pages;
        while (first > 3 && !pdf.pageText(first).includes(flat(sheets[0]!.title))) first--;
        expect(pdf.pages - first + 1, `worksheets from page ${first}`).toBe(sheets.reduce((n, s) => n + s.fixedPages!, 0));
      }
      // The «ca.» on screen is honest: within 15 % of the real count.
      expect(Math.abs(estimate - pdf.pages), `estimate ${estimate}, PDF ${pdf.pages}`).toBeLessThanOrEqual(Math.max(2, Math.ceil(pdf.pages * 0.15)));

      counts[theme] = `${pdf.pages} pages (estimate ${estimate}), ${sections.length} sections, ${sections.filter((s) => s.kind === 'erfaring').length} cases`;
      expect(consoleErrors).toEqual([]);
      expect(foreignRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('leaves out an unchecked section, adds a related one, and keeps the choice in the address', async () => {
    const theme = 'organisering';
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const { page } = await openPage(context, `/temaer/${theme}/handout/`);
      const before = await included(page);
      const full = await printPdf(page, `${theme}-full`);
      // A case whose title is printed only in the contents and above its own section.
      const occurrences = (text: string, s: string) => text.split(s).length - 1;
      const gone = before.sections.find((s) => s.kind === 'erfaring' && occurrences(full.text, s.title) === 2);
      expect(gone, 'a case with a title printed twice').toBeDefined();
      const relatedKey = await page.locator('.ho-panel input[data-ho-toggle]:not(:checked)').first().getAttribute('value');
      const related = page.locator(`.ho-panel input[value="${relatedKey}"]`);
      const relatedTitle = flat(await page.locator(`.ho-doc > [data-ho-key="${relatedKey}"] h2`).innerText());
      expect(full.text).not.toContain(relatedTitle);

      await page.locator(`.ho-panel input[value="${gone!.key}"]`).uncheck();
      await related.check();
      expect(new URL(page.url()).searchParams.get('uden')).toBe(gone!.key);
      expect(new URL(page.url()).searchParams.get('med')).toBe(relatedKey);
      const after = await included(page);
      expect(after.sections.map((s) => s.key)).not.toContain(gone!.key);
      expect(await page.locator(`.ho-toc li[data-ho-key="${gone!.key}"]`).isHidden()).toBe(true);

      const pdf = await printPdf(page, `${theme}-chosen`);
      expect(pdf.text).not.toContain(gone!.title);
      expect(pdf.text).toContain(relatedTitle);
      expectNoChrome(pdf.text);

      // The bookmarked address gives the same handout.
      await page.reload({ waitUntil: 'networkidle' });
      expect(await page.locator(`.ho-panel input[value="${gone!.key}"]`).isChecked()).toBe(false);
      expect(await page.locator(`.ho-panel input[value="${relatedKey}"]`).isChecked()).toBe(true);
      expect((await included(page)).sections.map((s) => s.key)).toEqual(after.sections.map((s) => s.key));
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
