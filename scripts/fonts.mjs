// Build step before Astro: subsets the site's web fonts and writes src/styles/generated/fonts.css.
// Each face is split in two files with disjoint unicode-range: «core» holds the characters the site's own text uses
// (content/ and the UI strings in src/), «extra» the rest of Latin-1 and common typography, which only what a user
// types needs; the browser fetches «extra» only when such a character is shown. Anything else falls back cleanly.
// Hinting is dropped (modern rasterisers ignore it) and only the layout features text shaping needs are kept.
// Each family also gets a metric-matched local fallback (size-adjust, ascent/descent overrides), so the swap to
// the web font does not move text. Output is cached by content hash; a rebuild with unchanged text costs nothing.
import subsetFont from 'subset-font';
import { fromFile } from '@capsizecss/unpack/fs';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'src/styles/generated');
const FONTSOURCE = join(ROOT, 'node_modules/@fontsource');

/** The faces the design uses. `preload` marks the body face, preloaded by Base.astro. */
export const FACES = [
  { family: 'IBM Plex Sans', file: 'ibm-plex-sans/files/ibm-plex-sans-latin-400-normal.woff2', weight: 400, style: 'normal', name: 'plex-sans-400' },
  { family: 'IBM Plex Sans', file: 'ibm-plex-sans/files/ibm-plex-sans-latin-600-normal.woff2', weight: 600, style: 'normal', name: 'plex-sans-600' },
  { family: 'Source Serif 4', file: 'source-serif-4/files/source-serif-4-latin-400-normal.woff2', weight: 400, style: 'normal', name: 'source-serif-400', preload: true },
  { family: 'Source Serif 4', file: 'source-serif-4/files/source-serif-4-latin-400-italic.woff2', weight: 400, style: 'italic', name: 'source-serif-400-italic' },
  { family: 'Source Serif 4', file: 'source-serif-4/files/source-serif-4-latin-600-normal.woff2', weight: 600, style: 'normal', name: 'source-serif-600' },
];

/**
 * Local fallbacks per family. Their metrics are those of Liberation Sans/Serif, which are metric-compatible with
 * Arial and Times New Roman (same advance widths and vertical metrics), so one set of overrides fits all three names.
 */
const FALLBACKS = {
  'IBM Plex Sans': { local: ['Arial', 'Liberation Sans', 'Arimo'], unitsPerEm: 2048, ascent: 1854, descent: -434, lineGap: 67, xWidthAvg: 913 },
  'Source Serif 4': { local: ['Times New Roman', 'Liberation Serif', 'Tinos'], unitsPerEm: 2048, ascent: 1825, descent: -443, lineGap: 87, xWidthAvg: 832 },
};

/** Kept OpenType features: kerning, standard ligatures, and what composes accented letters. */
const FEATURES = ['kern', 'liga', 'ccmp', 'locl', 'mark', 'mkmk'];

/** Latin-1 (printable) plus the typography Danish text uses: what a user may type into a tool. */
const TYPED = [
  ...range(0x20, 0x7e), ...range(0xa0, 0xff),
  0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2022, 0x2026, 0x20ac, 0x2212,
];

/** MDX and YAML syntax, not text; if a page does show one of them, it is in the «extra» file. */
const MARKUP = new Set('#*_{}|\\^~<>`=[]$@');
/** Blocks UI strings draw from; symbols elsewhere in src/ (box drawing in comments, emoji) are not text. */
const TEXT_BLOCKS = [[0xa0, 0x24f], [0x2010, 0x206f], [0x20ac, 0x20ac], [0x2190, 0x2193], [0x2212, 0x2212]];

function range(a, b) { return Array.from({ length: b - a + 1 }, (_, i) => a + i); }

function walk(dir, keep) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p, keep) : keep(p) ? [p] : [];
  });
}

/**
 * The characters the site's text uses: everything in content/ (except the original sources, which are not shown
 * as such) and the non-ASCII characters in src/ (Danish UI strings; ASCII there is mostly code syntax).
 */
