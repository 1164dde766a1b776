/**
 * Fill the built HTML templates with each route's prerendered markup:
 * dist/index.html (the essay) and dist/embed/<id>/index.html per diagram.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

function fill(template, { head, html }) {
  if (!template.includes('<!--head-->') || !template.includes('<!--app-->')) throw new Error('template lacks <!--head--> or <!--app-->');
  // Replacement functions, so a "$" in the markup is never read as a pattern.
  return template.replace('<!--head-->', () => head).replace('<!--app-->', () => html);
}

/** Render every route; returns the files written. */
export async function prerender() {
  const server = await import(pathToFileURL(resolve('dist-ssr/entry-server.js')).href);
  const written = [];
  const write = (path, text) => {
    mkdirSync(resolve(path, '..'), { recursive: true });
    writeFileSync(path, text);
    written.push(path);
  };

  const essayTemplate = readFileSync('dist/index.html', 'utf8');
  write('dist/index.html', fill(essayTemplate, await server.renderEssay()));

  const embedTemplate = readFileSync('dist/embed.html', 'utf8');
  for (const id of await server.routes()) write(`dist/embed/${id}/index.html`, fill(embedTemplate, await server.renderEmbed(id)));
  if (server.renderGallery) write('dist/embed/index.html', fill(embedTemplate, await server.renderGallery()));
  rmSync('dist/embed.html');
  return written;
}
