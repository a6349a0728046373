/**
 * The 5F island in the built site (dist/), driven in Chromium: plan a session, run the countdown through a phase,
 * capture in every phase by keyboard only, reorder action rows, reload, import/export, print, axe in each state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { formatViolations, launch, openPage, runAxe, type Watched } from '../support/browser';

const PATH = '/vaerktoejer/5f/';
const KEY = 'ledelse-paa-tvaers:5f:standard';
let browser: Browser;

beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

async function ready(page: Page) {
  await page.locator('.island-slot[data-island="femf"]').scrollIntoViewIfNeeded();
  await page.locator('.femf-sessions').waitFor();
}

async function open(context: BrowserContext): Promise<Watched> {
  const w = await openPage(context, PATH);
  await ready(w.page);
  return w;
}

async function reload(page: Page) {
  await page.reload({ waitUntil: 'networkidle' });
  await ready(page);
}

async function saved(page: Page) {
  // Autosave runs 250 ms after the last edit.
  await page.waitForTimeout(400);
}

async function axeClean(page: Page, state: string) {
  const v = await runAxe(page);
  expect(v, `axe i tilstanden «${state}»:\n${formatViolations(v)}`).toEqual([]);
}

function clean(w: Watched) {
  expect(w.consoleErrors, 'konsolfejl').toEqual([]);
  expect(w.foreignRequests, 'forespørgsler til andre servere').toEqual([]);
}

/** Presses Tab (or Shift+Tab) until `target` has focus: keyboard-only navigation. */
async function tabTo(page: Page, target: Locator, back = false, max = 80) {
  await target.waitFor({ timeout: 5000 });
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 5000 })) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab nåede ikke frem til ${target}`);
}

const seconds = (clock: string | null) => { const [m, s] = (clock ?? '').split(':').map(Number); return m! * 60 + s!; };
const island = (page: Page) => page.locator('.femf');
const status = (page: Page) => page.locator('.femf-notice__text');
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return { text: el?.textContent ?? '', id: el?.id ?? '', label: el?.getAttribute('aria-label') ?? '' };
});

describe('5F: plan', () => {
  it('plans total time, phases, theme and groups, and explains impossible times', async () => {
    const context = await browser.newContext();
    const w = await open(context);
    const { page } = w;
    await axeClean(page, 'planlæg, tom');

    await page.getByLabel('Samlet tid').selectOption({ label: '4 t' });
    const phases = ['1. Fokuser', '2. Forstå', '3. Forestil', '4. Fastslå', '5. Frigør'];
    const minutes = async () => Promise.all(phases.map(async (p) => Number(await page.getByLabel(p, { exact: true }).inputValue())));
    expect((await minutes()).reduce((a, b) => a + b, 0)).toBe(240);
    await expect.poll(() => page.locator('.femf-plan-status').textContent()).toContain('Tidsplanen går op: 4 t');

    const fokuser = page.getByLabel('1. Fokuser', { exact: true });
    await fokuser.fill('-5');
    expect(await fokuser.getAttribute('aria-invalid')).toBe('true');
    expect(await island(page).textContent()).toContain('Tiden kan ikke være negativ.');
    await fokuser.fill('300');
    expect(await island(page).textContent()).toContain('Fokuser kan ikke vare længere end hele forløbet (4 t).');
    expect(await page.locator('.femf-plan-status').textContent()).toContain('Tidsplanen går ikke op.');
    await fokuser.fill('60');
    expect(await page.locator('.femf-plan-status').textContent()).toMatch(/Faserne varer tilsammen 4 t \d+ min, men den samlede tid er 4 t: \d+ min for meget\./);
    await axeClean(page, 'planlæg, tider går ikke op');
    await page.getByRole('button', { name: /Tilpas de andre faser/ }).click();
    expect((await minutes())[0]).toBe(60);
    expect((await minutes()).reduce((a, b) => a + b, 0)).toBe(240);
    expect(await page.locator('.femf-plan-status').textContent()).toContain('Tidsplanen går op');

    await page.getByLabel('Sessionens tema').fill('Organisering og samarbejde');
    await page.getByRole('button', { name: 'Tilføj gruppe' }).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('Gruppe 2');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Skoleledere');
    await saved(page);
    await reload(page);
    expect(await page.getByLabel('Sessionens tema').inputValue()).toBe('Organisering og samarbejde');
    expect(await page.getByLabel('Navn på gruppe 2').inputValue()).toBe('Skoleledere');
    expect(Number(await page.getByLabel('1. Fokuser', { exact: true }).inputValue())).toBe(60);
    await axeClean(page, 'planlæg, udfyldt');
    clean(w);
    await context.close();
  });
});

describe('5F: run', () => {
  it('runs the countdown through a phase with pause, resume, warnings, next and back, surviving a reload', async () => {
    const context = await browser.newContext();
    await context.clock.install({ time: new Date('2026-11-23T09:00:00') });
    const w = await open(context);
    const { page } = w;
    await tab(page, '2. Kør').click();
    const clock = page.locator('.femf-stage__digits');
    const live = page.locator('p[aria-live="assertive"]');
    expect(await page.locator('.femf-presenter .femf-stage__name').textContent()).toBe('Fokuser');
    expect(await page.locator('.femf-stage__questions').textContent()).toContain('Hvorfor er det vigtigt for jer?');
    expect(await clock.textContent()).toBe('30:00');
    await axeClean(page, 'projektor, ikke startet');

    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.clock.fastForward('10:00');
    await expect.poll(() => clock.textContent()).toBe('20:00');
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.clock.fastForward('15:00');
    expect(await clock.textContent()).toBe('20:00');
    expect(await page.locator('.femf-stage__state').textContent()).toContain('På pause');
    await page.getByRole('button', { name: 'Fortsæt', exact: true }).click();

    await page.clock.fastForward('15:00');
    await expect.poll(() => live.textContent()).toBe('5 minutter tilbage af Fokuser.');
    expect(await page.locator('.femf-warning').textContent()).toContain('Snart tid');
    await axeClean(page, 'projektor, advarsel');

    // A reload (or a sleeping laptop) keeps the right time: the state holds timestamps.
    await saved(page);
    await reload(page);
    await tab(page, '2. Kør').click();
    // The fake clock keeps running in real time during the reload, so allow the few seconds it takes.
    await expect.poll(async () => seconds(await clock.textContent())).toBeGreaterThan(4 * 60 + 40);
    expect(seconds(await clock.textContent())).toBeLessThanOrEqual(5 * 60);
    await page.clock.fastForward('06:00');
    await expect.poll(() => live.textContent()).toContain('Tiden for Fokuser er gået');
    expect(await clock.textContent()).toMatch(/^\+01:\d\d$/);
    expect(await page.locator('.femf-warning').textContent()).toContain('Tiden er gået');

    await page.getByRole('button', { name: /Næste fase/ }).click();
    expect(await page.locator('.femf-presenter .femf-stage__name').textContent()).toBe('Forstå');
    expect(await page.locator('.femf-stage__kicker').textContent()).toBe('Fase 2 af 5');
    expect(await page.locator('.femf-stage__questions').textContent()).toContain('Hvornår lykkes I særlig godt?');
    await expect.poll(() => status(page).textContent()).toBe('Fase 2 af 5: Forstå.');
    expect(await page.locator('.femf-step[aria-current="step"]').textContent()).toContain('Forstå');
    await page.getByRole('button', { name: /Forrige fase/ }).click();
    expect(await page.locator('.femf-presenter .femf-stage__name').textContent()).toBe('Fokuser');
    expect(await clock.textContent()).toMatch(/^\+01:\d\d$/);

    // Through the last phase to the plenary.
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: /Næste fase/ }).click();
    expect(await page.locator('.femf-presenter .femf-stage__name').textContent()).toBe('Frigør');
    await page.getByRole('button', { name: /Afslut sidste fase/ }).click();
    expect(await page.locator('.femf-presenter .femf-stage__name').textContent()).toBe('Opsamling i plenum');
    await expect.poll(() => status(page).textContent()).toBe('Alle fem faser er gennemført. Tid til opsamling i plenum.');
    expect(await page.locator('.femf-step__name').first().textContent()).toBe('✓ Fokuser');
    await page.getByRole('button', { name: 'Gå til opsamlingen' }).click();
    expect(await tab(page, '4. Opsamling').getAttribute('aria-selected')).toBe('true');
    await tab(page, '2. Kør').click();
    for (let i = 0; i < 5; i++) await page.getByRole('button', { name: /Forrige fase/ }).click();
    expect(await page.locator('.femf-presenter .femf-stage__name').textContent()).toBe('Fokuser');

    // Full screen, or the overlay when the browser refuses.
    await page.getByRole('button', { name: 'Fuld skærm' }).click();
    await expect.poll(() => page.evaluate(() => Boolean(document.fullscreenElement?.classList.contains('femf-presenter')) || Boolean(document.querySelector('.femf-presenter--overlay')))).toBe(true);
    await axeClean(page, 'projektor, fuld skærm');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(i % 4 === 3 ? 'Shift+Tab' : 'Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.femf-presenter'))), 'fokus bliver i præsentationen').toBe(true);
    }
    await page.getByRole('button', { name: 'Afslut fuld skærm' }).click();
    await expect.poll(() => page.evaluate(() => !document.fullscreenElement && !document.querySelector('.femf-presenter--overlay'))).toBe(true);
    clean(w);
    await context.close();
  });
});

describe('5F: capture by keyboard only', () => {
  it('captures in every phase, reorders action rows, and finds everything after a reload', async () => {
    const context = await browser.newContext();
    const w = await open(context);
    const { page } = w;
    const kb = page.keyboard;

    // Keyboard only from here. Start where a keyboard user lands after the island's heading.
    await tab(page, '1. Planlæg').focus();
    await kb.press('ArrowRight');
    await kb.press('ArrowRight');
    expect(await tab(page, '3. Notér').getAttribute('aria-selected')).toBe('true');

    // 1 Fokuser
    await tabTo(page, page.getByLabel('Det valgte tema'));
    await kb.insertText('Samarbejdet mellem skole og PPR');
    await kb.press('Tab');
    await kb.insertText('Børnene mærker, når vi ikke taler sammen');
    await axeClean(page, 'notér, Fokuser');

    // 2 Forstå: «guld» and learning from mistakes, Enter adds the next point
    await tabTo(page, page.getByRole('button', { name: /Forstå/ }).last());
    await kb.press('Enter');
    expect(await tab(page, '2. Forstå').getAttribute('aria-selected')).toBe('true');
    await tabTo(page, page.getByRole('button', { name: 'Tilføj guld' }));
    await kb.press('Enter');
    await kb.insertText('Fælles morgenmøder');
    await kb.press('Enter');
    await kb.insertText('Korte veje til PPR');
    await tabTo(page, page.getByRole('button', { name: 'Tilføj læring' }));
    await kb.press('Enter');
    await kb.insertText('Vi glemte at inddrage forældrene');
    await axeClean(page, 'notér, Forstå');

    // 3 Forestil
    await tabTo(page, page.getByRole('button', { name: /Forestil/ }).last());
    await kb.press('Enter');
    await tabTo(page, page.getByLabel('Visionen, som om I er der'));
    await kb.insertText('Vi sidder sammen hver tirsdag.');

    // 4 Fastslå: a goal with a SMART check and a sub-goal
    await tabTo(page, page.getByRole('button', { name: /Fastslå/ }).last());
    await kb.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Tilføj mål' }));
    await kb.press('Enter');
    await kb.insertText('Fælles møde hver uge');
    await kb.press('Tab');
    await kb.press('Space'); // Specifikt
    await kb.press('Tab');
    await kb.press('Space'); // Målbart
    expect(await page.locator('.femf-smart__result').textContent()).toBe('○ SMART: 2 af 5. Mangler: attraktivt, realistisk, tidsbestemt.');
    await tabTo(page, page.getByRole('button', { name: 'Tilføj delmål' }));
    await kb.press('Enter');
    await kb.insertText('Aftal fast tidspunkt');
    await axeClean(page, 'notér, Fastslå');

    // 5 Frigør: three rows, each field by Tab
    await tabTo(page, page.getByRole('button', { name: /Frigør/ }).last());
    await kb.press('Enter');
    const rowsData = [
      ['Indkald til møde', 'Skoleleder', 'Uge 49', 'PPR', 'Næste ledermøde'],
      ['Lav mødeplan', 'PPR-leder', 'Uge 50', 'Sundhedsplejen', 'Status i januar'],
      ['Fortæl forældrene', 'Lærerne', 'Januar', 'Forældrerådet', 'Evaluering i marts'],
    ];
    for (const row of rowsData) {
      await tabTo(page, page.getByRole('button', { name: 'Tilføj række' }));
      await kb.press('Enter');
      for (const [i, value] of row.entries()) {
        if (i > 0) await kb.press('Tab');
        await kb.insertText(value);
      }
    }
    const whats = () => page.locator('.femf-actions tbody tr').evaluateAll((trs) => trs.map((tr) => (tr.querySelector('textarea') as HTMLTextAreaElement).value));
    expect(await whats()).toEqual(['Indkald til møde', 'Lav mødeplan', 'Fortæl forældrene']);
    await axeClean(page, 'notér, Frigør');

    // Reorder by keyboard: focus stays on the moved row
    await tabTo(page, page.getByRole('button', { name: 'Flyt op, række 3' }));
    await kb.press('Enter');
    expect(await whats()).toEqual(['Indkald til møde', 'Fortæl forældrene', 'Lav mødeplan']);
    await expect.poll(async () => (await focused(page)).label).toBe('Flyt op, række 2');
    expect(await status(page).textContent()).toBe('Rækken «Fortæl forældrene» er flyttet til plads 2 af 3.');
    await kb.press('Enter');
    expect(await whats()).toEqual(['Fortæl forældrene', 'Indkald til møde', 'Lav mødeplan']);
    await expect.poll(async () => (await focused(page)).label).toBe('Flyt ned, række 1'); // «Flyt op» is disabled at the top
    await kb.press('Enter');
    expect(await whats()).toEqual(['Indkald til møde', 'Fortæl forældrene', 'Lav mødeplan']);

    // Delete with undo
    await tabTo(page, page.getByRole('button', { name: 'Slet række 3' }));
    await kb.press('Enter');
    expect(await whats()).toEqual(['Indkald til møde', 'Fortæl forældrene']);
    await tabTo(page, page.getByRole('button', { name: 'Fortryd' }));
    await kb.press('Enter');
    expect(await whats()).toEqual(['Indkald til møde', 'Fortæl forældrene', 'Lav mødeplan']);

    // Reload and find everything
    await saved(page);
    await reload(page);
    await tab(page, '3. Notér').click();
    expect(await page.getByLabel('Det valgte tema').inputValue()).toBe('Samarbejdet mellem skole og PPR');
    await tab(page, '5. Frigør').click();
    expect(await whats()).toEqual(['Indkald til møde', 'Fortæl forældrene', 'Lav mødeplan']);
    expect(await page.getByLabel('Hvem, række 2').inputValue()).toBe('Lærerne');
    await tab(page, '4. Opsamling').click();
    const summary = await page.locator('.femf-summary').textContent();
    for (const text of ['Samarbejdet mellem skole og PPR', 'Børnene mærker', 'Fælles morgenmøder', 'Korte veje til PPR', 'Vi glemte at inddrage forældrene', 'Vi sidder sammen hver tirsdag.', 'Fælles møde hver uge', 'SMART 2/5', 'Delmål: Aftal fast tidspunkt', 'Evaluering i marts', 'Sundhedsplejen']) {
      expect(summary).toContain(text);
    }
    await axeClean(page, 'opsamling');
    clean(w);
    await context.close();
  }, 180_000);
});

describe('5F: sessions, import and export', () => {
  it('keeps several named sessions, deletes one with undo', async () => {
    const context = await browser.newContext();
    const w = await open(context);
    const { page } = w;
    await page.getByLabel('Sessionens navn').fill('Ledergruppen');
    await page.getByRole('button', { name: 'Ny session' }).click();
    await page.getByLabel('Sessionens navn').fill('Direktionen');
    const options = () => page.getByLabel('Session', { exact: true }).locator('option').allTextContents();
    expect(await options()).toEqual(['Ledergruppen', 'Direktionen']);
    await page.getByLabel('Session', { exact: true }).selectOption({ label: 'Ledergruppen' });
    expect(await page.getByLabel('Sessionens navn').inputValue()).toBe('Ledergruppen');
    await page.getByRole('button', { name: 'Slet session' }).click();
    expect(await options()).toEqual(['Direktionen']);
    expect(await status(page).textContent()).toBe('Sessionen «Ledergruppen» er slettet.');
    await page.getByRole('button', { name: 'Fortryd' }).click();
    expect(await options()).toEqual(['Ledergruppen', 'Direktionen']);
    await saved(page);
    await reload(page);
    expect(await options()).toEqual(['Ledergruppen', 'Direktionen']);
    clean(w);
    await context.close();
  });

  it('exports JSON, rejects bad imports with nothing changed, and adds a valid import as a new session', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const w = await open(context);
    const { page } = w;
    await page.getByLabel('Sessionens navn').fill('Ledergruppen');
    await page.getByLabel('Sessionens tema').fill('Kultur og værdier');
    await saved(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Eksportér som fil' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^5f-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8'));
    expect(exported).toMatchObject({ format: 'ledelse-paa-tvaers', tool: '5f', version: 1 });
    expect(exported.data.sessions[0]).toMatchObject({ name: 'Ledergruppen', theme: 'Kultur og værdier' });

    const before = await page.evaluate((k) => localStorage.getItem(k), KEY);
    const input = page.locator('.island-data input[type="file"]');
    const importStatus = page.locator('.island-data .island-status');
    const bad: [string, string, string][] = [
      ['ikke-json.json', '{ dette er ikke json', 'ikke gyldig JSON'],
      ['stor.json', JSON.stringify({ ...exported, pad: 'x'.repeat(1_100_000) }), 'for stor'],
      ['script.json', JSON.stringify({ ...exported, data: { ...exported.data, sessions: [{ ...exported.data.sessions[0], theme: 'Tema\u0007' }] } }), 'usynligt styretegn'],
      ['andet.json', JSON.stringify({ ...exported, tool: 'spindelvaev' }), 'andet værktøj'],
      ['negativ.json', JSON.stringify({ ...exported, data: { ...exported.data, sessions: [{ ...exported.data.sessions[0], plan: { totalMinutes: 180, phases: [-30, 60, 60, 60, 30] } }] } }), 'plan.phases[0]'],
    ];
    for (const [name, text, message] of bad) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => importStatus.textContent()).toContain(`Filen «${name}» blev ikke indlæst`);
      expect(await importStatus.textContent()).toContain(message);
      expect(await importStatus.textContent()).toContain('Intet er ændret.');
      await saved(page);
      expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(before);
    }
    await axeClean(page, 'afvist import');

    await input.setInputFiles({ name: 'gyldig.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await expect.poll(() => importStatus.textContent()).toContain('sessionen «Ledergruppen (importeret)» er tilføjet');
    expect(await page.getByLabel('Session', { exact: true }).locator('option').allTextContents()).toEqual(['Ledergruppen', 'Ledergruppen (importeret)']);
    expect(await page.getByLabel('Sessionens tema').inputValue()).toBe('Kultur og værdier');
    clean(w);
    await context.close();
  });

  it('offers corrupted saved data for download instead of losing it', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    await context.addInitScript((k) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k, '{"format":"ledelse-paa-tvaers","tool":"5f","version":1,"data":{"sessions":"ødelagt'); sessionStorage.setItem('seeded', '1'); } }, KEY);
    const w = await open(context);
    const { page } = w;
    const alert = page.getByRole('alert');
    expect(await alert.textContent()).toContain('De gemte data kunne ikke læses.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download de beskadigede data' }).click()]);
    const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
    expect(text).toContain('ødelagt');
    await axeClean(page, 'beskadigede data');
    expect(w.foreignRequests).toEqual([]);
    await context.close();
  });
});

describe('5F: groups and the plenary summary', () => {
  it('captures per group and gathers the groups in the summary', async () => {
    const context = await browser.newContext();
    const w = await open(context);
    const { page } = w;
    await page.getByLabel('Navn på gruppe 1').fill('Skoleledere');
    await page.getByRole('button', { name: 'Tilføj gruppe' }).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('Dagtilbudsledere');
    await tab(page, '3. Notér').click();
    await tab(page, '2. Forstå').click();
    for (const [group, gold] of [['Skoleledere', 'Fælles morgenmøder'], ['Dagtilbudsledere', 'Gode overleveringer']] as const) {
      await page.getByLabel('Gruppe', { exact: true }).selectOption({ label: group });
      expect(await page.locator('.femf-capture__panel h4').textContent()).toBe(`Forstå: ${group}`);
      await page.getByRole('button', { name: 'Tilføj guld' }).click();
      await page.keyboard.insertText(gold);
    }
    await page.getByLabel('Gruppe', { exact: true }).selectOption({ label: 'Skoleledere' });
    expect(await page.getByLabel('Guld, punkt 1').inputValue()).toBe('Fælles morgenmøder');
    await tab(page, '4. Opsamling').click();
    await page.getByLabel('Facilitatorens opsamling og næste skridt').fill('Vi mødes igen i marts.');
    const gold = page.locator('.femf-summary .femf-result__phase').nth(1);
    expect(await gold.locator('h5').allTextContents()).toEqual(['Skoleledere', 'Dagtilbudsledere']);
    expect(await gold.textContent()).toContain('Fælles morgenmøder');
    expect(await gold.textContent()).toContain('Gode overleveringer');
    // The plenary text stands once on screen: in its field, not also as a preview above it.
    expect(await page.getByLabel('Facilitatorens opsamling og næste skridt').inputValue()).toBe('Vi mødes igen i marts.');
    expect(await page.locator('.femf-summary .femf-result').textContent()).not.toContain('Vi mødes igen i marts.');
    expect(await page.locator('.femf-handout').textContent()).toContain('Vi mødes igen i marts.');
    await axeClean(page, 'opsamling med to grupper');
    clean(w);
    await context.close();
  });
});

describe('5F: print', () => {
  it('prints the result as a handout, and a blank worksheet', async () => {
    const context = await browser.newContext();
    const w = await open(context);
    const { page } = w;
    await page.getByLabel('Sessionens navn').fill('Ledergruppen');
    await page.getByLabel('Sessionens tema').fill('Kultur og værdier');
    await tab(page, '3. Notér').click();
    await tab(page, '2. Forstå').click();
    await page.getByRole('button', { name: 'Tilføj guld' }).click();
    await page.keyboard.type('Vi hjælper hinanden');
    await tab(page, '5. Frigør').click();
    await page.getByRole('button', { name: 'Tilføj række' }).click();
    await page.keyboard.type('Ring til PPR');
    await tab(page, '4. Opsamling').click();
    await page.evaluate(() => { window.print = () => undefined; });

    await page.getByRole('button', { name: 'Udskriv resultatet' }).click();
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.femf-handout');
    expect(await handout.isVisible()).toBe(true);
    for (const text of ['5F: Ledergruppen', 'Tema: Kultur og værdier', 'Vi hjælper hinanden', 'Ring til PPR']) expect(await handout.textContent()).toContain(text);
    // The printed result names the method and the publication it comes from.
    expect(await handout.locator('.femf-result__source').textContent()).toBe('Metode 6: De gode erfaringer og næste skridt – 5F. Fra «Ledelse på tværs», Væksthus for Ledelse (2020).');
    expect(await page.locator('h1').isVisible()).toBe(false);
    expect(await page.locator('.femf-worksheet').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Udskriv resultatet' }).isVisible()).toBe(false);
    expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(1000);

    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.getByRole('button', { name: 'Udskriv tomt 5F-arbejdsark' }).click();
    await page.emulateMedia({ media: 'print' });
    const sheet = page.locator('.femf-worksheet');
    expect(await sheet.isVisible()).toBe(true);
    expect(await handout.isVisible()).toBe(false);
    const sheetText = await sheet.textContent();
    for (const text of ['Fokuser', 'Hvornår lykkes I særlig godt?', 'Guld: det, der virker', 'Læring af fejl', 'Tidsbestemt', 'Samarbejdsrelationer, der skal aktiveres']) expect(sheetText).toContain(text);
    expect(await page.locator('h1').isVisible()).toBe(false);

    // The page's own print: the method text, the result and the worksheet.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(await handout.isVisible()).toBe(true);
    expect(await sheet.isVisible()).toBe(true);
    expect(await page.locator('.femf-sessions').isVisible()).toBe(false);
    clean(w);
    await context.close();
  });
});
