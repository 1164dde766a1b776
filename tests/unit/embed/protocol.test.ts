import { describe, expect, it } from 'vitest';
import { isChangeMessage, isMeasureMessage, isResizeMessage, MAX_HEIGHT, setMessageParams } from '../../../src/embed/protocol';

const resize = { source: 'two-neurons', type: 'resize', id: 'linear-layer', height: 412 };

describe('isResizeMessage', () => {
  it('accepts a well-formed resize message', () => {
    expect(isResizeMessage(resize)).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', JSON.stringify(resize)],
    ['an array', [resize]],
    ['another source', { ...resize, source: 'evil' }],
    ['another type', { ...resize, type: 'change' }],
    ['a missing id', { ...resize, id: undefined }],
    ['an id with markup', { ...resize, id: '<img src=x>' }],
    ['a string height', { ...resize, height: '412' }],
    ['NaN height', { ...resize, height: NaN }],
    ['Infinity height', { ...resize, height: Infinity }],
    ['a negative height', { ...resize, height: -5 }],
    ['a huge height', { ...resize, height: MAX_HEIGHT + 1 }],
    ['a class instance', Object.assign(new (class Fake {})(), resize)],
    ['an extra key', { ...resize, extra: 'x'.repeat(100_000) }],
  ])('rejects %s', (_, data) => {
    expect(isResizeMessage(data)).toBe(false);
  });
});

describe('isChangeMessage', () => {
  it('accepts a query string and rejects anything else', () => {
    const change = { source: 'two-neurons', type: 'change', id: 'anatomy', params: 'part=soma' };
    expect(isChangeMessage(change)).toBe(true);
    expect(isChangeMessage({ ...change, params: { part: 'soma' } })).toBe(false);
    expect(isChangeMessage({ ...change, params: 'x'.repeat(5000) })).toBe(false);
  });
});

describe('setMessageParams', () => {
  const set = { source: 'two-neurons', type: 'set', params: 'n=3' };

  it('passes on a query string or a flat object', () => {
    expect(setMessageParams(set)).toBe('n=3');
    expect(setMessageParams({ ...set, params: { n: 3 } })).toEqual({ n: 3 });
  });

  it.each([
    ['another source', { ...set, source: 'two-neurons ' }],
    ['a resize', { ...set, type: 'resize' }],
    ['no params', { source: 'two-neurons', type: 'set' }],
    ['a number', { ...set, params: 3 }],
    ['an array', { ...set, params: ['n=3'] }],
    ['a huge string', { ...set, params: 'n=3&'.repeat(2000) }],
    ['an extra key', { ...set, id: 'anatomy' }],
    ['an object with too many keys', { ...set, params: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i])) }],
  ])('ignores %s', (_, data) => {
    expect(setMessageParams(data)).toBeUndefined();
  });
});

describe('isMeasureMessage', () => {
  it('accepts exactly { source, type: "measure" }', () => {
    expect(isMeasureMessage({ source: 'two-neurons', type: 'measure' })).toBe(true);
    expect(isMeasureMessage({ source: 'two-neurons', type: 'measure', id: 'anatomy' })).toBe(false);
    expect(isMeasureMessage({ source: 'other', type: 'measure' })).toBe(false);
  });
});
