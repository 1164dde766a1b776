/**
 * `npm run build`: the client bundle, the SSR bundle, then every route
 * prerendered to a folder with its own index.html under dist/.
 */
import { build } from 'vite';
import { rmSync } from 'node:fs';
import { prerender } from './prerender.mjs';

const started = performance.now();
rmSync('dist', { recursive: true, force: true });
rmSync('dist-ssr', { recursive: true, force: true });
await build({ logLevel: 'warn' });
await build({
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: 'dist-ssr', rollupOptions: { input: 'src/entry-server.tsx' } },
});
const pages = await prerender();
console.log(`Built ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
for (const page of pages) console.log(`  ${page}`);
