/**
 * The team feature end to end for every theme: a participant rates on the tool page of that theme, sends the
 * link, and the facilitator's page opens at the «Tilføj til teamet?» prompt and merges the ratings into the team.
 * Also two windows editing at once: a save from one window arriving while the other has an unsaved change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch } from '../support/browser';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const THEMES = ['ledelse', 'organisering', 'deltagelse', 'effekt', 'de-gode-moeder', 'fagligheder-og-lovgivning'];

async function hydrated(page: Page) {
  await page.waitForSelector('astro-island:not([ssr]) .sv-tool', { timeout: 30_000 });
}

describe('spindelvæv: share links for every theme', () => {
  it.each(THEMES)('a participant\u2019s link for «%s» reaches the facilitator\u2019s team', async (tema) => {
    const participant = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const p = await participant.newPage();
    await p.goto(`${baseUrl()}/vaerktoejer/spindelvaev/?tema=${tema}`, { waitUntil: 'networkidle' });
    await hydrated(p);
    await p.getByLabel('Hvem vurderer nu?').fill('Dorte');
    await p.locator('fieldset[data-statement="1.1"] label').nth(8).click(); // 7
    await p.locator('fieldset[data-statement="2.1"] label').nth(3).click(); // 2
    await p.getByText('Vurderer I på hver jeres enhed?').click();
    const link = await p.getByLabel('Eller som link').inputValue();
    expect(link).toContain(`tema=${tema}`);
    expect(link).toContain('#deltager=SV2-');
    await participant.close();

    const facilitator = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const f = await facilitator.newPage();
    await f.goto(link.replace(/^https?:\/\/[^/]+/, baseUrl()), { waitUntil: 'networkidle' });
    await hydrated(f);
    const prompt = f.locator('.sv-incoming');
    await expect.poll(() => prompt.innerText()).toMatch(/vurderingerne fra Dorte \(2 udsagn\)/);
    const box = await prompt.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 900, 'the prompt is in view on arrival').toBe(true);
    expect(f.url()).not.toContain('deltager=');
    await f.getByRole('button', { name: 'Tilføj til teamet' }).first().click();
    await f.getByRole('button', { name: 'Næste trin' }).click();
    const row = (n: string) => f.locator('.sv-table tbody tr', { has: f.locator(`th[scope="row"]:text-is("${n}")`) }).locator('td.sv-table__n').first();
    await expect.poll(() => row('1.1').innerText()).toBe('7');
    await expect.poll(() => row('2.1').innerText()).toBe('2');
    // Autosave follows the change after a short delay: wait for it rather than read too early.
    const stored = async () => JSON.parse((await f.evaluate((k) => localStorage.getItem(k), `ledelse-paa-tvaers:spindelvaev:${tema}`)) ?? 'null');
    await expect.poll(async () => (await stored())?.data.participants.length).toBe(1);
    expect((await stored()).data.tema).toBe(tema);
    await facilitator.close();
  }, 120_000);
});

describe('spindelvæv: two windows', () => {
  it('a save from the other window arriving while this one types: both edits are kept, and both windows show them', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const KEY = 'ledelse-paa-tvaers:spindelvaev:ledelse';
    const [a, b] = [await ctx.newPage(), await ctx.newPage()];
    for (const page of [a, b]) {
      await page.goto(`${baseUrl()}/vaerktoejer/spindelvaev/?tema=ledelse`, { waitUntil: 'networkidle' });
      await hydrated(page);
    }
    await a.getByLabel('Hvem vurderer nu?').fill('Anne');
    await a.waitForTimeout(600);
    await b.reload({ waitUntil: 'networkidle' });
    await hydrated(b);
    await expect.poll(() => b.getByLabel('Hvem vurderer nu?').inputValue()).toBe('Anne');
    // A types a note in step 2, key by key, while B rates: B's save lands in the middle of A's typing.
    await a.getByRole('button', { name: 'Næste trin' }).click();
    await Promise.all([
      a.locator('textarea').first().pressSequentially('Vi mangler fælles mål', { delay: 40 }),
      b.waitForTimeout(200).then(() => b.locator('fieldset[data-statement="1.2"] label').nth(6).click()), // 5 (saved by B)
    ]);
    const saved = async () => JSON.parse((await a.evaluate((k) => localStorage.getItem(k), KEY))!).data;
    await expect.poll(async () => (await saved()).notes).toEqual({ 'led-01': 'Vi mangler fælles mål' });
    expect((await saved()).participants[0].ratings).toEqual({ 'led-02': 5 });
    expect(await a.locator('textarea').first().inputValue()).toBe('Vi mangler fælles mål');
    await expect.poll(() => b.evaluate(() => document.querySelector('.sv-tool')?.textContent ?? '')).toContain('Anne');
    await b.getByRole('button', { name: 'Næste trin' }).click();
    await expect.poll(() => b.locator('textarea').first().inputValue()).toBe('Vi mangler fælles mål');
    await ctx.close();
  }, 120_000);
});
