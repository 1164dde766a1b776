/**
 * A plain static file server for dist/, as any CDN would serve it: each route
 * is a folder with index.html. Used by `npm start`, the browser tests and the
 * audit. Listens on 127.0.0.1 only.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

/** Start serving `root` on 127.0.0.1:`port` (0 picks a free port); resolves to the server and its URL. */
export function serve(root = 'dist', port = 0) {
  const base = resolve(root);
  // Long URLs reach the page (its parser must cope), as on CDNs that accept them.
  const server = createServer({ maxHeaderSize: 64 * 1024 }, (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { Location: `${path}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const immutable = file.includes(`${sep}assets${sep}`);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = {
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
    };
    // The web component is a module other origins load, with its chunks: modules need CORS.
    if (path.startsWith('/lib/') || path.startsWith('/assets/')) headers['Access-Control-Allow-Origin'] = '*';
    let body = readFileSync(file);
    // Compress text as a CDN would.
    if (/text|javascript|json|svg|xml/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
    }
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      done({ server, url: `http://127.0.0.1:${address.port}` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!existsSync('dist/index.html')) {
    console.error('No build found: run `npm run build` first (or `npm start`, which builds and serves).');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 4173);
  const { url } = await serve('dist', port).catch((error) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(`Port ${port} is already in use on 127.0.0.1. Stop the other server, or pick another port: PORT=4174 npm run serve`);
    process.exit(1);
  });
  console.log(`Two Neurons is being served at ${url}/  (Ctrl+C to stop)`);
}
