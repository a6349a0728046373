/**
 * The spider-web island in Chromium against the built site: keyboard rating, persistence, team codes,
 * rounds, the three-choice rule, bad input, print, and axe in each state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, formatViolations, launch, openPage, runAxe, type Watched } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const THEME = '/temaer/ledelse/';
const TOOL = '/vaerktoejer/spindelvaev/';
const KEY = 'ledelse-paa-tvaers:spindelvaev:ledelse';

async function context(): Promise<BrowserContext> {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  ctx.on('dialog', () => {}); // dialogs are answered per test
  return ctx;
}

/** Opens a page, scrolls the island into view (it hydrates on visible) and waits until it has read its data. */
async function openIsland(ctx: BrowserContext, path: string): Promise<Watched> {
  const w = await openPage(ctx, path);
  await w.page.locator('[data-island="spindelvaev"]').scrollIntoViewIfNeeded();
  await w.page.waitForSelector('astro-island:not([ssr]) .sv-tool', { timeout: 20_000 });
  await w.page.waitForTimeout(150);
  return w;
}

async function expectAxeClean(page: Page) {
  const v = await runAxe(page, '.sv');
  expect(v, formatViolations(v)).toEqual([]);
}

/** The value shown in the numbers table for a statement, in the given column (0 = first series). */
async function cell(page: Page, statement: string, column = 0): Promise<string> {
  const row = page.locator('.sv-table tbody tr', { has: page.locator(`th[scope="row"]:text-is("${statement}")`) });
  return (await row.locator('td.sv-table__n').nth(column).innerText()).trim();
}

/** Rates the given statements by keyboard only, starting from the name field. Values in web order. */
async function rateByKeyboard(page: Page, values: number[]) {
  await page.getByLabel('Hvem vurderer nu?').focus();
  await page.keyboard.press('Tab'); // «Næste deltager» is disabled until something is rated, so this lands in 1.1
  for (const [i, v] of values.entries()) {
    if (i > 0) await page.keyboard.press('Tab');
    for (let k = 0; k <= v; k++) await page.keyboard.press('ArrowRight'); // from «ikke vurderet»: 0, 1, …
  }
  await page.waitForTimeout(400); // autosave
}

async function stored(page: Page): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), KEY);
}

describe('spindelvæv: rating and persistence', () => {
  it.each([[1366, 900], [820, 1180], [390, 844]])('at %i×%i the scale «–», 0 … 10 sits in one row, each target ≥ 24 px', async (width, height) => {
    const ctx = await browser.newContext({ viewport: { width, height } });
    const w = await openIsland(ctx, '/vaerktoejer/spindelvaev/?tema=ledelse');
    const boxes = await w.page.locator('fieldset.sv-rating').first().locator('.sv-rating__opt > span').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), w: r.width, h: r.height })));
    expect(boxes).toHaveLength(12);
    expect(new Set(boxes.map((b) => b.top)).size, `${width} px: alle tolv valg på én linje`).toBe(1);
    expect(Math.min(...boxes.map((b) => Math.min(b.w, b.h)))).toBeGreaterThanOrEqual(24);
    await ctx.close();
  });
  it('rates by keyboard only, shows the numbers, survives a reload, and passes axe', async () => {
    const ctx = await context();
    const w = await openIsland(ctx, THEME);
    const { page } = w;
    expect(await cell(page, '1.1')).toMatch(/ikke vurderet/);
    await rateByKeyboard(page, [7, 0, 10]);
    expect(await page.locator('fieldset[data-statement="1.1"] input:checked').evaluate((el) => (el as HTMLInputElement).value)).toBe('7');
    expect(await cell(page, '1.1')).toBe('7');
    expect(await cell(page, '1.2')).toBe('0'); // 0 is a rating …
    expect(await cell(page, '1.3')).toBe('10');
    expect(await cell(page, '2.1')).toMatch(/ikke vurderet/); // … unrated is not
    expect(await page.locator('canvas[role="img"]').getAttribute('aria-label')).toContain('1.1: 7, 1.2: 0, 1.3: 10');
    await expectAxeClean(page);

    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('[data-island="spindelvaev"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('astro-island:not([ssr]) .sv-tool');
    await expect.poll(() => cell(page, '1.1')).toBe('7');
    expect(await cell(page, '1.2')).toBe('0');
    expect(await page.locator('fieldset[data-statement="1.3"] input:checked').evaluate((el) => (el as HTMLInputElement).value)).toBe('10');
    expect(w.consoleErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await ctx.close();
  });

  it('keeps edits from two tabs', async () => {
    const ctx = await context();
    const a = await openIsland(ctx, THEME);
    await rateByKeyboard(a.page, [3]);
    const b = await openIsland(ctx, THEME);
    await expect.poll(() => cell(b.page, '1.1')).toBe('3');
    await b.page.locator('fieldset[data-statement="1.2"] label').nth(6).click(); // 5
    await b.page.waitForTimeout(400);
    await expect.poll(() => cell(a.page, '1.2')).toBe('5'); // tab A adopts tab B's save
    await a.page.locator('fieldset[data-statement="1.3"] label').nth(3).click(); // 2
    await a.page.waitForTimeout(400);
    const doc = JSON.parse((await stored(a.page))!);
    expect(doc.data.participants[0].ratings).toEqual({ 'led-01': 3, 'led-02': 5, 'led-03': 2 });
    await ctx.close();
  });

  it('picks the theme on the tool page, also from ?tema=', async () => {
    const ctx = await context();
    const { page } = await openIsland(ctx, `${TOOL}?tema=organisering`);
    await expect.poll(() => page.getByLabel('Vælg tema').inputValue()).toBe('organisering');
    await page.getByLabel('Vælg tema').selectOption('deltagelse');
    expect(page.url()).toContain('tema=deltagelse');
    await expect.poll(() => page.locator('.sv-title').innerText()).toMatch(/Deltagelse/);
    await expectAxeClean(page);
    await ctx.close();
  });
});

