/**
 * Checks over the built essay: every section has text, every citation
 * resolves, and none of the seed text's corrected mistakes appears.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';

const html = readFileSync('dist/index.html', 'utf8');
const text = html
  .replace(/<[^>]+>/g, ' ')
  .replace(/&nbsp;/g, ' ')
  .replace(/\s+/g, ' ');

describe('the built essay', () => {
  it('never repeats a mistake the science brief corrects', () => {
    for (const wrong of ['860 billion', '860B', '860 B ', '6 trillion', '200 images', 'neurotransmitters such as Na', 'spreads positive ions']) {
      expect(text.includes(wrong), wrong).toBe(false);
    }
  });

  it('links every citation to a bibliography entry, and lists only cited works', () => {
    const cited = new Set([...html.matchAll(/data-cite="([^"]+)"/g)].map((m) => m[1]));
    const listed = new Set([...html.matchAll(/data-ref="([^"]+)"/g)].map((m) => m[1]));
    expect(cited.size).toBeGreaterThanOrEqual(20);
    expect([...cited].filter((key) => !listed.has(key))).toEqual([]);
    expect([...listed].filter((key) => !cited.has(key))).toEqual([]);
    expect(html).not.toContain('cite-missing');
  });

  it('gives every bibliography entry a DOI or a stable link', () => {
    const entries = [...html.matchAll(/<li[^>]*data-ref="[^"]+"[^>]*>(.*?)<\/li>/gs)].map((m) => m[1] ?? '');
    expect(entries.length).toBeGreaterThanOrEqual(20);
    const linked = entries.filter((entry) => /href="https:\/\//.test(entry));
    expect(linked.length / entries.length).toBeGreaterThan(0.8);
  });

  it('typesets math at build time and ships no KaTeX JavaScript', () => {
    expect(html).toContain('class="katex"');
    expect(html).not.toContain('katex-error');
    expect(html).not.toMatch(/<script[^>]*katex/i);
    for (const file of readdirSync('dist/assets').filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(`dist/assets/${file}`, 'utf8');
      expect(/KaTeX parse error|renderToString\(.*katex/i.test(code), file).toBe(false);
    }
  });
});
