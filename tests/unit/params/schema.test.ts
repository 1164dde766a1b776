import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defineSchema, defaults, describeField, fitLength, parseParams, serializeParams } from '../../../src/params/schema';

const schema = defineSchema({
  fields: {
    k: { kind: 'number', label: 'Inputs', description: 'How many inputs.', min: 1, max: 8, step: 1, default: 3, integer: true },
    gain: { kind: 'number', label: 'Gain', description: 'A gain.', min: -5, max: 5, step: 0.1, default: 1 },
    act: { kind: 'choice', label: 'Activation', description: 'Which.', choices: ['identity', 'relu'] as const, default: 'identity' },
    on: { kind: 'boolean', label: 'On', description: 'Whether.', default: false },
    x: { kind: 'list', label: 'x', description: 'Inputs.', min: -5, max: 5, step: 0.1, default: [1, 2, 3], maxLength: 8 },
  },
  normalize(params, given) {
    const changed = fitLength(params.x, params.k, () => 0);
    return changed && given.has('x') ? ['“x” should have k numbers; it was fitted.'] : [];
  },
});

describe('parseParams', () => {
  it('returns the defaults and no notice for an empty query', () => {
    expect(parseParams(schema, '')).toEqual({ params: defaults(schema), notices: [] });
    expect(parseParams(schema, null).notices).toEqual([]);
  });

  it('reads valid values of every kind', () => {
    const { params, notices } = parseParams(schema, '?k=2&gain=-1.5&act=relu&on=1&x=0.5,-2');
    expect(notices).toEqual([]);
    expect(params).toEqual({ k: 2, gain: -1.5, act: 'relu', on: true, x: [0.5, -2] });
  });

  it('clamps out-of-range numbers and rounds integers, with a notice', () => {
    const { params, notices } = parseParams(schema, 'k=99&gain=-7');
    expect(params.k).toBe(8);
    expect(params.gain).toBe(-5);
    expect(notices).toHaveLength(2);
    expect(parseParams(schema, 'k=2.6').params.k).toBe(3);
  });

  it('falls back to defaults for garbage, NaN, Infinity and 1e309', () => {
    for (const bad of ['abc', 'NaN', 'Infinity', '1e309', '', '0x10', '1,2', ' ']) {
      const { params, notices } = parseParams(schema, `gain=${encodeURIComponent(bad)}`);
      expect(params.gain, bad).toBe(1);
      expect(notices.length, bad).toBe(1);
    }
  });

  it('never echoes markup from the input in a notice', () => {
    const { notices } = parseParams(schema, 'k=abc&w=<script>alert(1)</script>&n=1e309&<img src=x>=1');
    const text = notices.join(' ');
    expect(text).not.toContain('<');
    expect(text).toContain('unknown');
  });

  it('uses the first of repeated keys and says so', () => {
    const { params, notices } = parseParams(schema, 'act=relu&act=identity');
    expect(params.act).toBe('relu');
    expect(notices.join(' ')).toContain('more than once');
  });

  it('ignores the page keys listen and theme without a notice', () => {
    expect(parseParams(schema, 'listen=1&theme=dark').notices).toEqual([]);
  });

  it('rejects a query that is too long as a whole', () => {
    const { params, notices } = parseParams(schema, `x=${'1,'.repeat(5000)}`);
    expect(params).toEqual(defaults(schema));
    expect(notices).toHaveLength(1);
  });

  it('truncates lists longer than allowed, and fits lists to their size', () => {
    const long = parseParams(schema, `k=8&x=${Array.from({ length: 20 }, () => 1).join(',')}`);
    expect(long.params.x).toHaveLength(8);
    expect(long.notices.join(' ')).toContain('at most 8');
    const short = parseParams(schema, 'k=5&x=1');
    expect(short.params.x).toEqual([1, 0, 0, 0, 0]);
    expect(short.notices).toHaveLength(1);
    expect(parseParams(schema, 'k=5').notices).toEqual([]);
  });

  it('reads plain objects (attributes and messages) and rejects other shapes', () => {
    expect(parseParams(schema, { k: 2, act: 'relu', x: [1, 2] }).params).toMatchObject({ k: 2, act: 'relu', x: [1, 2] });
    expect(parseParams(schema, { k: { toString: () => '2' } }).params.k).toBe(3);
    expect(parseParams(schema, [1, 2] as unknown as Record<string, unknown>).notices).toHaveLength(1);
  });

  it('keeps the base for keys the input does not set', () => {
    const base = { ...defaults(schema), k: 5, x: [1, 1, 1, 1, 1] };
    expect(parseParams(schema, { act: 'relu' }, base).params).toMatchObject({ k: 5, act: 'relu' });
  });

  it('never throws and always returns values inside the schema, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const { params } = parseParams(schema, text);
        expect(params.k).toBeGreaterThanOrEqual(1);
        expect(params.k).toBeLessThanOrEqual(8);
        expect(Number.isInteger(params.k)).toBe(true);
        expect(['identity', 'relu']).toContain(params.act);
        expect(params.x).toHaveLength(params.k);
        for (const v of params.x) expect(Math.abs(v)).toBeLessThanOrEqual(5);
      }),
    );
  });
});

describe('serializeParams', () => {
  it('writes only what differs from the defaults, readably', () => {
    const params = { ...defaults(schema), gain: -0.25, act: 'relu' as const, x: [1, -2.5, 3] };
    expect(serializeParams(schema, params)).toBe('gain=-0.25&act=relu&x=1,-2.5,3');
    expect(serializeParams(schema, defaults(schema))).toBe('');
  });

  it('round-trips through parseParams', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.constantFrom('identity', 'relu'), fc.boolean(), (k, act, on) => {
        const params = { ...defaults(schema), k, act, on, x: Array.from({ length: k }, (_, i) => i / 4 - 1) };
        expect(parseParams(schema, serializeParams(schema, params, true)).params).toEqual(params);
      }),
    );
  });
});

describe('describeField', () => {
  it('gives type, range and default for the docs', () => {
    expect(describeField(schema.fields.k)).toEqual({ type: 'integer', range: '1 to 8', default: '3' });
    expect(describeField(schema.fields.act).range).toBe('identity | relu');
    expect(describeField(schema.fields.x).default).toBe('1,2,3');
  });
});
