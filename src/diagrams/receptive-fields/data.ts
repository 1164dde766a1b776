/**
 * The digits asset (dist/data/digits.bin.gz, scripts/digits.mjs), fetched
 * when the figure wakes, by the page and by the training worker alike.
 */
import { isGzip, parseDigits, type Digits } from '../../core';

/** Where the asset is, beside the built chunks (dist/assets/…js → dist/data/…). */
export function digitsUrl(base: string): string {
  const path = ['..', 'data', 'digits.bin.gz'].join('/');
  return new URL(path, base).href;
}

/** Fetch and parse the asset; a server that already decoded the gzip is fine too. Rejects with a sentence. */
export async function loadDigits(url: string): Promise<Digits> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the digits could not be loaded (HTTP ${response.status})`);
  let bytes = new Uint8Array(await response.arrayBuffer());
  if (isGzip(bytes)) {
    if (typeof DecompressionStream === 'undefined') throw new Error('this browser cannot decompress the digits');
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  }
  return parseDigits(bytes);
}
