/**
 * 5F in the meeting room, in Chromium against dist/: the projector window shows only what the room sees and
 * follows the facilitator's window; full screen on laptop, tablet and phone has 18 px type and 44 px targets and
 * nothing clips; the clock can run on into the next phase; a link can select a phase; nothing typed before the
 * tool runs is lost on a slow connection; without JavaScript the phases and the worksheet stand in its place.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, formatViolations, launch, openPage, runAxe, type Watched } from '../support/browser';

const PATH = '/vaerktoejer/5f/';
const PROJECTOR = '/vaerktoejer/5f/projektor/';
const KEY = 'ledelse-paa-tvaers:5f:standard';
let browser: Browser;

beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);

async function axeClean(page: Page, state: string) {
  const v = await runAxe(page);
  expect(v, `axe (WCAG 2.2 AA) i tilstanden «${state}»:\n${formatViolations(v)}`).toEqual([]);
}

function clean(w: Watched) {
  expect(w.consoleErrors, 'konsolfejl').toEqual([]);
  expect(w.foreignRequests, 'forespørgsler til andre servere').toEqual([]);
}

async function tool(context: BrowserContext, path = PATH): Promise<Watched> {
  const w = await openPage(context, path);
  await w.page.locator('.femf-sessions').waitFor();
  return w;
}

/** A session in Forstå with points captured by two groups, the clock `overMs` past its 45 minutes (or running with time left). */
function seeded(overMs: number | null) {
  const now = Date.now();
  const session = {
    id: 'standard', name: 'Ledergruppen', createdAt: '2026-11-23T09:00:00.000Z', plan: { totalMinutes: 180, phases: [30, 45, 35, 35, 35] }, theme: 'Organisering og samarbejde',
    groups: [
      { id: 'g1', name: 'Skoleledere', theme: 'Samarbejde med PPR', why: '', gold: [{ id: 'a', text: 'Fælles morgenmøder hver tirsdag' }, { id: 'b', text: 'Korte veje til PPR' }], learning: [{ id: 'c', text: 'Vi glemte forældrene' }], vision: '', goals: [], actions: [] },
      { id: 'g2', name: 'Dagtilbud', theme: '', why: '', gold: [{ id: 'd', text: 'Gode overleveringer mellem dagtilbud og skole' }], learning: [], vision: '', goals: [], actions: [] },
    ],
    timer: { phaseIndex: 1, elapsed: [1_800_000, overMs === null ? 0 : 45 * 60_000 + overMs, 0, 0, 0], runningSince: overMs === null ? now - 60_000 : now },
    plenary: '', carryOn: false,
  };
  return JSON.stringify({ format: 'ledelse-paa-tvaers', tool: '5f', version: 1, savedAt: new Date(now).toISOString(), data: { activeId: 'standard', sessions: [session] } });
}

async function seededContext(viewport: { width: number; height: number }, overMs: number | null = null) {
  const context = await browser.newContext({ viewport });
  await context.addInitScript(([k, v]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k!, v!); sessionStorage.setItem('seeded', '1'); } }, [KEY, seeded(overMs)]);
  return context;
}

/** Nothing sticks out of the viewport (below it too, unless `scrolls`), and no element's text is cut off inside its box. */
async function nothingClips(page: Page, root: string, scrolls = false) {
  const r = await page.evaluate(({ sel, scrolls }) => {
    const el = document.querySelector(sel)!;
    const clipped = [...el.querySelectorAll<HTMLElement>('*')].filter((e) => {
      const s = getComputedStyle(e);
      if (s.display === 'none' || s.visibility === 'hidden' || e.closest('.visually-hidden')) return false;
      const b = e.getBoundingClientRect();
      if (b.width === 0 && b.height === 0) return false;
      return b.right > innerWidth + 1 || b.left < -1 || (!scrolls && b.bottom > innerHeight + 1) || (e.scrollWidth > e.clientWidth + 1 && s.overflowX !== 'visible');
    }).map((e) => `${e.tagName}.${e.className}: «${(e.textContent ?? '').slice(0, 40)}»`);
    return { clipped, docW: document.documentElement.scrollWidth, w: innerWidth };
  }, { sel: root, scrolls });
  expect(r.docW, 'siden er bredere end vinduet').toBeLessThanOrEqual(r.w);
  return r.clipped;
}