describe('spindelvæv: a team without a server', () => {
  async function participantCode(name: string, values: number[]): Promise<string> {
    const ctx = await context();
    const { page } = await openIsland(ctx, THEME);
    await page.getByLabel('Hvem vurderer nu?').fill(name);
    await rateByKeyboard(page, values);
    await page.getByText('Vurderer I på hver jeres enhed?').click();
    const code = await page.getByLabel('Din kode').inputValue();
    const link = await page.getByLabel('Eller som link').inputValue();
    expect(link).toContain(`#deltager=`);
    await ctx.close();
    return code;
  }

  it('merges two participants\' codes into a team view with mean, spread and disagreement', async () => {
    const anne = await participantCode('Anne', [2, 5, 8]);
    const bo = await participantCode('Bo', [9, 6]);
    const ctx = await context();
    const w = await openIsland(ctx, THEME);
    const { page } = w;
    await page.getByText('Mødeleder: tilføj en deltagers kode').click();
    const input = page.getByLabel('Deltagerens kode eller link');

    await input.fill('SV1-0000-1111');
    await page.getByRole('button', { name: 'Tilføj til teamet' }).click();
    await expect.poll(() => page.locator('.sv-add [role="status"]').innerText()).toMatch(/Koden blev ikke tilføjet:/);
    await input.fill(anne.slice(0, -3) + (anne.at(-3) === 'A' ? 'B' : 'A') + anne.slice(-2));
    await page.getByRole('button', { name: 'Tilføj til teamet' }).click();
    await expect.poll(() => page.locator('.sv-add [role="status"]').innerText()).toMatch(/ikke tilføjet/);
    expect(await stored(page)).toBeNull(); // nothing added
    await expectAxeClean(page);

    for (const code of [anne, bo]) {
      await input.fill(code);
      await page.getByRole('button', { name: 'Tilføj til teamet' }).click();
    }
    await expect.poll(() => page.locator('.sv-add [role="status"]').innerText()).toMatch(/Bos vurderinger .* tilføjet/);
    await page.getByRole('button', { name: 'Næste trin' }).click();
    await expect.poll(() => cell(page, '1.1')).toBe('5,5');
    expect(await cell(page, '1.1', 1)).toBe('2–9');
    expect(await cell(page, '1.3')).toBe('8');
    const hot = page.locator('.sv-table tr.sv-hot th[scope="row"]');
    expect(await hot.allInnerTexts()).toEqual(['1.1']);
    await expect.poll(() => page.locator('.sv-panel').innerText()).toMatch(/mest uenige om udsagn 1\.1/);
    await expectAxeClean(page);
    // Revealed: each person's own web over the mean, in the legend (line and point named) and as table columns.
    const legend = () => page.locator('.sv-legend li').allInnerTexts();
    expect(await legend()).toHaveLength(1);
    await page.getByLabel('Vis hver deltagers spindelvæv oven på gennemsnittet').check();
    await expect.poll(legend).toEqual([expect.stringMatching(/^Anne/), expect.stringMatching(/^Bo/), expect.stringMatching(/gennemsnit/)]);
    const heads = await page.locator('.sv-table thead th').allInnerTexts();
    expect(heads).toEqual(expect.arrayContaining(['Anne', 'Bo']));
    expect(await page.locator('.sv-table tbody tr').first().locator('td.sv-table__n').allInnerTexts()).toEqual(['2', '9', '5,5', '2–9']);
    await expectAxeClean(page);
    await page.getByLabel('Vis hver deltagers spindelvæv oven på gennemsnittet').uncheck();
    await expect.poll(legend).toHaveLength(1);
    // Back in step 1 (rating in turn) the others' numbers are covert again: no reveal offered.
    await page.getByRole('button', { name: 'Forrige trin' }).click();
    expect(await page.getByLabel('Vis hver deltagers spindelvæv oven på gennemsnittet').count()).toBe(0);
    expect(w.foreignRequests).toEqual([]);
    await ctx.close();
  }, 150_000);

  it('adds a participant from a link (code in the fragment) and removes the code from the address', async () => {
    const code = await participantCode('Cecilie', [4]);
    const ctx = await context();
    const { page } = await openIsland(ctx, `${THEME}#deltager=${encodeURIComponent(code)}`);
    await expect.poll(() => page.locator('.sv-tool .island-alert').first().innerText()).toMatch(/Cecilie/);
    expect(page.url()).not.toContain('deltager=');
    await expectAxeClean(page);
    await page.getByRole('button', { name: 'Tilføj til teamet' }).first().click();
    await page.getByRole('button', { name: 'Næste trin' }).click();
    await expect.poll(() => cell(page, '1.1')).toBe('4');
    await ctx.close();
  });

  it('rates covertly in turn on one device', async () => {
    const ctx = await context();
    const { page } = await openIsland(ctx, THEME);
    await rateByKeyboard(page, [8]);
    await page.getByRole('button', { name: 'Næste deltager' }).click();
    expect(await cell(page, '1.1')).toMatch(/ikke vurderet/); // the first participant's rating is hidden
    expect(await page.locator('fieldset[data-statement="1.1"] input:checked').evaluate((el) => (el as HTMLInputElement).value)).toBe('');
    await rateByKeyboard(page, [2]);
    await page.getByRole('button', { name: 'Næste trin' }).click();
    await expect.poll(() => cell(page, '1.1')).toBe('5');
    await ctx.close();
  });
});

