/**
 * The params schema: the single source of truth for a diagram's state.
 *
 * One schema drives the controls, the URL query (parse and serialise), the web
 * component's `params` attribute, messages from a host page, and the parameter
 * table in the docs. Parsing never throws: a value it cannot use becomes the
 * default (or is clamped), and a short, polite notice says so.
 */

interface FieldBase {
  /** Short label for the control ("Inputs k"). */
  label: string;
  /** One sentence for the docs and the gallery's parameter table. */
  description: string;
  /** Keep the field out of generated controls (the view draws its own). */
  hidden?: boolean;
}

/** A real (or whole) number in [min, max]. */
export interface NumberField extends FieldBase {
  kind: 'number';
  min: number;
  max: number;
  step: number;
  default: number;
  integer?: boolean;
  unit?: string;
  /** How its control shows a value, when the step's decimals and the unit are not enough ("20× slower"). */
  format?: (value: number) => string;
}

/** One of a fixed set of strings. */
export interface ChoiceField<T extends string = string> extends FieldBase {
  kind: 'choice';
  choices: readonly T[];
  choiceLabels?: Partial<Record<T, string>>;
  default: T;
}

/** A comma-separated list of numbers, each in [min, max]. */
export interface ListField extends FieldBase {
  kind: 'list';
  min: number;
  max: number;
  step: number;
  default: readonly number[];
  maxLength: number;
  /** How its items' controls show a value, when the step's decimals are not enough. */
  format?: (value: number) => string;
}

/** On or off: `1`/`0`, `true`/`false`, `yes`/`no`, `on`/`off`. */
export interface BooleanField extends FieldBase {
  kind: 'boolean';
  default: boolean;
}

/**
 * A value with its own text form; `parse` returns undefined for text it
 * rejects, and tells `note` (in a sentence, for the reader's notice) what it
 * had to fix in text it kept.
 */
export interface CustomField<T> extends FieldBase {
  kind: 'custom';
  /** How the docs name its type ("list of type:strength"). */
  typeLabel: string;
  /** The docs' description of its allowed values. */
  rangeLabel: string;
  default: T;
  parse(raw: string, note?: (problem: string) => void): T | undefined;
  serialize(value: T): string;
}

export type Field =
  | NumberField
  | ChoiceField<string>
  | ListField
  | BooleanField
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  | CustomField<any>;

/** The value type a field parses to. */
export type ValueOf<F> = F extends NumberField
  ? number
  : F extends { kind: 'choice'; choices: readonly (infer T)[] }
    ? T
    : F extends ListField
      ? number[]
      : F extends BooleanField
        ? boolean
        : F extends CustomField<infer T>
          ? T
          : never;

export type Fields = Record<string, Field>;

/** The params object a set of fields describes. */
export type ParamsOf<F extends Fields> = { [K in keyof F]: ValueOf<F[K]> };

/** A schema: its fields, and an optional step that makes fields agree with each other. */
export interface Schema<F extends Fields = Fields> {
  fields: F;
  /**
   * Fix values that depend on each other (a list's length on a size), in place;
   * `given` names the keys the input set. Returns notices.
   */
  normalize?: (params: ParamsOf<F>, given: ReadonlySet<string>) => string[];
}

/** What parsing returns: always usable params, and the notices to show. */
export interface Parsed<P> {
  params: P;
  notices: string[];
}

/** Declare a schema, keeping its field types for `ParamsOf`. */
export function defineSchema<F extends Fields>(schema: Schema<F>): Schema<F> {
  return schema;
}

/** Longest query text we read at all; anything longer is rejected whole. */
export const MAX_QUERY_LENGTH = 4000;
/** Longest value text for one key. */
const MAX_VALUE_LENGTH = 1000;

/** Keys that belong to the page around a diagram, not to the diagram. */
export const PAGE_KEYS: readonly string[] = ['listen', 'theme'];

/** The schema's default params (fresh arrays, safe to mutate). */
export function defaults<F extends Fields>(schema: Schema<F>): ParamsOf<F> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(schema.fields)) out[name] = copyValue(field.default);
  return out as ParamsOf<F>;
}

