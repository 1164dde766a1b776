/** Types of scripts/digits.mjs, for the TypeScript that imports it (the benchmark, the asset's test). */
export interface DigitsSplit {
  trainPerClass: number;
  testPerClass: number;
  seed: number;
}
export declare const DIGITS_SPLIT: DigitsSplit;
export declare const DIGITS_ASSET_PATH: string;
export declare const DIGITS_NOTE: string;
export declare function buildDigits(split?: DigitsSplit): { bytes: Uint8Array; trainClasses: number[]; testClasses: number[] };
export declare function writeDigitsAsset(dist?: string): {
  file: string;
  rawBytes: number;
  gzipBytes: number;
  trainClasses: number[];
  testClasses: number[];
};
