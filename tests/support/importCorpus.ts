/**
 * The bad-input corpus runner shared by the three tools' site tests. For one tool page it seeds localStorage
 * with a known document, imports each bad file through the island's own file input (as a user would), and
 * checks for every case that a Danish message names the file and says nothing changed, that no JavaScript
 * word («undefined», «NaN», …) reaches the user, that no error reaches the console, and that localStorage is
 * byte-identical afterwards (every key, not only the tool's). Dialogs (the CPR question) are declined.
 */
import type { Browser, Page } from 'playwright-core';
import { baseUrl } from './browser';

export interface CorpusCase {
  name: string;
  /** The file's bytes (a string is written as UTF-8). */
  content: string | Uint8Array;
  /** What the message must say, besides «blev ikke indlæst … Intet er ændret». */
  message?: RegExp;
  /** True when the import should ask a question first (CPR); the question is declined. */
  asks?: boolean;
}

export interface CorpusTarget {
  /** Page path, e.g. «/vaerktoejer/spindelvaev/?tema=ledelse». */
  path: string;
  storageKey: string;
  /** The exact text stored under `storageKey` before each case. */
  seed: string;
  /** CSS selector of the island's root, e.g. «.sv». */
  root: string;
  viewport?: { width: number; height: number };
}

export interface CorpusFailure { name: string; problem: string }

const JS_WORDS = /undefined|NaN|Invalid Date|\[object |null\b|TypeError|RangeError|SyntaxError/;

async function snapshot(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));
}

async function openSeeded(browser: Browser, target: CorpusTarget) {
  const context = await browser.newContext({ viewport: target.viewport ?? { width: 1366, height: 900 } });
  await context.addInitScript(([k, v]) => {
    if (!sessionStorage.getItem('corpus-seeded')) {
      localStorage.clear();
      localStorage.setItem(k!, v!);
      sessionStorage.setItem('corpus-seeded', '1');
    }
  }, [target.storageKey, target.seed]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(baseUrl() + target.path, { waitUntil: 'networkidle' });
  await page.locator(target.root).first().scrollIntoViewIfNeeded();
  await page.waitForSelector(`astro-island:not([ssr]) ${target.root}`, { timeout: 20_000 });
  await page.waitForTimeout(300);
  return { context, page, errors };
}

/** Runs every case; returns the failures (an empty list is a pass) and how many cases ran. */
export async function runImportCorpus(browser: Browser, target: CorpusTarget, cases: CorpusCase[]): Promise<{ ran: number; failures: CorpusFailure[] }> {
  let { context, page, errors } = await openSeeded(browser, target);
  const failures: CorpusFailure[] = [];
  let ran = 0;
  const before = await snapshot(page);
  if (!before.includes(JSON.stringify(target.seed))) failures.push({ name: '(seed)', problem: 'the seed document was not in storage after load' });
  for (const [i, c] of cases.entries()) {
    const fileName = `korpus-${i + 1}.json`;
    const dialogs: string[] = [];
    const onDialog = (d: import('playwright-core').Dialog) => { dialogs.push(d.message()); void d.dismiss(); };
    page.on('dialog', onDialog);
    const fail = (problem: string) => failures.push({ name: c.name, problem });
    try {
      const buffer = typeof c.content === 'string' ? Buffer.from(c.content, 'utf8') : Buffer.from(c.content);
      await page.locator(`${target.root} .island-data input[type="file"]`).first().setInputFiles({ name: fileName, mimeType: 'application/json', buffer });
      const status = page.locator(`${target.root} .island-status`, { hasText: `«${fileName}»` });
      await status.first().waitFor({ timeout: 5_000 });
      const text = (await status.first().innerText()).trim();
      ran++;
      if (!/blev ikke indlæst/.test(text) || !/Intet er ændret/.test(text)) fail(`message does not say it was refused and nothing changed: ${text}`);
      if (c.message && !c.message.test(text)) fail(`message does not match ${c.message}: ${text}`);
      if (JS_WORDS.test(text)) fail(`a JavaScript word reached the user: ${text}`);
      if (c.asks && dialogs.length !== 1) fail(`expected one question before importing, got ${dialogs.length}`);
      if (!c.asks && dialogs.length) fail(`unexpected question: ${dialogs[0]}`);
      for (const q of dialogs) if (JS_WORDS.test(q)) fail(`a JavaScript word in the question: ${q}`);
      await page.waitForTimeout(350); // longer than the autosave delay: a wrongly applied import would be saved by now
      if ((await snapshot(page)) !== before) fail('localStorage changed');
    } catch (e) {
      fail(`no message within 5 s (${String(e).split('\n')[0]})`);
    }
    page.off('dialog', onDialog);
    if (errors.length) {
      fail(`console errors: ${errors.join(' | ')}`);
      errors.length = 0;
    }
    if (failures.at(-1)?.name === c.name) {
      // Start the next case from the seed again, so one failure does not spill into the rest.
      await context.close();
      ({ context, page, errors } = await openSeeded(browser, target));
    }
  }
  await context.close();
  return { ran, failures };
}

/** Windows-1252 bytes for a text (for the «re-saved as ANSI» cases). */
export function windows1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
  return Uint8Array.from([...text].map((ch) => {
    const code = ch.codePointAt(0)!;
    if (special[ch] !== undefined) return special[ch];
    if (code > 0xff) throw new Error(`not in Windows-1252: ${ch}`);
    return code;
  }));
}
