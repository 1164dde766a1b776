/**
 * The reference list is complete and linkable: every work has a DOI, a PubMed
 * id, an arXiv id or a stable URL, and every key that the essay's MDX or the
 * core's data files cite is in content/references.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { references, type Reference } from '../../content/references';
import { SCALE_ENTRIES } from '../../src/core';

const DOI = /^10\.\d{4,9}\/\S+$/;
const PMID = /^\d{5,9}$/;
const ARXIV = /arxiv\.org\/abs\/\d{4}\.\d{4,5}|^10\.48550\/arXiv\.\d{4}\.\d{4,5}$/i;

/** What is wrong with an entry's identifiers, or '' if it has a usable one. */
function identifierProblem(ref: Reference): string {
  if (ref.doi !== undefined && !DOI.test(ref.doi)) return `malformed DOI “${ref.doi}”`;
  if (ref.pmid !== undefined && !PMID.test(ref.pmid)) return `malformed PMID “${ref.pmid}”`;
  if (ref.url !== undefined) {
    let url: URL;
    try {
      url = new URL(ref.url);
    } catch {
      return `unreadable URL “${ref.url}”`;
    }
    // A search page or a shortener is not a stable address for one work.
    if (url.protocol !== 'https:' || /(^|\.)google\.|bit\.ly$|\/search/.test(url.hostname + url.pathname)) return `unstable URL “${ref.url}”`;
  }
  if (!ref.doi && !ref.pmid && !ref.url) return 'no DOI, PMID, arXiv id or URL';
  return '';
}

/** Every key cited in the MDX sections, with the file it appears in. */
function mdxCitations(): { key: string; file: string }[] {
  const out: { key: string; file: string }[] = [];
  for (const file of readdirSync('content').filter((name) => name.endsWith('.mdx'))) {
    const text = readFileSync(`content/${file}`, 'utf8');
    for (const m of text.matchAll(/<Cite\s+id="([^"]*)"/g)) {
      for (const key of (m[1] ?? '').split(',')) out.push({ key: key.trim(), file });
    }
  }
  return out;
}

describe('content/references.ts', () => {
  it('gives every work a DOI, PMID, arXiv id or stable URL', () => {
    const problems = Object.entries(references)
      .map(([key, ref]) => [key, identifierProblem(ref)] as const)
      .filter(([, problem]) => problem !== '');
    expect(problems).toEqual([]);
  });

  it('recognises the identifiers it accepts and rejects bad ones', () => {
    const base = { authors: 'A', year: 2000, title: 'T', venue: 'V' };
    expect(identifierProblem({ ...base, doi: '10.1093/cercor/1.1.1-a' })).toBe('');
    expect(identifierProblem({ ...base, pmid: '2335441' })).toBe('');
    expect(identifierProblem({ ...base, url: 'https://arxiv.org/abs/2212.13345' })).toBe('');
    expect(ARXIV.test('https://arxiv.org/abs/2212.13345')).toBe(true);
    expect(identifierProblem(base)).toMatch(/no DOI/);
    expect(identifierProblem({ ...base, doi: 'doi:10.1/x' })).toMatch(/malformed DOI/);
    expect(identifierProblem({ ...base, url: 'http://example.org/paper' })).toMatch(/unstable/);
    expect(identifierProblem({ ...base, url: 'https://www.google.com/search?q=paper' })).toMatch(/unstable/);
  });

  it('holds every key the MDX cites', () => {
    const cited = mdxCitations();
    expect(cited.length).toBeGreaterThan(50);
    expect(cited.filter(({ key }) => !(key in references))).toEqual([]);
  });

  it('holds every key the core’s data files cite, and their DOIs agree', () => {
    for (const entry of SCALE_ENTRIES) {
      expect(entry.source.refs.length, entry.id).toBeGreaterThan(0);
      for (const key of entry.source.refs) expect(key in references, `${entry.id} cites ${key}`).toBe(true);
      if (entry.source.doi) {
        const dois = entry.source.refs.map((key) => references[key]?.doi);
        expect(dois, `${entry.id}: doi ${entry.source.doi} is not one of its refs'`).toContain(entry.source.doi);
      }
    }
  });
});