/** The smallest text (px) and the smallest target (px, the shorter side) inside `root`, counting only what is visible. */
async function smallest(page: Page, root: string) {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const visible = (e: Element) => {
      const s = getComputedStyle(e);
      const b = e.getBoundingClientRect();
      return s.display !== 'none' && s.visibility !== 'hidden' && b.width > 1 && b.height > 1 && !e.closest('.visually-hidden');
    };
    let font = Infinity, target = Infinity, fontAt = '', targetAt = '';
    for (const e of el.querySelectorAll('*')) {
      if (!visible(e)) continue;
      const hasText = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim());
      const size = parseFloat(getComputedStyle(e).fontSize);
      if (hasText && size < font) { font = size; fontAt = `${e.tagName}.${e.className}`; }
      if (e.matches('button, a[href], input, select, textarea')) {
        const b = e.getBoundingClientRect();
        const side = Math.min(b.width, b.height);
        if (side < target) { target = side; targetAt = `${e.tagName}.${e.className} «${e.textContent?.trim() ?? ''}»`; }
      }
    }
    return { font, target, fontAt, targetAt };
  }, root);
}

describe('5F: the projector window', () => {
  it.each([[1280, 720], [1920, 1080]])('at %i×%i shows only what the room sees, large, and nothing is cut off', async (width, height) => {
    const context = await seededContext({ width, height }, 151_000);
    const w = await openPage(context, PROJECTOR);
    const { page } = w;
    await page.locator('.femf-audience .femf-stage').waitFor();
    expect(await page.locator('.femf-stage__name').textContent()).toBe('Forstå');
    expect(await page.locator('.femf-stage__digits').textContent()).toMatch(/^\+0[23]:\d\d$/);
    expect(await page.locator('.femf-stage__points').textContent()).toContain('Dagtilbud: Gode overleveringer mellem dagtilbud og skole');
    expect(await page.locator('.femf-stage__questions li').count()).toBe(4);
    // No facilitator controls: no session field, no «Ny session»/«Slet session», no tabs, no timer buttons, no page chrome.
    for (const name of ['Ny session', 'Slet session', 'Start', 'Pause', 'Næste fase']) expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    expect(await page.getByLabel('Sessionens navn').count()).toBe(0);
    expect(await page.getByRole('tab').count()).toBe(0);
    expect(await page.locator('header').first().isVisible()).toBe(false);
    expect(await nothingClips(page, '.femf-audience')).toEqual([]);
    const { font } = await smallest(page, '.femf-audience__stage');
    expect(font, 'mindste skrift i projektorvinduet').toBeGreaterThanOrEqual(height >= 1080 ? 24 : 16);
    expect(Number(await page.locator('.femf-stage__name').evaluate((e) => parseFloat(getComputedStyle(e).fontSize)))).toBeGreaterThanOrEqual(height * 0.08);
    await page.screenshot({ path: `/tmp/femf-projektor-${width}.png` });
    await axeClean(page, `projektorvindue ${width}×${height}`);
    clean(w);
    await context.close();
  });

  it('is opened from «Kør», follows every change in the facilitator’s window and never writes', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const a = await tool(context);
    await a.page.getByLabel('Sessionens tema').fill('Kultur og værdier');
    await tab(a.page, '2. Kør').click();
    const [popup] = await Promise.all([a.page.waitForEvent('popup'), a.page.getByRole('button', { name: 'Åbn projektorvinduet' }).click()]);
    await popup.waitForLoadState('networkidle');
    expect(new URL(popup.url()).pathname).toBe(PROJECTOR);
    await popup.locator('.femf-audience .femf-stage').waitFor();
    await expect.poll(() => popup.locator('.femf-stage__theme').textContent()).toBe('Tema: Kultur og værdier');
    const before = await stored(a.page);

    await a.page.getByRole('button', { name: 'Start', exact: true }).click();
    await expect.poll(() => popup.locator('.femf-stage__state').textContent()).toContain('Tiden løber');
    await a.page.getByRole('button', { name: /Næste fase/ }).click();
    await expect.poll(() => popup.locator('.femf-stage__name').textContent()).toBe('Forstå');
    await tab(a.page, '3. Notér').click();
    await a.page.getByRole('button', { name: 'Tilføj guld' }).click();
    await a.page.keyboard.insertText('Fælles morgenmøder');
    await expect.poll(() => popup.locator('.femf-stage__points').textContent()).toContain('Fælles morgenmøder');
    expect(await stored(a.page)).not.toBe(before);

    // The projector window only reads: storage is exactly what the facilitator's window last wrote.
    const fromTool = await stored(a.page);
    await popup.reload({ waitUntil: 'networkidle' });
    await popup.locator('.femf-audience .femf-stage').waitFor();
    await popup.waitForTimeout(600);
    expect(await stored(popup)).toBe(fromTool);
    clean(a);
    await context.close();
  });
});

