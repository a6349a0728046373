import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staleSources } from '../../scripts/lib/freshness';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(buildAt: number, sourceAt: number) {
  root = mkdtempSync(join(tmpdir(), 'fresh-'));
  mkdirSync(join(root, 'src/lib'), { recursive: true });
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'src/lib/a.ts'), 'x');
  writeFileSync(join(root, 'dist/index.html'), 'x');
  utimesSync(join(root, 'src/lib/a.ts'), sourceAt, sourceAt);
  utimesSync(join(root, 'dist/index.html'), buildAt, buildAt);
}

describe('a stale build is refused', () => {
  it('names a source changed after the build', () => {
    project(1000, 2000);
    expect(staleSources(root, join(root, 'dist'))).toEqual(['src/lib/a.ts']);
  });
  it('accepts a build made after the last change', () => {
    project(2000, 1000);
    expect(staleSources(root, join(root, 'dist'))).toEqual([]);
  });
});
