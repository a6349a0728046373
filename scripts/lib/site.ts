/** Reads the built site in dist/: its pages, their main text, and the publications' source files. */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { normalise } from '../../src/lib/fidelity.ts';

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

/**
 * Text of <main> as a reader sees it, one block per line, without editorial notes and page chrome marked to be
 * skipped. With `linkAddresses`, an external link's address counts as text: it follows the link as a block of its
 * own (the source prints addresses apart from their link texts), unless the link text already is the address.
 */
export function mainText(html: string, opts: { skipEditorial?: boolean; linkAddresses?: boolean } = {}): string {
  const root = parseHtml(html, { blockTextElements: { script: false, style: false, noscript: false } });
  const main = root.querySelector('main');
  if (!main) return '';
  // data-fidelity-skip: editorial notes; data-fidelity-repeat: text repeated by design (a tool's fact panel, a
  // chapter's links to its cases), which would otherwise count as a repeated passage.
  const skip = ['[data-pagefind-ignore]', 'script', 'style', ...(opts.skipEditorial === false ? [] : ['[data-fidelity-skip]', '[data-fidelity-repeat]'])];
  for (const sel of skip) for (const el of main.querySelectorAll(sel)) el.remove();
  if (opts.linkAddresses) {
    for (const a of main.querySelectorAll('a[href]')) {
      const href = a.getAttribute('href')!;
      if (!/^(https?:|mailto:)/.test(href)) continue;
      const address = href.replace(/^mailto:/, '');
      if (!normalise(a.text).includes(normalise(address.replace(/^https?:\/\/(www\.)?/, '')))) a.insertAdjacentHTML('afterend', `<br>${escapeHtml(address)}<br>`);
    }
  }
  return blockText(main);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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

export interface PublicationInfo {
  id: string;
  titel: string;
  kildefil: string;
  konverteret: boolean;
  kildestoej: string[];
  /** URLs of the publication's own pages (kapitler, erfaringer, værktøjer) in reading order. */
  urls: string[];
}

const URL_PREFIX: Record<string, string> = { kapitel: '/publikationer/', erfaring: '/erfaringer/', vaerktoej: '/vaerktoejer/' };

export function publications(): PublicationInfo[] {
  const dir = join(ROOT, 'content/publikationer');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const d = parseYaml(readFileSync(join(dir, f), 'utf8'));
      const urls = (d.indhold ?? []).map((entry: Record<string, string>) => {
        const [kind, id] = Object.entries(entry)[0];
        return `${URL_PREFIX[kind]}${id}/`;
      });
      return { id: f.replace(/\.yaml$/, ''), titel: d.titel, kildefil: d.kildefil, konverteret: Boolean(d.konverteret), kildestoej: d.kildestoej ?? [], urls };
    });
}

/** A publication's own built pages as the fidelity gate reads them: blocks, no editorial notes, link addresses. */
export function publicationPages(pub: PublicationInfo, pages = builtPages()): { url: string; blocks: string[] }[] {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  return pub.urls.map((url) => {
    const page = byUrl.get(url);
    if (!page) throw new Error(`${pub.id}: siden ${url} findes ikke i dist/`);
    return { url, blocks: mainText(page.html, { linkAddresses: true }).split('\n') };
  });
}

export function sourceText(pub: PublicationInfo): string {
  return readFileSync(join(ROOT, 'content/sources', pub.kildefil), 'utf8');
}
