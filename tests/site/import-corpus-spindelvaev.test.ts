/**
 * The spider-web's share of the bad-input corpus, run against the built site in Chromium through the tool's own
 * file input: each case gets a Danish message and leaves localStorage byte-identical (tests/support/importCorpus.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launch } from '../support/browser';
import { runImportCorpus } from '../support/importCorpus';
import { spindelvaevCorpus } from '../fixtures/import-corpus/spindelvaev';

let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const ids = ['led-01', 'led-02', 'led-03', 'led-04', 'led-05', 'led-06', 'led-07', 'led-08', 'led-09', 'led-10', 'led-11'];
// The seed is a document exactly as version 2 saved it: the corpus also shows the migrated document is left alone.
const seed = readFileSync(new URL('../fixtures/spindelvaev/v2-ledelse-saved.json', import.meta.url), 'utf8').trim();

describe('spindelvæv: bad-input corpus', () => {
  it('refuses every case with a Danish message and leaves storage byte-identical', async () => {
    const cases = spindelvaevCorpus({ tema: 'ledelse', ids, version: 3, extra: { web: { fingerprint: 'x', statements: Object.fromEntries(ids.map((id) => [id, ''])) } } });
    expect(cases.length).toBeGreaterThanOrEqual(35);
    const result = await runImportCorpus(browser, { path: '/vaerktoejer/spindelvaev/?tema=ledelse', storageKey: 'ledelse-paa-tvaers:spindelvaev:ledelse', seed, root: '.sv' }, cases);
    console.log(`spindelvæv corpus: ${result.ran} of ${cases.length} cases ran, ${result.failures.length} failures`);
    expect(result.failures).toEqual([]);
    expect(result.ran).toBe(cases.length);
  }, 240_000);
});
