/** Serves dist/ once for all site tests, and refuses a build older than the code and content it was made from. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/lib/server';
import { DIST, ROOT } from '../../scripts/lib/site';
import { staleSources } from '../../scripts/lib/freshness';

declare module 'vitest' {
  export interface ProvidedContext { baseUrl: string }
}

export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST}/index.html`)) throw new Error('dist/ mangler: kør «npm run build» før site-testene (npm test gør det).');
  const stale = staleSources(ROOT, DIST);
  if (stale.length) {
    throw new Error(`dist/ er ældre end ${stale.length} kildefil(er), fx ${stale.slice(0, 3).join(', ')}: kør «npm run build» før site-testene.`);
  }
  const { server, url } = await startServer(DIST);
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
