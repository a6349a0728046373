/**
 * The search evaluation: queries with the pages that answer them (tests/fixtures/search-eval.yaml), scored as
 * hit@1, hit@3 and mean reciprocal rank. `scoreEval` is pure; `rankedUrls` asks the built site's own search
 * page in a browser, so the score is what a reader gets. Used by `npm run measure` and tests/site/search-eval.test.ts.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface EvalCase { kind: string; q: string; expect: string[] }
export interface EvalScore {
  n: number;
  hit1: number;
  hit3: number;
  mrr: number;
  /** Queries whose expected page is not in the first three, with what came first. */
  misses: { q: string; kind: string; rank: number | null; top: string[] }[];
}

export const EVAL_FILE = new URL('../../tests/fixtures/search-eval.yaml', import.meta.url);

export function readEval(file: URL | string = EVAL_FILE): EvalCase[] {
  const cases = parse(readFileSync(file, 'utf8')) as EvalCase[];
  if (!Array.isArray(cases) || cases.some((c) => !c.q || !c.kind || !c.expect?.length)) throw new Error('search-eval.yaml: every entry needs kind, q and expect');
  return cases;
}

/** 1-based rank of the first expected page in a ranked list of URLs (hash and query ignored), or null. */
export function rankOf(expect: string[], ranked: string[]): number | null {
  const i = ranked.map((u) => u.split(/[#?]/)[0]).findIndex((u) => expect.includes(u!));
  return i < 0 ? null : i + 1;
}

export function scoreEval(cases: EvalCase[], ranked: Map<string, string[]>): EvalScore {
  let h1 = 0, h3 = 0, rr = 0;
  const misses: EvalScore['misses'] = [];
  for (const c of cases) {
    const list = ranked.get(c.q) ?? [];
    const rank = rankOf(c.expect, list);
    if (rank === 1) h1++;
    if (rank !== null && rank <= 3) h3++; else misses.push({ q: c.q, kind: c.kind, rank, top: list.slice(0, 3) });
    rr += rank ? 1 / rank : 0;
  }
  const n = cases.length;
  return { n, hit1: h1 / n, hit3: h3 / n, mrr: rr / n, misses };
}

/** The minimal page API needed (Playwright's Page fits). */
interface PageLike {
  goto(url: string): Promise<unknown>;
  waitForFunction(fn: () => boolean, arg?: unknown, o?: { timeout?: number }): Promise<unknown>;
  evaluate<T>(fn: () => T): Promise<T>;
}

/** The result URLs the search page shows for a query, in order, page paths only, each once. */
export async function rankedUrls(page: PageLike, baseUrl: string, q: string): Promise<string[]> {
  await page.goto(`${baseUrl}/soeg/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => {
    const s = document.querySelector('#search-status')?.textContent ?? '';
    return /resultat/.test(s) && !/Søger/.test(s);
  }, undefined, { timeout: 20_000 });
  const hrefs = await page.evaluate(() => [...document.querySelectorAll('#search-results .search-result__title a')].map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map((h) => h.split('#')[0]!))];
}

export async function runEval(page: PageLike, baseUrl: string, cases: EvalCase[] = readEval()): Promise<EvalScore> {
  const ranked = new Map<string, string[]>();
  for (const c of cases) ranked.set(c.q, await rankedUrls(page, baseUrl, c.q));
  return scoreEval(cases, ranked);
}

export function formatScore(s: EvalScore): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const lines = [`Søgeevaluering (${s.n} forespørgsler): hit@1 ${pct(s.hit1)}, hit@3 ${pct(s.hit3)}, MRR ${s.mrr.toFixed(3)}`];
  for (const m of s.misses) lines.push(`  uden for top 3: «${m.q}» (${m.kind}; plads ${m.rank ?? '–'}; først: ${m.top.join(', ') || 'intet'})`);
  return lines.join('\n');
}
