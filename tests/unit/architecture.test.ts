/**
 * The layout docs/arkitektur.md promises, checked over the imports: src/lib is pure logic (no astro:*, React or DOM,
 * nothing from the UI folders), and tooling under scripts/ never imports tests.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

const libFiles = files('src/lib', /\.ts$/);

describe('src/lib is pure', () => {
  it('has modules to check', () => expect(libFiles.length).toBeGreaterThan(10));

  it.each(libFiles)('%s imports no astro:*, React or UI folder', (file) => {
    const bad = imports(file).filter((spec) =>
      spec.startsWith('astro') || /^react(-dom)?(\/|$)/.test(spec) || /\/(tools|components|queries|browser|pages|layouts)\//.test(spec) || /\.astro$|\.tsx$/.test(spec),
    );
    expect(bad).toEqual([]);
  });

  it.each(libFiles)('%s touches no DOM or browser storage at run time', (file) => {
    const code = readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(document|window|localStorage|sessionStorage|navigator)\s*\./);
  });
});

describe('tooling', () => {
  it.each(files('scripts', /\.(ts|mjs|js)$/))('%s does not import from tests/', (file) => {
    expect(imports(file).filter((s) => s.includes('tests/'))).toEqual([]);
  });
});