describe('5F: full screen on laptop, tablet and phone', () => {
  it.each([[1366, 900], [820, 1180], [390, 844]])('at %i×%i: type ≥ 18 px, targets ≥ 44 px, the overtime clock fits', async (width, height) => {
    const context = await seededContext({ width, height }, 151_000);
    const w = await tool(context);
    const { page } = w;
    await tab(page, '2. Kør').click();
    await page.getByRole('button', { name: 'Fuld skærm' }).click();
    await expect.poll(() => page.evaluate(() => Boolean(document.fullscreenElement?.classList.contains('femf-presenter') || document.querySelector('.femf-presenter--overlay')))).toBe(true);
    expect(await page.locator('.femf-presenter .femf-stage__digits').textContent()).toMatch(/^\+0[23]:\d\d$/);
    const digits = await page.locator('.femf-presenter .femf-stage__digits').boundingBox();
    const box = await page.locator('.femf-presenter .femf-stage__clock-box').boundingBox();
    expect(digits!.x + digits!.width, 'uret stikker ud af sin kolonne').toBeLessThanOrEqual(box!.x + box!.width + 1);
    expect(digits!.x + digits!.width).toBeLessThanOrEqual(width);
    const m = await smallest(page, '.femf-presenter');
    console.log(`fuld skærm ${width}×${height}: mindste skrift ${m.font} px (${m.fontAt}), mindste mål ${m.target} px (${m.targetAt})`);
    expect(m.font, `mindste skrift: ${m.fontAt}`).toBeGreaterThanOrEqual(18);
    expect(m.target, `mindste mål: ${m.targetAt}`).toBeGreaterThanOrEqual(44);
    // The facilitator's full screen may scroll down on a phone (controls below the stage), but nothing sticks out sideways.
    expect(await nothingClips(page, '.femf-presenter', true)).toEqual([]);
    await page.screenshot({ path: `/tmp/femf-fuld-${width}.png` });
    await axeClean(page, `fuld skærm ${width}×${height}`);
    clean(w);
    await context.close();
  });
});

describe('5F: the clock can run on into the next phase', () => {
  it('starts the next phase at once when chosen, and waits for «Start» when not', async () => {
    const context = await browser.newContext();
    await context.clock.install({ time: new Date('2026-11-23T09:00:00') });
    const w = await tool(context);
    const { page } = w;
    await tab(page, '2. Kør').click();
    const state = page.locator('.femf-presenter .femf-stage__state');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: /Næste fase/ }).click();
    expect(await state.textContent()).toContain('Ikke startet');
    await page.getByRole('button', { name: /Forrige fase/ }).click();
    await page.getByRole('button', { name: 'Fortsæt', exact: true }).click();
    await page.getByLabel('Lad uret køre videre i næste fase').check();
    await page.getByRole('button', { name: /Næste fase/ }).click();
    expect(await page.locator('.femf-presenter .femf-stage__name').textContent()).toBe('Forstå');
    expect(await state.textContent()).toContain('Tiden løber');
    await expect.poll(() => page.locator('.femf-notice__text').textContent()).toBe('Fase 2 af 5: Forstå. Uret kører.');
    await page.clock.fastForward('01:00');
    await expect.poll(() => page.locator('.femf-presenter .femf-stage__digits').textContent()).toBe('44:00');
    await axeClean(page, 'kør, uret kører videre');
    // The choice is saved with the session.
    await page.waitForTimeout(400);
    expect(JSON.parse((await stored(page))!).data.sessions[0].carryOn).toBe(true);
    clean(w);
    await context.close();
  });
});

describe('5F: tool on arrival and links that select a phase', () => {
  it.each([['?fase=forestil', 'Forestil'], ['#fase-frigoer', 'Frigør']])('%s opens «Notér» at that phase, in view', async (link, name) => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const w = await openPage(context, PATH + link);
    const { page } = w;
    await page.locator('.femf-sessions').waitFor();
    await expect.poll(() => tab(page, '3. Notér').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.femf-capture [role="tab"][aria-selected="true"]').textContent()).toContain(name);
    await expect.poll(() => page.locator('#femf').evaluate((e) => Math.round(e.getBoundingClientRect().top))).toBeLessThan(200);
    clean(w);
    await context.close();
  });
});

