/**
 * `npm run build`: the client bundle, the SSR bundle, the embed host script
 * (dist/embed.js), the web component (dist/lib/) and the digits asset
 * (dist/data/digits.bin.gz, scripts/digits.mjs), then every route
 * prerendered to a folder with its own index.html under dist/.
 */
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { rmSync } from 'node:fs';
import { prerender } from './prerender.mjs';
import { writeDigitsAsset } from './digits.mjs';

const started = performance.now();
rmSync('dist', { recursive: true, force: true });
rmSync('dist-ssr', { recursive: true, force: true });
await build({ logLevel: 'warn' });
await build({
  logLevel: 'warn',
  build: { ssr: 'src/entry-server.tsx', outDir: 'dist-ssr', rollupOptions: { input: 'src/entry-server.tsx' } },
});
// /embed.js: a classic script with no dependencies, for host pages.
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2020',
    lib: { entry: 'src/embed/hostScript.ts', formats: ['iife'], name: 'twoNeuronsEmbed', fileName: () => 'embed.js' },
  },
});
// The web component: one ES module whose diagram chunks load relative to its own URL, from any origin.
await build({
  configFile: false,
  logLevel: 'warn',
  plugins: [react()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist/lib',
    emptyOutDir: false,
    copyPublicDir: false,
    target: 'es2022',
    assetsInlineLimit: 0,
    lib: { entry: 'src/embed/element.ts', formats: ['es'], fileName: () => 'two-neurons.js' },
    rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
  },
});
// The handwritten digits: one binary file, fetched by the figure that needs it, never bundled.
const digits = writeDigitsAsset('dist');
const pages = await prerender();
console.log(`Built ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s:`);
for (const page of pages) console.log(`  ${page}`);
console.log(`${digits.file}: ${digits.rawBytes} bytes raw, ${digits.gzipBytes} gzip`);
