import { describe, expect, it } from 'vitest';
import { exampleQuery, paramRows } from '../../../src/embed/paramRows';
import { defineSchema, parseParams } from '../../../src/params/schema';
import { diagramIds, loadDiagram } from '../../../src/diagrams/registry';

describe('paramRows', () => {
  it('describes each field with its type, range, default and meaning', () => {
    const schema = defineSchema({
      fields: {
        k: { kind: 'number', label: 'Inputs', description: 'How many inputs.', min: 1, max: 8, step: 1, default: 3, integer: true },
        act: { kind: 'choice', label: 'Activation', description: 'The activation.', choices: ['identity', 'relu'], default: 'identity' },
      },
    });
    expect(paramRows(schema)).toEqual([
      { name: 'k', type: 'integer', range: '1 to 8', default: '3', meaning: 'How many inputs.' },
      { name: 'act', type: 'choice', range: 'identity | relu', default: 'identity', meaning: 'The activation.' },
    ]);
  });

  it.each(diagramIds.map((id) => [id]))('gives %s an example query the schema reads without notices', async (id) => {
    const def = (await loadDiagram(id))!;
    expect(parseParams(def.schema, exampleQuery(def)).notices).toEqual([]);
  });
});
