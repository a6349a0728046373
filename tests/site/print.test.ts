/**
 * Every page type printed to PDF in Chromium and read back with pdftotext and pdftoppm: the title on the first
 * page, the source, the page's full address and today's date on paper (once, on the last page), no web chrome,
 * nothing wider than the page, and no page but the last left half empty (a box that would not split).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { baseUrl, launch, openPage } from '../support/browser';
import { dateDa } from '../../src/lib/dates';

let browser: Browser;
let tmp: string;
beforeAll(async () => { browser = await launch(); tmp = mkdtempSync(join(tmpdir(), 'print-')); });
afterAll(async () => { await browser?.close(); if (tmp) rmSync(tmp, { recursive: true, force: true }); });

const flat = (s: string) => s.normalize('NFC').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();

/** One page of each type, with a source line the printout must carry. */
const PAGES = [
  { type: 'forside', url: '/', source: 'Tværprofessionelt samarbejde' },
  // A theme without a web: the spider-web tool's result sheet deliberately starts a page of its own.
  { type: 'tema', url: '/temaer/oekonomi-og-incitamenter/', source: '«Økonomi og incitamenter» fra Skole og det børnesociale område' },
  { type: 'kapitel', url: '/publikationer/kunsten-at-lede-paa-tvaers/fire-krav-til-ledelse-af-samarbejde/', source: /KILDE .*«Kunsten at lede på tværs» Væksthus for Ledelse/ },
  { type: 'erfaring', url: '/erfaringer/odense-samarbejdsaftale/', source: /KILDE .*«Tværprofessionelt samarbejde – om udsatte børn og unge» Undervisningsministeriet/ },
  { type: 'værktøj', url: '/vaerktoejer/metode-1-prioriter-fokuspunkterne/', source: /KILDE .*«Ledelse på tværs» Væksthus for Ledelse/ },
  { type: 'kommune', url: '/kommuner/odense/', source: 'Tværprofessionelt samarbejde' },
  { type: 'publikation', url: '/publikationer/skole-og-socialomraade/', source: 'Social- og Boligstyrelsen' },
] as const satisfies readonly { type: string; url: string; source: string | RegExp }[];

/** How far down each page the printed content reaches, as a share of the page height (0–1), from a grey PNG. */
function filled(pdfFile: string, pages: number): number[] {
  const out: number[] = [];
  for (let n = 1; n <= pages; n++) {
    const base = join(tmp, `fill-${n}`);
    execFileSync('pdftoppm', ['-gray', '-r', '24', '-f', String(n), '-l', String(n), '-singlefile', pdfFile, base]);
    const pgm = readFileSync(`${base}.pgm`);
    // P5 header: magic, width, height, maxval, each followed by whitespace.
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
    const [w, h] = [Number(header[1]), Number(header[2])];
    const data = pgm.subarray(header[0].length);
    let last = 0;
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) if (data[y * w + x]! < 200) { last = y; break; }
    }
    out.push(last / h);
  }
  return out;
}

describe('print', () => {
  it.each(PAGES)('$type ($url) prints its title, source, address and date, without chrome or half-empty pages', async ({ url, source }) => {
    const { page } = await openPage(browser, url);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['.site-header', '.site-footer', '.breadcrumbs', 'button', '.pager', 'form']) {
      const visible = await page.locator(sel).evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none' && (e as HTMLElement).offsetParent !== null).length);
      expect(visible, sel).toBe(0);
    }
    const title = flat(await page.locator('h1').first().innerText());
    const file = join(tmp, `${url.replace(/\W+/g, '_') || 'index'}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    const pageText = (n: number) => flat(execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' }));
    const text = Array.from({ length: pages }, (_, i) => pageText(i + 1)).join(' ');

    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pageText(1)).toContain(title);
    if (typeof source === 'string') expect(text).toContain(source); else expect(text).toMatch(source);
    // pdftotext joins a word broken after a hyphen at a line end, so hyphens are left out of the comparison.
    const unhyphen = (s: string) => s.replace(/-/g, '');
    const stamp = unhyphen(`Udskrevet fra Ledelse på tværs · ${baseUrl()}${url} · den ${dateDa(new Date())}`);
    expect(unhyphen(pageText(pages)), 'the last page says where and when').toContain(stamp);
    expect(unhyphen(text).split(stamp).length - 1, 'the stamp once').toBe(1);
    for (const word of ['Gå til indhold', 'Hovedmenu', 'Søg i alle publikationer', 'Henter', 'Indlæser', '[object Object]', 'undefined', 'NaN']) expect(text, word).not.toContain(word);

    // Every page but the last is at least half full: no box jumped to the next page and left a gap.
    const reach = filled(file, pages);
    const gaps = reach.slice(0, -1).map((r, i) => ({ page: i + 1, reach: Math.round(r * 100) })).filter((p) => p.reach < 50);
    expect(gaps, `pages ending above the middle (of ${pages})`).toEqual([]);

    // Nothing wider than the printable A4 width (210 mm − 2 × 16 mm ≈ 672 CSS px).
    await page.setViewportSize({ width: 672, height: 1000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('without JavaScript the printout still says where it comes from and which edition it is', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const { page } = await openPage(context, '/erfaringer/odense-samarbejdsaftale/');
      await page.emulateMedia({ media: 'print' });
      const file = join(tmp, 'nojs.pdf');
      writeFileSync(file, await page.pdf({ format: 'A4' }));
      const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
      expect(text).toMatch(/Udskrevet fra Ledelse på tværs · \/erfaringer\/odense-samarbejdsaftale\/ · Sidens udgave \d{1,2}\. \p{L}+ \d{4}/u);
    } finally {
      await context.close();
    }
  });
});