describe('spindelvæv: the guided steps', () => {
  it('requires exactly three statements in step 3, and prints a worksheet with them and the plan', async () => {
    const ctx = await context();
    const { page } = await openIsland(ctx, THEME);
    await rateByKeyboard(page, [3, 6, 4]);
    await page.getByRole('button', { name: /Vælg tre udsagn/ }).click();
    const boxes = page.locator('.sv-choose input[type="checkbox"]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole('button', { name: 'Næste trin' }).click();
    await expect.poll(() => page.locator('.sv-choice-error').innerText()).toMatch(/Vælg præcis 3 udsagn.*mangler et/);
    expect(await page.locator('.sv-panel h3').innerText()).toMatch(/Trin 3/);
    await boxes.nth(2).check();
    await boxes.nth(3).click();
    await expect.poll(() => page.locator('.sv-choice-error').innerText()).toMatch(/allerede valgt 3/);
    expect(await boxes.nth(3).isChecked()).toBe(false);
    await expectAxeClean(page);
    await page.getByRole('button', { name: 'Næste trin' }).click();
    expect(await page.locator('.sv-panel h3').innerText()).toMatch(/Trin 4/);
    await page.getByLabel(/Det vil barnet/).fill('Forældrene <b>mærker</b> en fast kontaktperson');
    await page.getByRole('button', { name: 'Næste trin' }).click();
    await page.getByLabel('Det skal der til').fill('Tid på teammødet');
    await page.getByRole('button', { name: 'Næste trin' }).click();
    await page.getByRole('button', { name: 'Tilføj et punkt til planen' }).click();
    await page.getByLabel('Hvad').fill('Fast punkt på dagsordenen');
    await page.getByLabel('Hvem').fill('Teamlederen');
    await page.getByLabel('Hvornår').fill('Uge 12');
    await expectAxeClean(page);
    // Text is shown as text.
    expect(await page.locator('.sv-worksheet').innerText()).toContain('Forældrene <b>mærker</b> en fast kontaktperson');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.sv-worksheet').isVisible()).toBe(true);
    expect(await page.locator('.sv-chart canvas').isVisible()).toBe(true);
    expect(await page.locator('.sv-table').isVisible()).toBe(true);
    expect(await page.locator('.sv-rating').first().isVisible()).toBe(false);
    expect(await page.locator('.sv .island-data').isVisible()).toBe(false);
    const ws = await page.locator('.sv-worksheet').innerText();
    expect(ws).toMatch(/1\.1[\s\S]*1\.2[\s\S]*1\.3/);
    expect(ws).toMatch(/Fast punkt på dagsordenen\s+Teamlederen\s+Uge 12/);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(20_000);
    await ctx.close();
  });

  it('prints a blank worksheet alone: the empty web with the statements', async () => {
    const ctx = await context();
    const { page } = await openIsland(ctx, THEME);
    await page.evaluate(() => { window.print = () => { (window as unknown as { printed: boolean }).printed = true; }; });
    await page.getByRole('button', { name: 'Udskriv tomt arbejdsark' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: boolean }).printed)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const blank = page.locator('#sv-blank-ledelse');
    expect(await blank.isVisible()).toBe(true);
    expect(await blank.locator('svg[role="img"] line').count()).toBeGreaterThan(10);
    expect(await blank.locator('.sv-blank__list li').count()).toBe(await page.locator('.sv-rating').count());
    expect(await page.locator('.sv-tool').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(false);
    await ctx.close();
  });
});

describe('spindelvæv: rounds over time', () => {
  it('saves two dated rounds and shows both on the chart and in the change table', async () => {
    const ctx = await context();
    const { page } = await openIsland(ctx, THEME);
    page.on('dialog', (d) => void d.accept());
    await rateByKeyboard(page, [3, 5]);
    await page.getByLabel('Rundens dato').fill('2026-01-10');
    await page.getByLabel(/^Navn/).fill('Start');
    await page.getByRole('button', { name: 'Gem vurderingen som runde' }).click();
    await expect.poll(() => page.locator('.sv-message').innerText()).toMatch(/Runden 10\.1\.2026 er gemt/);
    await page.getByRole('button', { name: 'Start en ny vurdering' }).click();
    expect(await cell(page, '1.1')).toBe('3'); // the saved round still shows
    await rateByKeyboard(page, [7, 4]);
    await page.getByLabel('Rundens dato').fill('2026-06-01');
    await page.getByRole('button', { name: 'Gem vurderingen som runde' }).click();
    await expect.poll(() => page.locator('.sv-legend li').allInnerTexts()).toEqual([
      expect.stringContaining('Runde 10.1.2026 (Start)'),
      expect.stringContaining('Runde 1.6.2026'),
    ]);
    // Not colour alone: each round has its own line pattern, named for screen readers.
    expect(await page.locator('.sv-legend li').nth(0).innerText()).not.toBe(await page.locator('.sv-legend li').nth(1).innerText());
    const dashes = await page.locator('.sv-legend svg line').evaluateAll((ls) => ls.map((l) => l.getAttribute('stroke-dasharray')));
    expect(new Set(dashes).size).toBe(2);
    expect(await cell(page, '1.1', 0)).toBe('3');
    expect(await cell(page, '1.1', 1)).toBe('7');
    expect(await cell(page, '1.1', 2)).toBe('↑ +4');
    expect(await cell(page, '1.2', 2)).toBe('↓ −1');
    await expectAxeClean(page);
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('[data-island="spindelvaev"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('astro-island:not([ssr]) .sv-tool');
    await expect.poll(() => page.locator('.sv-roundlist li').count()).toBe(2);
    await ctx.close();
  });
});

describe('spindelvæv: bad input leaves the data intact', () => {
  const envelope = (data: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ format: 'ledelse-paa-tvaers', tool: 'spindelvaev', version: 2, savedAt: '2026-02-01T10:00:00.000Z', data, ...extra });
  const empty = { tema: 'ledelse', participants: [], notes: {}, chosen: [], noticed: '', requires: '', plan: [], rounds: [] };
  const cases: [string, string, RegExp][] = [
    ['not JSON', 'dette er ikke json', /ikke gyldig JSON/],
    ['wrong shape', envelope({ ...empty, participants: 'Anne' }), /participants.*liste/],
    ['another theme', envelope({ ...empty, tema: 'organisering' }), /temaet «organisering», ikke «ledelse»/],
    ['out of range', envelope({ ...empty, participants: [{ id: 'p', name: '', ratings: { '1.1': 12 } }] }), /mellem 0 og 10/],
    ['larger than 1 MB', envelope({ ...empty, noticed: 'x'.repeat(1_100_000) }), /for stor/],
    ['a control character', envelope({ ...empty, notes: { '1.1': 'a\u0000' } }), /usynligt styretegn/],
  ];

  it('rejects each bad file with a Danish message, then merges a good one (with undo)', async () => {
    const ctx = await context();
    const w = await openIsland(ctx, THEME);
    const { page } = w;
    await rateByKeyboard(page, [6]);
    const before = await stored(page);
    const file = page.locator('.sv .island-data input[type="file"]');
    for (const [name, text, message] of cases) {
      await file.setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => page.locator('.sv .sv-message [role="status"]').innerText(), { message: name }).toMatch(message);
      expect(await page.locator('.sv .sv-message [role="status"]').innerText()).toMatch(/ikke indlæst.*Intet er ændret/s);
      expect(await stored(page), name).toBe(before);
      expect(await cell(page, '1.1'), name).toBe('6');
    }
    await expectAxeClean(page);
    expect(await page.evaluate(() => document.querySelector('img[src="x"]'))).toBeNull();
    // A valid file (version 2, as the previous code exported it) is merged in, not replacing the data, and can be undone.
    const good = envelope({ ...empty, participants: [{ id: 'p', name: 'Import', ratings: { '1.1': 1 } }] });
    await file.setInputFiles({ name: 'god.json', mimeType: 'application/json', buffer: Buffer.from(good) });
    await expect.poll(() => page.locator('.sv-message').innerText()).toMatch(/flettet ind: 1 deltager er tilføjet/);
    await page.getByRole('button', { name: 'Næste trin' }).click();
    await expect.poll(() => cell(page, '1.1')).toBe('3,5'); // the team mean of 6 and 1
    await page.getByRole('button', { name: 'Fortryd import' }).click();
    await expect.poll(() => cell(page, '1.1')).toBe('6');
    expect(w.consoleErrors).toEqual([]);
    await ctx.close();
  }, 150_000);

  it('exports, deletes with confirmation and undoes', async () => {
    const ctx = await context();
    const { page } = await openIsland(ctx, THEME);
    await rateByKeyboard(page, [4]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportér som fil' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^spindelvaev-\d{4}-\d{2}-\d{2}\.json$/);
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: 'Slet alt i dette spindelvæv' }).click();
    expect(await cell(page, '1.1')).toBe('4'); // declined: nothing deleted
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Slet alt i dette spindelvæv' }).click();
    await expect.poll(() => cell(page, '1.1')).toMatch(/ikke vurderet/);
    expect(await stored(page)).toBeNull();
    await page.getByRole('button', { name: 'Fortryd sletning' }).click();
    await expect.poll(() => cell(page, '1.1')).toBe('4');
    await ctx.close();
  });

  it('starts clean on corrupted saved data, says so and offers the raw data', async () => {
    const ctx = await context();
    await ctx.addInitScript(([k]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k!, '{"format":"ledelse-paa-tvaers", oops'); sessionStorage.setItem('seeded', '1'); } }, [KEY]);
    const { page } = await openIsland(ctx, THEME);
    const alert = page.locator('.sv [role="alert"]', { hasText: 'De gemte data kunne ikke læses' });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await cell(page, '1.1')).toMatch(/ikke vurderet/);
    await expectAxeClean(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download de beskadigede data' }).click()]);
    const raw = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
    expect(raw).toBe('{"format":"ledelse-paa-tvaers", oops');
    await ctx.close();
  });
});

