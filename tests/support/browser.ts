/**
 * Drives Debian's Chromium (/usr/bin/chromium) with playwright-core against the served dist/.
 * Every page opened through `openPage` records console errors and any request to another origin.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inject } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export interface Watched {
  page: Page;
  consoleErrors: string[];
  foreignRequests: string[];
}

/** A page that records console errors, uncaught errors and requests leaving the site's origin. */
export async function watchedPage(context: BrowserContext | Browser): Promise<Watched> {
  const page = await context.newPage();
  const origin = new URL(baseUrl()).origin;
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:') && !u.startsWith('about:')) foreignRequests.push(u);
  });
  return { page, consoleErrors, foreignRequests };
}

export async function openPage(context: BrowserContext | Browser, path: string): Promise<Watched> {
  const w = await watchedPage(context);
  await w.page.goto(baseUrl() + path, { waitUntil: 'networkidle' });
  return w;
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: string[] }

/** axe-core with the WCAG 2.0–2.2 A and AA rules (2.2 adds target size, 2.5.8); returns violations in a readable form. */
export async function runAxe(page: Page, include?: string): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (a <script> tag would be refused).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async ({ inc, AXE_TAGS }) => {
    // @ts-expect-error injected
    const r = await window.axe.run(inc ? { include: [inc] } : document, { runOnly: { type: 'tag', values: AXE_TAGS } });
    return r.violations.map((v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, { inc: include, AXE_TAGS });
  return result as AxeViolation[];
}

export function formatViolations(v: AxeViolation[]): string {
  return v.map((x) => `${x.id} (${x.impact}): ${x.help}\n    ${x.nodes.slice(0, 5).join('\n    ')}`).join('\n');
}
