import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
// @ts-expect-error: plain ESM script without types
import { serve } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serve dist/ on 127.0.0.1 for the whole browser run. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('No production build in dist/: run `npm run build` (npm test does it for you).');
  const { server, url } = await serve('dist', 0);
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
