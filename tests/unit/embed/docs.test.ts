import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedApiMarkdown, withEmbedApi } from '../../../src/embed/docs';
import { diagramIds } from '../../../src/diagrams/registry';

describe("README's embed API section", () => {
  it('is generated from the current schemas', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const expected = withEmbedApi(readme, await embedApiMarkdown());
    expect(readme === expected, 'README.md is out of date: run `npx tsx scripts/docs.mjs` and commit README.md').toBe(true);
  });

  it('documents every registered diagram', async () => {
    const markdown = await embedApiMarkdown();
    for (const id of diagramIds) expect(markdown).toContain(`### \`${id}\``);
  });

  it('refuses a README without the markers', () => {
    expect(() => withEmbedApi('# no markers', 'x')).toThrow(/embed-api:start/);
  });
});
