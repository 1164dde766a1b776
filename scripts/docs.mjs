/**
 * Write the README's embed API section (between <!-- embed-api:start --> and
 * <!-- embed-api:end -->) from every registered diagram's schema and readouts:
 *   npx tsx scripts/docs.mjs        (plain `node scripts/docs.mjs` works too)
 * Loads src/embed/docs.ts through Vite, which resolves the registry's glob.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';

const vite = await createServer({ logLevel: 'error', server: { middlewareMode: true, hmr: false, watch: null }, appType: 'custom' });
try {
  const { embedApiMarkdown, withEmbedApi } = await vite.ssrLoadModule('/src/embed/docs.ts');
  const before = readFileSync('README.md', 'utf8');
  const after = withEmbedApi(before, await embedApiMarkdown());
  if (after === before) console.log('README.md: embed API section is up to date.');
  else {
    writeFileSync('README.md', after);
    console.log('README.md: embed API section rewritten.');
  }
} finally {
  await vite.close();
}