function copyValue<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' && v !== null ? { ...v } : v)) as T;
  return value;
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Parse one number's text: undefined unless it is a plain finite decimal. */
export function parseNumberText(raw: string): number | undefined {
  const text = raw.trim();
  if (!NUMBER_TEXT.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function rangeText(min: number, max: number): string {
  return `${formatNumber(min)} to ${formatNumber(max)}`;
}

type FieldResult = { value: unknown; problem?: string };

function parseField(name: string, field: Field, raw: string): FieldResult {
  if (raw.length > MAX_VALUE_LENGTH) return { value: copyValue(field.default), problem: `“${name}” was too long; using the default.` };
  switch (field.kind) {
    case 'number': {
      const n = parseNumberText(raw);
      const what = field.integer ? 'a whole number' : 'a number';
      if (n === undefined)
        return { value: field.default, problem: `“${name}” should be ${what} from ${rangeText(field.min, field.max)}; using ${formatNumber(field.default)}.` };
      const whole = field.integer ? Math.round(n) : n;
      const clamped = clamp(whole, field.min, field.max);
      if (clamped !== n)
        return { value: clamped, problem: `“${name}” should be ${what} from ${rangeText(field.min, field.max)}; using ${formatNumber(clamped)}.` };
      return { value: clamped };
    }
    case 'choice': {
      const text = raw.trim().toLowerCase();
      const hit = field.choices.find((c) => c.toLowerCase() === text);
      if (hit === undefined) return { value: field.default, problem: `“${name}” should be one of ${field.choices.join(', ')}; using ${field.default}.` };
      return { value: hit };
    }
    case 'boolean': {
      const text = raw.trim().toLowerCase();
      if (['1', 'true', 'yes', 'on'].includes(text)) return { value: true };
      if (['0', 'false', 'no', 'off'].includes(text)) return { value: false };
      return { value: field.default, problem: `“${name}” should be 1 or 0; using ${field.default ? 1 : 0}.` };
    }
    case 'list': {
      const parts = raw.trim() === '' ? [] : raw.split(',');
      let problem: string | undefined;
      if (parts.length > field.maxLength) problem = `“${name}” takes at most ${field.maxLength} numbers; extra ones were dropped.`;
      const values = parts.slice(0, field.maxLength).map((part, i) => {
        const n = parseNumberText(part);
        const fallback = field.default[i] ?? 0;
        if (n === undefined) {
          problem ??= `“${name}” should list numbers from ${rangeText(field.min, field.max)}; unreadable ones were replaced.`;
          return fallback;
        }
        const clamped = clamp(n, field.min, field.max);
        if (clamped !== n) problem ??= `“${name}” should list numbers from ${rangeText(field.min, field.max)}; values were clamped.`;
        return clamped;
      });
      return { value: values, problem };
    }
    case 'custom': {
      const notes: string[] = [];
      let value: unknown;
      try {
        value = field.parse(raw, (note) => notes.push(note));
      } catch {
        value = undefined;
      }
      if (value === undefined) return { value: copyValue(field.default), problem: `“${name}” was not understood (${field.rangeLabel}); using the default.` };
      return notes.length ? { value, problem: notes.join(' ') } : { value };
    }
  }
}

/** Anything a caller may hand us: a query string, URLSearchParams, or a plain object (attributes, messages). */
export type ParamsInput = string | URLSearchParams | Record<string, unknown> | null | undefined;

function toEntries(input: ParamsInput): [string, string][] | string {
  if (input === null || input === undefined) return [];
  if (typeof input === 'string') {
    if (input.length > MAX_QUERY_LENGTH) return 'The settings in the link were too long to read; showing the defaults.';
    const text = input.startsWith('?') ? input.slice(1) : input;
    return [...new URLSearchParams(text).entries()];
  }
  if (input instanceof URLSearchParams) return toEntries(input.toString());
  if (typeof input !== 'object' || Array.isArray(input)) return 'The settings were not in a form we can read; showing the defaults.';
  const entries: [string, string][] = [];
  let size = 0;
  for (const [key, value] of Object.entries(input)) {
    let text: string | undefined;
    if (typeof value === 'string') text = value;
    else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
    else if (Array.isArray(value) && value.length <= 64 && value.every((v) => typeof v === 'number' || typeof v === 'string')) text = value.join(',');
    else text = '\u0000invalid';
    size += key.length + text.length;
    if (size > MAX_QUERY_LENGTH) return 'The settings were too long to read; showing the defaults.';
    entries.push([key, text]);
  }
  return entries;
}

/** Show a key from outside safely and briefly (it is only ever set as text). */
function quoteKey(key: string): string {
  const clean = key.replace(/[^\w-]/g, '?');
  return clean.length > 16 ? `${clean.slice(0, 15)}…` : clean;
}

/**
 * Parse params from outside. Never throws. Keys missing from the input keep
 * `base` (the defaults unless given); unreadable values fall back to the
 * default or are clamped; unknown and repeated keys are reported in `notices`.
 */
export function parseParams<F extends Fields>(schema: Schema<F>, input: ParamsInput, base?: ParamsOf<F>): Parsed<ParamsOf<F>> {
  const start = base ? { ...base } : defaults(schema);
  try {
    const entries = toEntries(input);
    if (typeof entries === 'string') return { params: defaults(schema), notices: [entries] };
    const params: Record<string, unknown> = start;
    const notices: string[] = [];
    const seen = new Set<string>();
    const unknown: string[] = [];
    const repeated: string[] = [];
    for (const [key, raw] of entries) {
      const field = Object.prototype.hasOwnProperty.call(schema.fields, key) ? schema.fields[key] : undefined;
      if (!field) {
        if (!PAGE_KEYS.includes(key) && unknown.length < 5) unknown.push(quoteKey(key));
        continue;
      }
      if (seen.has(key)) {
        if (!repeated.includes(key)) repeated.push(key);
        continue;
      }
      seen.add(key);
      const { value, problem } = parseField(key, field, raw);
      params[key] = value;
      if (problem) notices.push(problem);
    }
    if (repeated.length) notices.push(`${repeated.map((k) => `“${k}”`).join(', ')} appeared more than once; the first value was used.`);
    if (unknown.length) notices.push(`Ignored unknown setting${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`);
    const typed = params as ParamsOf<F>;
    if (schema.normalize) notices.push(...schema.normalize(typed, seen));
    return { params: typed, notices };
  } catch {
    return { params: defaults(schema), notices: ['The settings could not be read; showing the defaults.'] };
  }
}

/** A value from inside the page (a control, a scene) checked against its field: the value to keep, or undefined to keep the old one. */
function checkValue(field: Field, value: unknown): unknown {
  switch (field.kind) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
      return clamp(field.integer ? Math.round(value) : value, field.min, field.max);
    case 'choice':
      return typeof value === 'string' && field.choices.includes(value) ? value : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'list':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'number' && Number.isFinite(v))) return undefined;
      return value.slice(0, field.maxLength).map((v: number) => clamp(v, field.min, field.max));
    case 'custom': {
      // Its text form is its contract: the value is what survives it (clamped as a link's would be).
      try {
        return field.parse(field.serialize(value));
      } catch {
        return undefined;
      }
    }
  }
}