describe('5F: nothing typed before the tool runs is lost', () => {
  it('on a throttled connection (300 ms, 200 kB/s) shows no fields until they work, says so, and keeps what is typed after', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 300, downloadThroughput: 200 * 1024, uploadThroughput: 200 * 1024 });
    const started = Date.now();
    await page.goto(baseUrl() + PATH, { waitUntil: 'commit' });
    await page.locator('.femf--loading').waitFor({ state: 'attached' });
    // While loading: the message, and no field that could take text and then lose it.
    expect(await page.locator('.femf--loading').textContent()).toContain('Værktøjet indlæses');
    expect(await page.locator('.island-slot input, .island-slot textarea, .island-slot select').count()).toBe(0);
    await page.locator('.femf-sessions').waitFor({ timeout: 60_000 });
    console.log(`5F på 300 ms / 200 kB/s: værktøjet kørte efter ${Date.now() - started} ms`);
    await page.getByLabel('Sessionens navn').fill('Typet straks');
    await page.waitForTimeout(500);
    expect(JSON.parse((await stored(page))!).data.sessions[0].name).toBe('Typet straks');
    await context.close();
  }, 120_000);
});

describe('5F without JavaScript', () => {
  it('shows the five phases with their questions and the blank worksheet, and no dead control or endless message', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1366, height: 900 } });
    const w = await openPage(context, `${PATH}#fase-forstaa`);
    const { page } = w;
    const slot = page.locator('.island-slot');
    expect(await slot.locator('.femf-static__phase').count()).toBe(5);
    expect(await slot.locator('#fase-forstaa').textContent()).toContain('Hvornår lykkes I særlig godt?');
    expect(await slot.locator('#fase-forstaa').isVisible()).toBe(true);
    expect(await page.locator('.femf-worksheet').isVisible()).toBe(true);
    const text = await slot.innerText();
    expect(text).not.toMatch(/Henter|indlæses|Indlæser/);
    const live = await slot.locator('button, input, select, textarea, [role="tab"]').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    expect(live, 'synlige knapper og felter uden JavaScript').toBe(0);

    const p = await openPage(context, PROJECTOR);
    expect(await p.page.locator('main').innerText()).toContain('Projektorvisningen kræver JavaScript');
    expect(await p.page.locator('main').innerText()).not.toContain('indlæses');
    await context.close();
  });

  it('is accessible (axe, WCAG 2.2 AA) as a browser without JavaScript renders it', async () => {
    // axe needs JavaScript, so block the site's scripts and undo the gate's «js» class: the page as a JS-off browser shows it.
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    await context.route(/\.m?js(\?|$)/, (route) => route.abort());
    const w = await openPage(context, PATH);
    await w.page.evaluate(() => document.documentElement.classList.remove('js'));
    expect(await w.page.locator('.femf-static__phase').first().isVisible()).toBe(true);
    expect(await w.page.locator('.femf--loading').isVisible()).toBe(false);
    await axeClean(w.page, 'uden JavaScript');
    await context.close();
  });

  it('says what to do when the script never runs, instead of loading forever', async () => {
    const context = await browser.newContext();
    await context.route(/\/_astro\/.*\.js(\?|$)/, (route) => route.abort());
    const w = await openPage(context, PATH);
    const slow = w.page.locator('.femf-loading__slow');
    await expect.poll(() => slow.evaluate((e) => getComputedStyle(e).opacity), { timeout: 15_000 }).toBe('1');
    expect(await slow.textContent()).toContain('udskrive et tomt 5F-arbejdsark');
    await context.close();
  }, 30_000);
});

describe('5F: two facilitator windows editing at once', () => {
  it('loses neither window’s edit when their saves cross', async () => {
    const context = await browser.newContext();
    const a = await tool(context);
    const b = await tool(context);
    // Both type before either has seen the other's save.
    await a.page.getByLabel('Sessionens tema').fill('Kultur og værdier');
    await b.page.getByLabel('Navn på gruppe 1').fill('Skoleledere');
    await a.page.waitForTimeout(800);
    await b.page.waitForTimeout(800);
    for (const p of [a.page, b.page]) {
      await expect.poll(() => p.getByLabel('Sessionens tema').inputValue()).toBe('Kultur og værdier');
      await expect.poll(() => p.getByLabel('Navn på gruppe 1').inputValue()).toBe('Skoleledere');
    }
    const saved = JSON.parse((await stored(a.page))!).data.sessions[0];
    expect(saved.theme).toBe('Kultur og værdier');
    expect(saved.groups[0].name).toBe('Skoleledere');
    clean(a);
    clean(b);
    await context.close();
  });
});
