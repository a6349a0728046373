/**
 * The 5F bad-input corpus (tests/fixtures/femf/corpus.ts) through the import button of the built site in Chromium,
 * with the shared runner: every file is refused with a Danish message naming the file and what is wrong, and
 * localStorage stays byte-identical. Also the 50-session limit: a file that does not fit is refused, truthfully.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../support/browser';
import { runImportCorpus, type CorpusCase } from '../support/importCorpus';
import { FEMF_BAD_FILES } from '../fixtures/femf/corpus';

const KEY = 'ledelse-paa-tvaers:5f:standard';
let browser: Browser;
beforeAll(async () => { browser = await launch(); });
afterAll(async () => { await browser?.close(); });

const sessionOf = (id: string, name: string) => ({
  id, name, createdAt: '2026-11-23T09:00:00.000Z', plan: { totalMinutes: 180, phases: [30, 45, 35, 35, 35] }, theme: 'Organisering og samarbejde',
  groups: [{ id: 'g1', name: 'Gruppe 1', theme: '', why: '', gold: [], learning: [], vision: '', goals: [], actions: [] }],
  timer: { phaseIndex: 0, elapsed: [0, 0, 0, 0, 0], runningSince: null }, plenary: '', carryOn: false,
});
const envelope = (sessions: unknown[]) => JSON.stringify({ format: 'ledelse-paa-tvaers', tool: '5f', version: 1, savedAt: '2026-11-23T10:00:00.000Z', data: { activeId: 'x0', sessions } });
const SEED = envelope([sessionOf('x0', 'Ledergruppen')]);

/** 50 valid sessions: more than fit beside the one the user already has. */
const FIFTY: CorpusCase = {
  name: '50 sessioner ved siden af én',
  content: envelope(Array.from({ length: 50 }, (_, i) => sessionOf(`n${i}`, `Session ${i}`))),
  message: /Filen har 50 sessioner, men der er kun plads til 49 mere her \(højst 50 i alt, og du har 1\)/,
};

describe('5F: the bad-input corpus', () => {
  const cases = [...FEMF_BAD_FILES, FIFTY];

  it('refuses every file with a Danish message and leaves storage byte-identical', async () => {
    expect(cases.length).toBeGreaterThanOrEqual(35);
    const { ran, failures } = await runImportCorpus(browser, { path: '/vaerktoejer/5f/', storageKey: KEY, seed: SEED, root: '.femf' }, cases);
    console.log(`5F-korpus: ${ran - failures.length} af ${cases.length} afvist korrekt`);
    expect(failures.map((f) => `${f.name}: ${f.problem}`)).toEqual([]);
    expect(ran).toBe(cases.length);
  }, 300_000);
});
