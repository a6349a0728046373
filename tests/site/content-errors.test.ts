/**
 * A content entry with a broken field fails the build, and the message names the file and the field.
 * Each case builds a copy of the working tree (committed or not, as the developer has it) with one file broken.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { execSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../../scripts/lib/site';

let dir: string;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const PAGE = 'content/kapitler/kunsten-at-lede-paa-tvaers/specialiseringens-svoebe.mdx';

function withBroken(file: string, edit: (text: string) => string, command: 'sync' | 'build') {
  const original = readFileSync(join(dir, file), 'utf8');
  writeFileSync(join(dir, file), edit(original));
  try {
    const r = spawnSync(process.execPath, [ASTRO, command], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
  } finally {
    writeFileSync(join(dir, file), original);
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ledelse-broken-'));
  // Tracked files and new files git does not ignore, as they are in the working tree (an uncommitted schema counts).
  const files = execSync('git ls-files -z --cached --others --exclude-standard', { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    try { cpSync(join(ROOT, f), join(dir, f)); } catch { /* deleted in the working tree but not yet in the index */ }
  }
  // Build inputs that `npm run build` generates before Astro runs (the subset fonts) are ignored by git: bring them too.
  cpSync(join(ROOT, 'src/styles/generated'), join(dir, 'src/styles/generated'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('malformed content fails the build', () => {
  it('names the file and field of a wrongly typed value', () => {
    const r = withBroken(PAGE, (t) => t.replace(/^resume: .*$/m, 'resume: 42'), 'sync');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('specialiseringens-svoebe.mdx');
    expect(r.output).toMatch(/resume/);
  });

  it('names the file and field of a missing required field', () => {
    const r = withBroken('content/publikationer/kunsten-at-lede-paa-tvaers.yaml', (t) => t.replace(/^maalgruppe: .*$/m, ''), 'sync');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('kunsten-at-lede-paa-tvaers');
    expect(r.output).toContain('maalgruppe');
  });

  it('names the file and field of a reference to a theme that does not exist', () => {
    const r = withBroken(PAGE, (t) => t.replace(/^temaer:.*(?:\n[ \t]+- .*)*$/m, 'temaer: [ukendt-tema]'), 'build');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('specialiseringens-svoebe.mdx');
    expect(r.output).toContain('temaer[0]');
    expect(r.output).toContain('ukendt-tema');
  });

  it('names the publication file when a page is missing from its reading order', () => {
    const r = withBroken('content/publikationer/kunsten-at-lede-paa-tvaers.yaml', (t) => t.replace(/^\s+- kapitel: kunsten-at-lede-paa-tvaers\/bli-rig-af-at-gi\n/m, ''), 'build');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/publikationer/kunsten-at-lede-paa-tvaers.yaml');
    expect(r.output).toContain('indhold');
    expect(r.output).toContain('bli-rig-af-at-gi');
  });
});