const sameList = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => Object.is(item, b[i]));

/**
 * Apply a patch from inside the page (a control, a scene) to valid params:
 * each value is checked against its field (clamped, or ignored when it is
 * not of the field's kind) and the schema's `normalize` runs, so the result
 * is valid and whole. Returns `params` itself when nothing changed; a list
 * whose items did not change keeps its identity.
 */
export function patchParams<F extends Fields>(schema: Schema<F>, params: ParamsOf<F>, patch: Partial<ParamsOf<F>>): Parsed<ParamsOf<F>> {
  const next: Record<string, unknown> = { ...params };
  const old = params as Record<string, unknown>;
  const given = new Set<string>();
  for (const [key, value] of Object.entries(patch)) {
    const field = Object.prototype.hasOwnProperty.call(schema.fields, key) ? schema.fields[key] : undefined;
    const checked = field ? checkValue(field, value) : undefined;
    if (checked === undefined || Object.is(checked, old[key]) || sameList(checked, old[key])) continue;
    next[key] = checked;
    given.add(key);
  }
  if (!given.size) return { params, notices: [] };
  // `normalize` fits lists in place: give it copies, then keep the old array wherever it came back unchanged.
  for (const [key, value] of Object.entries(next)) if (Array.isArray(value)) next[key] = [...value];
  const notices = schema.normalize ? schema.normalize(next as ParamsOf<F>, given) : [];
  for (const key of Object.keys(next)) if (sameList(next[key], old[key])) next[key] = old[key];
  return { params: next as ParamsOf<F>, notices };
}

/** Format a number for URLs and labels: at most 4 decimals, no trailing zeros, no "-0". */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 10000) / 10000;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

function serializeValue(field: Field, value: unknown): string {
  switch (field.kind) {
    case 'number':
      return formatNumber(value as number);
    case 'list':
      return (value as number[]).map(formatNumber).join(',');
    case 'boolean':
      return value ? '1' : '0';
    case 'choice':
      return value as string;
    case 'custom':
      return field.serialize(value);
  }
}

/**
 * Serialise params to a query string (no leading "?"). Only values that differ
 * from the defaults are written, unless `all` is set. Commas and colons stay
 * readable; everything else is percent-encoded.
 */
export function serializeParams<F extends Fields>(schema: Schema<F>, params: ParamsOf<F>, all = false): string {
  const parts: string[] = [];
  for (const [name, field] of Object.entries(schema.fields)) {
    const text = serializeValue(field, (params as Record<string, unknown>)[name]);
    if (!all && text === serializeValue(field, field.default)) continue;
    parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(text).replace(/%2C/g, ',').replace(/%3A/g, ':')}`);
  }
  return parts.join('&');
}

/** How the docs describe a field: its type, its range or choices, and its default. */
export function describeField(field: Field): { type: string; range: string; default: string } {
  switch (field.kind) {
    case 'number':
      return {
        type: field.integer ? 'integer' : 'number',
        range: `${rangeText(field.min, field.max)}${field.unit ? ` ${field.unit}` : ''}`,
        default: formatNumber(field.default),
      };
    case 'choice':
      return { type: 'choice', range: field.choices.join(' | '), default: field.default };
    case 'list':
      return {
        type: 'list of numbers',
        range: `up to ${field.maxLength}, each ${rangeText(field.min, field.max)}`,
        default: field.default.map(formatNumber).join(','),
      };
    case 'boolean':
      return { type: 'boolean', range: '0 | 1', default: field.default ? '1' : '0' };
    case 'custom':
      return { type: field.typeLabel, range: field.rangeLabel, default: field.serialize(field.default) };
  }
}

/** Fit a list to a length: truncate, or pad from `fill(i)`. Returns whether it changed. */
export function fitLength(list: number[], length: number, fill: (i: number) => number): boolean {
  if (list.length === length) return false;
  if (list.length > length) list.length = length;
  else for (let i = list.length; i < length; i++) list.push(fill(i));
  return true;
}
