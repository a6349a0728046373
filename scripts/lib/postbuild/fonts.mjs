// Checks that every character the built pages show is in a subset face (scripts/fonts.mjs wrote their ranges).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const GENERATED = new URL('../../../src/styles/generated/fonts.css', import.meta.url).pathname;

function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Code points covered by the unicode-range declarations of the generated font CSS. */
function covered() {
  const set = new Set();
  if (!existsSync(GENERATED)) return set;
  for (const m of readFileSync(GENERATED, 'utf8').matchAll(/unicode-range:([^;]+);/g)) {
    for (const part of m[1].split(',')) {
      const [a, b] = part.trim().slice(2).split('-').map((h) => parseInt(h, 16));
      for (let cp = a; cp <= (b ?? a); cp++) set.add(cp);
    }
  }
  return set;
}

/** Characters in the built pages' text outside every subset (shown with a system font): should stay short. */
export function checkFontCoverage(dist) {
  const ok = covered();
  const missing = new Set();
  for (const file of walk(dist).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'))) {
    // A regex pass is enough: only non-ASCII matters here, and Astro writes it as UTF-8, not as entities.
    const text = readFileSync(file, 'utf8').replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]*>/g, '');
    for (const c of text) {
      const cp = c.codePointAt(0);
      if (cp > 0x20 && cp !== 0xa0 && !ok.has(cp)) missing.add(c);
    }
  }
  return [...missing];
}