describe('spindelvæv: loading', () => {
  it('loads its JavaScript only on pages that use it, when scrolled into view, and chart.js only then', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 700 } });
    const page = await ctx.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.url().endsWith('.js')) scripts.push(r.url()); });
    await page.goto(baseUrl() + '/om/', { waitUntil: 'networkidle' });
    expect(scripts.filter((s) => /Spindelvaev|chart|radar/i.test(s))).toEqual([]);
    await page.goto(baseUrl() + THEME, { waitUntil: 'networkidle' });
    const ours = () => scripts.filter((s) => /SpindelvaevIsland|radarSetup/.test(s)).map((s) => s.replace(/^.*\/(\w+)\.[^/]*$/, '$1')).sort();
    // Not hydrated yet: it says so and shows no control that would lose what is typed.
    expect(await page.locator('astro-island[ssr] .sv-loading').count()).toBe(1);
    expect(await page.locator('astro-island[ssr] input, astro-island[ssr] button').count()).toBe(0);
    expect(ours()).toEqual([]);
    await page.locator('[data-island="spindelvaev"]').scrollIntoViewIfNeeded();
    await page.waitForSelector('astro-island:not([ssr]) .sv-tool');
    await page.waitForLoadState('networkidle');
    expect(ours()).toEqual(['SpindelvaevIsland', 'radarSetup']);
    await ctx.close();
  });
});
