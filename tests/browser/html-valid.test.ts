/**
 * Valid HTML: the Nu HTML Checker (the W3C's validator, vnu-jar) over every
 * page of the build and every snippet the site hands to others, each snippet
 * wrapped in a minimal document. Pages are found by walking dist/, snippets by
 * calling the snippet functions for every registered diagram, so a page or a
 * diagram added later is checked too. One run of the checker for all files:
 * starting Java is most of the cost.
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alternateQuery, def, diagramIds } from './embed-helpers';
import { htmlFiles } from './harness';
import { elementSnippet, iframeSnippet, type EmbedTarget } from '../../src/embed/snippets';
import { figureText } from '../../src/essay/figureTools';

const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const ORIGIN = 'https://two-neurons.example.org';

interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/** The minimal valid document a snippet is pasted into. */
const wrap = (snippet: string): string =>
  `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>A host page</title>\n</head>\n<body>\n${snippet}\n</body>\n</html>\n`;

/** Every snippet, by a name that says where it comes from: name → HTML. */
async function snippets(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  // figureText reads the page's origin: give it ours.
  vi.stubGlobal('window', { location: { origin: ORIGIN } });
  try {
    for (const id of diagramIds) {
      const d = await def(id);
      for (const [state, query] of [
        ['default', ''],
        ['changed', alternateQuery(d)],
      ]) {
        const target: EmbedTarget = { origin: ORIGIN, id, query, title: d.title };
        // The figure tools copy for an island in this state (not yet awake, so its data-params).
        const island = { dataset: { island: id, params: query } } as unknown as HTMLElement;
        out.set(`iframe snippet, ${id}, ${state}`, iframeSnippet(target));
        out.set(`web component snippet, ${id}, ${state}`, elementSnippet(target));
        out.set(`figure tools' embed code, ${id}, ${state}`, figureText('iframe', island, d.title));
        out.set(`figure tools' web component, ${id}, ${state}`, figureText('element', island, d.title));
      }
    }
  } finally {
    vi.unstubAllGlobals();
  }
  const readme = readFileSync('README.md', 'utf8');
  [...readme.matchAll(/^```html\n([\s\S]*?)^```$/gm)].forEach((match, i) => out.set(`README.md's html example ${i + 1}`, match[1]));
  return out;
}

/** Run the checker once over `files`; its messages of type error (or failures to read a file). */
function vnuErrors(files: string[]): VnuMessage[] {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error) {
    throw new Error(
      'No Java found: the Nu HTML Checker (vnu-jar) needs it to check the HTML.\n' +
        '  On Debian or Ubuntu:  sudo apt-get update && sudo apt-get install -y default-jre-headless\n' +
        '  (or put any Java 11 or newer on PATH).',
    );
  }
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(run.stderr || run.stdout);
  } catch {
    throw new Error(`The Nu HTML Checker did not report in JSON (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  }
  return report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
}

/** The errors, grouped by what they are in: a count, then the first few with their line and markup. */
function report(errors: VnuMessage[], names: Map<string, string>): string {
  const byFile = new Map<string, VnuMessage[]>();
  for (const m of errors) {
    const name = m.url?.startsWith('file:') ? (names.get(fileURLToPath(m.url)) ?? m.url) : (m.url ?? '?');
    byFile.set(name, [...(byFile.get(name) ?? []), m]);
  }
  return [...byFile]
    .map(([name, found]) => {
      const shown = found.slice(0, 3).map((m) => `  line ${m.lastLine ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.trim()}` : ''}`);
      return [
        `${name}: ${found.length} error${found.length === 1 ? '' : 's'}`,
        ...shown,
        ...(found.length > 3 ? [`  … and ${found.length - 3} more`] : []),
      ].join('\n');
    })
    .join('\n');
}

const scratch = mkdtempSync(join(tmpdir(), 'two-neurons-vnu-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the HTML', () => {
  it('of every built page and every snippet has no error in the Nu HTML Checker', async () => {
    const pages = htmlFiles('dist').map((file) => resolve(file));
    // The walk found the site: the essay, the gallery and one embed page per diagram.
    for (const page of ['index.html', 'embed/index.html', ...diagramIds.map((id) => `embed/${id}/index.html`)]) expect(pages).toContain(resolve('dist', page));

    // File checked → what it is (a page's path, or the snippet's name).
    const names = new Map<string, string>(pages.map((file) => [file, relative('.', file)]));
    [...(await snippets())].forEach(([name, snippet], i) => {
      const file = join(scratch, `snippet-${i}.html`);
      writeFileSync(file, wrap(snippet));
      names.set(file, name);
    });

    const errors = vnuErrors([...names.keys()]);
    expect(errors.length, report(errors, names)).toBe(0);
  });
});
