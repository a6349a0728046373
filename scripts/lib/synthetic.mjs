// A synthetic corpus N times the real one, for `npm run measure -- --x10`: the project is copied to a temp dir
// (node_modules linked), every publication with its chapters and cases is copied N-1 times under new ids, and the
// copy is built with the same `npm run build`. Reports build time, page count and how the largest list pages grew,
// so lists that grow with the corpus (not bounded) show.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const COPY = ['src', 'public', 'scripts', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

function multiply(content, n) {
  const pubs = readdirSync(join(content, 'publikationer')).filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));
  const erfaringer = readdirSync(join(content, 'erfaringer')).filter((f) => f.endsWith('.mdx'));
  for (let k = 2; k <= n; k++) {
    const suffix = `-kopi-${k}`;
    for (const pub of pubs) {
      const yaml = readFileSync(join(content, 'publikationer', `${pub}.yaml`), 'utf8')
        .replace(/^(\s*-\s*kapitel:\s*)([^/\s]+)\//gm, (_, a, p) => `${a}${p}${suffix}/`)
        .replace(/^(\s*-\s*erfaring:\s*)(\S+)/gm, (_, a, id) => `${a}${id}${suffix}`)
        .replace(/^(titel|kortTitel):\s*(.+)$/gm, (_, key, v) => `${key}: "${v.replace(/^"|"$/g, '')} (kopi ${k})"`);
      writeFileSync(join(content, 'publikationer', `${pub}${suffix}.yaml`), yaml);
      const chapters = join(content, 'kapitler', pub);
      if (!existsSync(chapters)) continue;
      mkdirSync(join(content, 'kapitler', `${pub}${suffix}`), { recursive: true });
      for (const f of readdirSync(chapters)) {
        const text = readFileSync(join(chapters, f), 'utf8').replace(/^publikation:\s*(\S+)/m, (_, p) => `publikation: ${p}${suffix}`);
        writeFileSync(join(content, 'kapitler', `${pub}${suffix}`, f), text);
      }
    }
    for (const f of erfaringer) {
      const text = readFileSync(join(content, 'erfaringer', f), 'utf8').replace(/^publikation:\s*(\S+)/m, (_, p) => `publikation: ${p}${suffix}`);
      writeFileSync(join(content, 'erfaringer', f.replace(/\.mdx$/, `${suffix}.mdx`)), text);
    }
  }
}

const walk = (d) => readdirSync(d).flatMap((x) => (statSync(join(d, x)).isDirectory() ? walk(join(d, x)) : [join(d, x)]));

function listSizes(dist) {
  const pick = ['kommuner/odense/index.html', 'erfaringer/index.html', 'temaer/ledelse/index.html', 'publikationer/index.html', 'kommuner/index.html', 'temaer/ledelse/handout/index.html'];
  return Object.fromEntries(pick.filter((p) => existsSync(join(dist, p))).map((p) => [p, statSync(join(dist, p)).size]));
}

export function buildSynthetic(n) {
  const dir = join(tmpdir(), `ledelse-x${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const p of COPY) cpSync(join(ROOT, p), join(dir, p), { recursive: true, filter: (s) => !s.includes('/src/styles/generated') });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  multiply(join(dir, 'content'), n);
  const t0 = performance.now();
  const r = spawnSync('npm', ['run', 'build'], { cwd: dir, stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`×${n}-bygningen fejlede (se ovenfor); kopien ligger i ${dir}`);
  const dist = join(dir, 'dist');
  const pages = walk(dist).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/')).length;
  const real = listSizes(join(ROOT, 'dist'));
  const big = listSizes(dist);
  const lists = Object.entries(big).map(([p, b]) => `${p.replace(/index\.html$/, '')}: ${(real[p] / 1024).toFixed(0)} → ${(b / 1024).toFixed(0)} KiB HTML (×${(b / real[p]).toFixed(1)})`);
  rmSync(dir, { recursive: true, force: true });
  return { seconds, pages, lists };
}
