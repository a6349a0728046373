/** Reads the built site in dist/: its pages, their main text, and the publications' source files. */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const DIST = join(ROOT, 'dist');

export interface BuiltPage { url: string; file: string; html: string }

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export function builtPages(): BuiltPage[] {
  if (!existsSync(DIST)) throw new Error('dist/ findes ikke: kør «npm run build» først');
  return walk(DIST)
    .filter((f) => f.endsWith('.html') && !f.includes(`${DIST}/pagefind/`))
    .map((file) => {
      const rel = relative(DIST, file).replace(/index\.html$/, '').replace(/\\/g, '/');
      return { url: `/${rel}`, file, html: readFileSync(file, 'utf8') };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

/** Text of <main> as a reader sees it, without editorial notes and page chrome marked to be skipped. */
export function mainText(html: string, opts: { skipEditorial?: boolean } = {}): string {
  const root = parseHtml(html, { blockTextElements: { script: false, style: false, noscript: false } });
  const main = root.querySelector('main');
  if (!main) return '';
  const skip = ['[data-pagefind-ignore]', 'script', 'style', ...(opts.skipEditorial === false ? [] : ['[data-fidelity-skip]'])];
  for (const sel of skip) for (const el of main.querySelectorAll(sel)) el.remove();
  return blockText(main);
}

/** Joins block elements with newlines so words of adjacent blocks do not run together. */
function blockText(el: HTMLElement): string {
  return el.innerHTML
    .replace(/<(\/?)(p|li|h[1-6]|td|th|tr|div|section|aside|figure|figcaption|blockquote|dt|dd|br)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

/** Pages that carry source text: kapitel, erfaring and værktøj pages (the ones Pagefind indexes). */
export function sourcePages(pages = builtPages()): BuiltPage[] {
  return pages.filter((p) => p.html.includes('data-pagefind-body'));
}

export interface PublicationInfo { id: string; titel: string; kildefil: string; konverteret: boolean; kildestoej: string[] }

export function publications(): PublicationInfo[] {
  const dir = join(ROOT, 'content/publikationer');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const d = parseYaml(readFileSync(join(dir, f), 'utf8'));
      return { id: f.replace(/\.yaml$/, ''), titel: d.titel, kildefil: d.kildefil, konverteret: Boolean(d.konverteret), kildestoej: d.kildestoej ?? [] };
    });
}

export function sourceText(pub: PublicationInfo): string {
  return readFileSync(join(ROOT, 'content/sources', pub.kildefil), 'utf8');
}
