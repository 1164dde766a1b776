/** The XOR task: the classic problem no single linear-threshold unit can solve (Minsky & Papert 1969). */

/** A labelled 2-D point. */
export interface LabelledPoint {
  x: readonly [number, number];
  label: 0 | 1;
}

/** The four XOR points: label = x₁ XOR x₂. */
export const XOR_POINTS: readonly LabelledPoint[] = [
  { x: [0, 0], label: 0 },
  { x: [0, 1], label: 1 },
  { x: [1, 0], label: 1 },
  { x: [1, 1], label: 0 },
];
