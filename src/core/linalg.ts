/**
 * The few dense linear-algebra kernels the artificial neuron needs. Matrices
 * are row-major with one row per neuron, as in the essay: W ∈ R^{n×k},
 * W[i·k + j] is the weight from input j to neuron i.
 */

/** A read-only vector: a number[] or a typed array. */
export type Vector = ArrayLike<number>;

/** Dot product Σ aᵢ·bᵢ over the shorter length. */
export function dot(a: Vector, b: Vector): number {
  const len = Math.min(a.length, b.length);
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0;
  let i = 0;
  // Four partial sums break the add dependency chain (about 2× faster in V8).
  for (; i + 3 < len; i += 4) {
    s0 += a[i] * b[i];
    s1 += a[i + 1] * b[i + 1];
    s2 += a[i + 2] * b[i + 2];
    s3 += a[i + 3] * b[i + 3];
  }
  for (; i < len; i++) s0 += a[i] * b[i];
  return s0 + s1 + (s2 + s3);
}

/** y = W·x for row-major W (n×k); writes into `out` when given. */
export function matVec(w: Vector, x: Vector, n: number, k: number, out: Float64Array = new Float64Array(n)): Float64Array {
  checkShape(w, x, n, k);
  for (let i = 0; i < n; i++) {
    const row = i * k;
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0;
    let j = 0;
    for (; j + 3 < k; j += 4) {
      s0 += w[row + j] * x[j];
      s1 += w[row + j + 1] * x[j + 1];
      s2 += w[row + j + 2] * x[j + 2];
      s3 += w[row + j + 3] * x[j + 3];
    }
    for (; j < k; j++) s0 += w[row + j] * x[j];
    out[i] = s0 + s1 + (s2 + s3);
  }
  return out;
}

/** y = Wᵀ·v for row-major W (n×k), v of length n; the backward pass's ∂L/∂x. */
export function matTVec(w: Vector, v: Vector, n: number, k: number, out: Float64Array = new Float64Array(k)): Float64Array {
  out.fill(0);
  for (let i = 0; i < n; i++) {
    const vi = v[i];
    const row = i * k;
    for (let j = 0; j < k; j++) out[j] += w[row + j] * vi;
  }
  return out;
}

/** Outer product a·bᵀ as a row-major (a.length × b.length) matrix. */
export function outer(a: Vector, b: Vector): Float64Array {
  const out = new Float64Array(a.length * b.length);
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) out[i * b.length + j] = a[i] * b[j];
  return out;
}

/** Euclidean norm ‖x‖₂. */
export function norm(x: Vector): number {
  return Math.sqrt(dot(x, x));
}

function checkShape(w: Vector, x: Vector, n: number, k: number): void {
  if (w.length !== n * k) throw new RangeError(`W has ${w.length} entries, expected n·k = ${n * k}`);
  if (x.length !== k) throw new RangeError(`x has ${x.length} entries, expected k = ${k}`);
}