export function siteCharacters() {
  const set = new Set();
  for (const f of walk(join(ROOT, 'content'), (p) => /\.(mdx?|ya?ml|json)$/.test(p) && !p.includes('/sources/'))) {
    for (const c of readFileSync(f, 'utf8')) if (!MARKUP.has(c)) set.add(c.codePointAt(0));
  }
  for (const f of walk(join(ROOT, 'src'), (p) => /\.(astro|tsx?|ts|css)$/.test(p) && !p.includes('/generated/'))) {
    for (const c of readFileSync(f, 'utf8')) { const cp = c.codePointAt(0); if (cp > 0x7e && TEXT_BLOCKS.some(([a, b]) => cp >= a && cp <= b)) set.add(cp); }
  }
  // Whitespace and controls need no glyph; U+00AD and the BOM neither.
  return [...set].filter((cp) => cp >= 0x20 && cp !== 0xad && cp !== 0xfeff).sort((a, b) => a - b);
}

/** Compact CSS unicode-range: consecutive code points become U+XX-YY. */
export function unicodeRange(cps) {
  const sorted = [...new Set(cps)].sort((a, b) => a - b);
  const parts = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    const hex = (n) => n.toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(sorted[i])}` : `U+${hex(sorted[i])}-${hex(sorted[j])}`);
    i = j;
  }
  return parts.join(', ');
}

const pct = (n) => `${(n * 100).toFixed(2)}%`;

async function fallbackFace(family) {
  const face = FACES.find((f) => f.family === family && f.weight === 400 && f.style === 'normal');
  const web = await fromFile(join(FONTSOURCE, face.file));
  const fb = FALLBACKS[family];
  const sizeAdjust = (web.xWidthAvg / web.unitsPerEm) / (fb.xWidthAvg / fb.unitsPerEm);
  const per = web.unitsPerEm * sizeAdjust;
  return `@font-face {
  font-family: '${family} Fallback';
  src: ${fb.local.map((n) => `local('${n}')`).join(', ')};
  size-adjust: ${pct(sizeAdjust)};
  ascent-override: ${pct(web.ascent / per)};
  descent-override: ${pct(Math.abs(web.descent) / per)};
  line-gap-override: ${pct(web.lineGap / per)};
}`;
}

export async function buildFonts() {
  const core = siteCharacters();
  const coreSet = new Set(core);
  const extra = TYPED.filter((cp) => !coreSet.has(cp));
  const key = createHash('sha256').update(JSON.stringify({ core, extra, FACES, FEATURES, v: 1 })).digest('hex').slice(0, 16);
  const stamp = join(OUT, '.key');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === key) return { cached: true, core: core.length, extra: extra.length };

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const css = ['/* Generated by scripts/fonts.mjs: do not edit. */'];
  for (const family of Object.keys(FALLBACKS)) css.push(await fallbackFace(family));
  for (const face of FACES) {
    const source = readFileSync(join(FONTSOURCE, face.file));
    for (const [part, cps] of [['core', core], ['extra', extra]]) {
      const text = String.fromCodePoint(...cps);
      const woff2 = await subsetFont(source, text, { targetFormat: 'woff2', noHinting: true, noLayoutClosure: true, keepFeatures: FEATURES });
      const file = `${face.name}-${part}.woff2`;
      writeFileSync(join(OUT, file), woff2);
      css.push(`@font-face {
  font-family: '${face.family}';
  font-style: ${face.style};
  font-weight: ${face.weight};
  font-display: swap;
  src: url('./${file}') format('woff2');
  unicode-range: ${unicodeRange(cps)};
}`);
    }
  }
  writeFileSync(join(OUT, 'fonts.css'), css.join('\n') + '\n');
  writeFileSync(stamp, key);
  return { cached: false, core: core.length, extra: extra.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await buildFonts();
  if (!r.cached) console.log(`fonts: ${FACES.length} snit, ${r.core} tegn fra sitets tekst + ${r.extra} tegn til det, brugere skriver`);
}
