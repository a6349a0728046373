/** Serves dist/ once for all site tests. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/lib/server';
import { DIST } from '../../scripts/lib/site';

declare module 'vitest' {
  export interface ProvidedContext { baseUrl: string }
}

export default async function setup(project: TestProject) {
  if (!existsSync(`${DIST}/index.html`)) throw new Error('dist/ mangler: kør «npm run build» før site-testene (npm test gør det).');
  const { server, url } = await startServer(DIST);
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
