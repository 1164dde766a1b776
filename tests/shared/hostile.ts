/**
 * Hostile URL queries for a diagram, from its field names: the unit contract
 * test renders every one on the server (tests/unit/diagrams/contract.test.tsx),
 * and the browser test loads a sample of them as real embed pages
 * (tests/browser/embed-hostile.test.ts).
 */

/** Values no field should read as they are. */
export const HOSTILE_VALUES = [
  'abc',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-99999',
  '0x10',
  '1_000',
  '   ',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  'javascript:alert(1)',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%00',
  '%C0%BC',
  '%E0%80%BC',
  '%',
  '%E2%80%AE',
  '%2525',
  '%u003C',
];

/** Where the markup attacks start in HOSTILE_VALUES. */
const MARKUP = HOSTILE_VALUES.indexOf('<script>alert(1)</script>');

/** Every value in some field, spread over the fields from `start` on, so a diagram with many fields needs few queries. */
function spread(fields: string[], start = 0): string[] {
  const out: string[] = [];
  const step = Math.max(1, fields.length);
  for (let offset = 0; offset < HOSTILE_VALUES.length; offset += step) {
    out.push(fields.map((name, j) => `${name}=${HOSTILE_VALUES[(start + offset + j) % HOSTILE_VALUES.length]}`).join('&'));
  }
  return out;
}

/** Whole-query attacks: a 20 KB field, unknown, prototype and repeated keys, a valid-then-invalid mix, empty keys, a forged theme. */
function wholeQueries(fields: string[]): string[] {
  const first = fields[0] ?? 'x';
  return [
    `${first}=${'9,'.repeat(10_000)}9`,
    'zz=1&__proto__=1&constructor=x&toString=y&hasOwnProperty=z',
    `${first}=abc&${first}=def&${first}=1`,
    `${fields.map((name) => `${name}=1`).join('&')}&${fields.map((name) => `${name}=-1`).join('&')}`,
    `${'&'.repeat(3000)}`,
    `%3D%3D=%26%26&=&==&&${first}`,
    'listen=1&theme=<b>dark</b>',
  ];
}

/** Every hostile query for a diagram with these fields: each value in some field, then the whole-query attacks. */
export function hostileQueries(fields: string[]): string[] {
  return [...spread(fields), ...wholeQueries(fields)];
}

/**
 * The queries worth a real page load: the first values in every field, the
 * markup attacks in every field, and the whole-query attacks. What the schema
 * makes of every other value is the same code, checked on the server.
 */
export function browserQueries(fields: string[]): string[] {
  const [plain] = spread(fields);
  const [markup] = spread(fields, MARKUP);
  return [...new Set([plain!, markup!, ...wholeQueries(fields)])];
}
