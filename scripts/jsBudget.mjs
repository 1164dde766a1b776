/**
 * JavaScript sizes from the build's own files, by the chunk graph in Vite's
 * manifest: what the essay loads before any figure wakes, what one embed page
 * loads in all, and each figure's own chunk. Sizes are gzip (level 9) bytes.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export function loadManifest(dist = 'dist') {
  return JSON.parse(readFileSync(`${dist}/.vite/manifest.json`, 'utf8'));
}

/** gzip size of one built file. */
export function gzipSize(dist, file) {
  return gzipSync(readFileSync(`${dist}/${file}`), { level: 9 }).length;
}

/** Every JS file a manifest key loads statically (itself and its static imports, transitively). */
export function staticGraph(manifest, key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return seen;
  seen.add(key);
  for (const dep of chunk.imports ?? []) staticGraph(manifest, dep, seen);
  return seen;
}

function filesOf(manifest, keys) {
  return new Set([...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js')));
}

function total(dist, files) {
  let sum = 0;
  for (const file of files) sum += gzipSize(dist, file);
  return sum;
}

/** The whole report: { essayFirstLoad, embed: {id: bytes}, figures: {id: bytes}, katexShipped }. */
export function jsReport(dist = 'dist') {
  const manifest = loadManifest(dist);
  const essayKeys = staticGraph(manifest, 'index.html');
  const embedKeys = staticGraph(manifest, 'embed.html');
  // What the essay's first wake loads (mount, React): its dynamic imports' static graphs.
  const mountKeys = new Set();
  for (const key of manifest['index.html']?.dynamicImports ?? []) staticGraph(manifest, key, mountKeys);
  const diagramKeys = Object.keys(manifest).filter((key) => /^src\/diagrams\/[^/]+\/index\.tsx$/.test(key));
  const figures = {};
  const embed = {};
  for (const key of diagramKeys) {
    const id = key.split('/')[2];
    const graph = staticGraph(manifest, key);
    // A figure's own cost: what its chunk adds beyond what the page and mount() already load.
    const own = [...graph].filter((k) => !essayKeys.has(k) && !mountKeys.has(k));
    figures[id] = total(dist, filesOf(manifest, own));
    embed[id] = total(dist, filesOf(manifest, new Set([...embedKeys, ...graph])));
  }
  const allJs = Object.values(manifest).filter((c) => c.file.endsWith('.js'));
  const katexShipped = allJs.some((c) => /katex/i.test(c.src ?? '') || /KaTeX parse error/.test(readFileSync(`${dist}/${c.file}`, 'utf8')));
  return {
    essayFirstLoad: total(dist, filesOf(manifest, essayKeys)),
    mount: total(
      dist,
      filesOf(
        manifest,
        [...mountKeys].filter((k) => !essayKeys.has(k)),
      ),
    ),
    embed,
    figures,
    katexShipped,
  };
}
