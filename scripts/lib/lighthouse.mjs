// Lighthouse (mobile preset, its default simulated slow 4G) against the served dist/, in Debian's Chromium.
// Returns { rows } or { error } when Lighthouse cannot run on this machine.
import { startServer } from './server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const score = (c) => (c?.score == null ? '–' : String(Math.round(c.score * 100)));

export async function lighthouseScores(dist, pages) {
  let lighthouse, launch;
  try {
    lighthouse = (await import('lighthouse')).default;
    ({ launch } = await import('chrome-launcher'));
  } catch (e) {
    return { error: `lighthouse er ikke installeret (${e.message})` };
  }
  const { server, url } = await startServer(dist);
  let chrome;
  try {
    chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    const rows = [];
    for (const [name, path] of pages) {
      const result = await lighthouse(url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
      const c = result.lhr.categories;
      rows.push({
        name, performance: score(c.performance), accessibility: score(c.accessibility), bestPractices: score(c['best-practices']), seo: score(c.seo),
        cls: result.lhr.audits['cumulative-layout-shift']?.displayValue ?? '–',
      });
    }
    return { rows };
  } catch (e) {
    return { error: String(e.message ?? e) };
  } finally {
    chrome?.kill();
    server.close();
  }
}
