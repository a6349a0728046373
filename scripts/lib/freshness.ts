/** Whether dist/ was built after the last change to what it is built from. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What a build reads; a change to any of these makes dist/ stale. */
export const BUILD_INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'scripts/fonts.mjs', 'scripts/postbuild.mjs'];

function newestBelow(path: string, into: { file: string; mtime: number }[]): void {
  if (!existsSync(path)) return;
  const st = statSync(path);
  if (st.isDirectory()) {
    for (const name of readdirSync(path)) newestBelow(join(path, name), into);
  } else {
    into.push({ file: path, mtime: st.mtimeMs });
  }
}

/** Source files changed after the build finished (its oldest output is the safe mark), newest first. */
export function staleSources(root: string, dist: string): string[] {
  const built = statSync(join(dist, 'index.html')).mtimeMs;
  const files: { file: string; mtime: number }[] = [];
  for (const input of BUILD_INPUTS) newestBelow(join(root, input), files);
  return files.filter((f) => f.mtime > built).sort((a, b) => b.mtime - a.mtime).map((f) => relative(root, f.file));
}
