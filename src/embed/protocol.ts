/**
 * The messages between an embed page (in an iframe) and its host page. Every
 * message is a plain object `{ source: "two-neurons", type, … }`; anything
 * else is ignored. Both sides check shapes here, so they cannot disagree.
 *
 *   embed page ──resize {id, height}──► host      (always, when its height changes)
 *   embed page ──change {id, params}──► host      (after every change of state)
 *   host ───────measure──────────────► embed page (answers with a resize)
 *   host ───────set {params}──────────► embed page (only with ?listen=1)
 */
import { MAX_QUERY_LENGTH } from '../params/schema';

/** The `source` every message carries. */
export const SOURCE = 'two-neurons';
/** Tallest height a host will give an iframe, in CSS pixels. */
export const MAX_HEIGHT = 20_000;
/** Most keys a `set` message's params object may have. */
const MAX_KEYS = 64;
const ID = /^[a-z0-9][a-z0-9-]{0,39}$/;

/** The embed page's height changed. */
export interface ResizeMessage {
  source: typeof SOURCE;
  type: 'resize';
  id: string;
  height: number;
}

/** The diagram's state changed; `params` is its query string (non-default values only). */
export interface ChangeMessage {
  source: typeof SOURCE;
  type: 'change';
  id: string;
  params: string;
}

/** A host script that started after an iframe had loaded asks for its height again. */
export interface MeasureMessage {
  source: typeof SOURCE;
  type: 'measure';
}

/** A host asks an embed page (opened with `listen=1`) to change its params. */
export interface SetMessage {
  source: typeof SOURCE;
  type: 'set';
  params: string | Record<string, unknown>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Right source and type, a well-formed id where the type has one, and no other keys than the type's. */
function isMessage(data: unknown, type: string): data is Record<string, unknown> {
  if (!isPlainObject(data) || data.source !== SOURCE || data.type !== type) return false;
  if (type === 'measure') return Object.keys(data).length === 2;
  if (type === 'set') return Object.keys(data).length === 3;
  return Object.keys(data).length === 4 && typeof data.id === 'string' && ID.test(data.id);
}

/** Whether `id` looks like a diagram id (lowercase words joined by hyphens). */
export function isIdShape(id: unknown): id is string {
  return typeof id === 'string' && ID.test(id);
}

/** Whether `data` is a well-formed resize message. */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  return isMessage(data, 'resize') && typeof data.height === 'number' && Number.isFinite(data.height) && data.height >= 0 && data.height <= MAX_HEIGHT;
}

/** Whether `data` is a well-formed change message. */
export function isChangeMessage(data: unknown): data is ChangeMessage {
  return isMessage(data, 'change') && typeof data.params === 'string' && data.params.length <= MAX_QUERY_LENGTH;
}

/** Whether `data` is a well-formed measure message. */
export function isMeasureMessage(data: unknown): data is MeasureMessage {
  return isMessage(data, 'measure');
}

/** The params of a well-formed `set` message (a bounded string or flat object), else undefined. */
export function setMessageParams(data: unknown): SetMessage['params'] | undefined {
  if (!isMessage(data, 'set')) return undefined;
  const params = data.params;
  if (typeof params === 'string') return params.length <= MAX_QUERY_LENGTH ? params : undefined;
  if (isPlainObject(params) && Object.keys(params).length <= MAX_KEYS) return params;
  return undefined;
}
