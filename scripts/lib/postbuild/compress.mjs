// Writes name.br and name.gz beside every text file in dist/, so a static host (and scripts/lib/server.ts) can
// send them with Content-Encoding instead of compressing on each request. Pagefind's index files and .woff2 are
// compressed already and are left alone; a compressed file that is not smaller is not written.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

export const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|txt|xml|webmanifest|map)$/;

function walk(dir) {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export function compressDist(dist) {
  let count = 0;
  for (const file of walk(dist)) {
    if (file.endsWith('.br') || file.endsWith('.gz')) {
      if (!existsSync(file.slice(0, -3))) unlinkSync(file);
      continue;
    }
    if (!COMPRESSIBLE.test(file)) continue;
    // Up to date from an earlier pass (postbuild compresses again after writing the service worker).
    if (existsSync(`${file}.gz`) && statSync(`${file}.gz`).mtimeMs >= statSync(file).mtimeMs) continue;
    const raw = readFileSync(file);
    const br = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
    const gz = gzipSync(raw, { level: 9 });
    if (br.length < raw.length) writeFileSync(`${file}.br`, br);
    if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
    count++;
  }
  return count;
}
