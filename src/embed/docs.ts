/**
 * The README's embed API section, generated from the registry: for every
 * diagram its parameters (from its schema) and readouts (from a server
 * render with the defaults). `npx tsx scripts/docs.mjs` writes it; a unit
 * test fails when README.md is out of date.
 */
import { loadAllDiagrams } from '../diagrams/registry';
import { exampleQuery, paramRows } from './paramRows';
import { readoutNames } from './readouts';
import { ELEMENT_NAME } from './snippets';

export const START_MARKER = '<!-- embed-api:start -->';
export const END_MARKER = '<!-- embed-api:end -->';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function code(text: string): string {
  return text === '' ? '(empty)' : `\`${text}\``;
}

/** The generated Markdown for every registered diagram. */
export async function embedApiMarkdown(): Promise<string> {
  const lines = ["<!-- Generated from the diagrams' schemas by `npx tsx scripts/docs.mjs`: edit the schemas, not this. -->", ''];
  for (const def of (await loadAllDiagrams()).values()) {
    const example = exampleQuery(def);
    lines.push(`### \`${def.id}\`: ${def.title}`, '', def.description, '');
    lines.push(`\`/embed/${def.id}/${example ? `?${example}` : ''}\` · \`<${ELEMENT_NAME} name="${def.id}" params="${example}">\``, '');
    lines.push('| name | type | range or choices | default | meaning |', '|---|---|---|---|---|');
    for (const row of paramRows(def.schema)) {
      lines.push(`| \`${row.name}\` | ${cell(row.type)} | ${cell(row.range)} | ${cell(code(row.default))} | ${cell(row.meaning)} |`);
    }
    const readouts = readoutNames(def);
    lines.push('', readouts.length ? `Readouts (with the defaults): ${readouts.map((name) => `\`${name}\``).join(', ')}.` : 'Readouts: none.', '');
  }
  return lines.join('\n');
}

/** `readme` with the text between the markers replaced by `section`; throws when a marker is missing. */
export function withEmbedApi(readme: string, section: string): string {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER);
  if (start < 0 || end < start) throw new Error(`README.md needs ${START_MARKER} and ${END_MARKER}, in that order.`);
  return `${readme.slice(0, start + START_MARKER.length)}\n${section.trim()}\n${readme.slice(end)}`;
}
