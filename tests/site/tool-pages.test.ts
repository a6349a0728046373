/**
 * Tool first: on each of the three tool pages the interactive tool is in view on arrival (desktop and tablet),
 * with the method's purpose, time and participants from the tool's front matter above it and the method's text
 * after it; links from chapters land on the tool with the right web; the tools index gives the three facts.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, openPage } from '../support/browser';

const TOOLS = [
  { id: 'borgerrejse', path: '/vaerktoejer/borgerrejse/' },
  { id: 'spindelvaev', path: '/vaerktoejer/spindelvaev/' },
  { id: '5f', path: '/vaerktoejer/5f/' },
] as const;
const VIEWPORTS = [{ width: 1366, height: 900 }, { width: 820, height: 1180 }] as const;
/** At least this much of the tool is on screen on arrival, not just its top border. */
const MIN_VISIBLE = 240;

interface Facts { formaal?: string; varighed: string | null; deltagere: string | null }
function facts(id: string): string[] {
  const text = readFileSync(`content/vaerktoejer/${id}.mdx`, 'utf8');
  const fm = parse(text.split(/^---$/m)[1]!) as Facts;
  return [fm.formaal ?? '', fm.varighed ?? 'Ikke angivet i kilden', fm.deltagere ?? 'Ikke angivet i kilden'];
}

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

describe('tool pages, tool first', () => {
  for (const vp of VIEWPORTS) {
    it.each(TOOLS)(`shows the tool on arrival at ${vp.width}×${vp.height}: $id`, async ({ id, path }) => {
      const context = await browser.newContext({ viewport: vp });
      const w = await openPage(context, path);
      await w.page.locator('#vaerktoej').waitFor();
      const box = await w.page.evaluate(() => {
        const rect = (s: string) => { const r = document.querySelector(s)!.getBoundingClientRect(); return { top: r.top + scrollY, bottom: r.bottom + scrollY }; };
        return { tool: rect('#vaerktoej'), facts: rect('.tool-facts'), body: rect('.source-page__body'), scrollY, innerHeight };
      });
      console.log(`${id} ${vp.width}×${vp.height}: værktøjet starter ${Math.round(box.tool.top)} px nede`);
      expect(box.scrollY).toBe(0);
      expect(box.tool.top).toBeLessThanOrEqual(box.innerHeight - MIN_VISIBLE);
      expect(box.facts.bottom).toBeLessThanOrEqual(box.tool.top);
      expect(box.body.top).toBeGreaterThanOrEqual(box.tool.bottom);
      const shown = await w.page.locator('.tool-facts dd').allTextContents();
      expect(shown.map((s) => s.trim())).toEqual(facts(id));
      expect(w.consoleErrors).toEqual([]);
      await context.close();
    });
  }

  it('lands a chapter\'s link on the tool with that theme\'s web chosen', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[0] });
    const w = await openPage(context, '/publikationer/tvaerprofessionelt-samarbejde/tema-5-effekt/');
    const link = w.page.locator('main a[href*="/vaerktoejer/spindelvaev/"][href$="#vaerktoej"]').first();
    expect(await link.getAttribute('href')).toBe('/vaerktoejer/spindelvaev/?tema=effekt#vaerktoej');
    // The link may sit in the folded «Om gengivelsen»; following its address is what a click does.
    await w.page.goto(baseUrl() + (await link.getAttribute('href'))!, { waitUntil: 'networkidle' });
    await w.page.locator('#vaerktoej select').first().waitFor();
    await expect.poll(() => w.page.locator('#vaerktoej select').first().inputValue(), { timeout: 20_000 }).toBe('effekt');
    const top = await w.page.evaluate(() => document.querySelector('#vaerktoej')!.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(40);
    await context.close();
  }, 90_000);

  it('lists purpose, time and participants for every interactive tool on the tools index', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[1] });
    const w = await openPage(context, '/vaerktoejer/');
    for (const { id, path } of TOOLS) {
      const item = w.page.locator(`.tool-list__item[data-tool="${id}"]`);
      expect(await item.locator('.tool-facts dt').allTextContents()).toEqual(['Formål', 'Tid', 'Deltagere']);
      expect((await item.locator('.tool-facts dd').allTextContents()).map((s) => s.trim())).toEqual(facts(id));
      expect(await item.locator('h3 a').getAttribute('href')).toBe(`${path}#vaerktoej`);
    }
    await context.close();
  });
});
