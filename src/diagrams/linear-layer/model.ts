/**
 * What the linear-layer diagram shows, computed through the core: z = Wx + b,
 * y = f(z), the written-out dot product of each row, and words for the
 * activation's extremes. Pure: no DOM.
 */
import { ACTIVATIONS, layerForward, type ActivationId } from '../../core';
import { fmt } from '../../ui/format';
import { BIAS_PATTERN, INPUT_PATTERN, patternWeight, reshapeWeights, type LinearLayerParams } from './schema';

/** A layer ready to draw: sizes, fitted lists, and the forward pass. */
export interface LayerModel {
  n: number;
  k: number;
  x: number[];
  w: number[];
  b: number[];
  act: ActivationId;
  row: number;
  z: number[];
  y: number[];
}

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** A neuron's or input's number as a subscript, counted from 1 ("₁"). */
export function sub(index: number): string {
  return String(index + 1)
    .split('')
    .map((d) => SUBSCRIPTS[Number(d)])
    .join('');
}

/** A value as the reader typed or dragged it: one decimal, or two when it has them; real minus sign. */
export function num(value: number): string {
  const tenths = value * 10;
  return fmt(value, Math.abs(tenths - Math.round(tenths)) < 1e-9 ? 1 : 2);
}

/** `list` itself when it has `length` items (so memos keyed on it hold), else a copy fitted to it, padded from `fill`. */
function fitted(list: number[], length: number, fill: (i: number) => number): number[] {
  if (list.length === length) return list;
  return Array.from({ length }, (_, i) => list[i] ?? fill(i));
}

/** Run the layer through the core. Lists that do not match n and k (a scene patch, say) are fitted, never trusted. */
export function layerModel(params: LinearLayerParams): LayerModel {
  const { n, k } = params;
  const x = fitted(params.x, k, (j) => INPUT_PATTERN[j] ?? 0);
  const w = fitted(params.w, n * k, (f) => patternWeight(Math.floor(f / k), f % k));
  const b = fitted(params.b, n, (i) => BIAS_PATTERN[i] ?? 0);
  const out = layerForward(w, b, x, n, k, params.act);
  return { n, k, x, w, b, act: params.act, row: Math.min(Math.max(0, params.row), n - 1), z: Array.from(out.z), y: Array.from(out.y) };
}

/** The params patch for a new size, keeping each weight at its (neuron, input) place. */
export function resize(model: LayerModel, n: number, k: number): Pick<LinearLayerParams, 'n' | 'k' | 'x' | 'w' | 'b' | 'row'> {
  return {
    n,
    k,
    x: fitted(model.x.slice(0, k), k, (j) => INPUT_PATTERN[j] ?? 0),
    w: reshapeWeights(model.w, model.n, model.k, n, k),
    b: fitted(model.b.slice(0, n), n, (i) => BIAS_PATTERN[i] ?? 0),
    row: Math.min(model.row, n - 1),
  };
}

/** A signed term for a written sum: "+ 0.1" or "− 0.3". */
function signedTerm(value: number): string {
  const text = num(Math.abs(value));
  return value < 0 && text !== num(0) ? `− ${text}` : `+ ${text}`;
}

/** Neuron i's dot product written out with the live numbers: "z₁ = (0.8)(1.0) + … + 0.1 = 0.35". */
export function dotProductText(model: LayerModel, i: number): string {
  const terms = model.x.map((xj, j) => `(${num(model.w[i * model.k + j] ?? 0)})(${num(xj)})`);
  return `z${sub(i)} = ${terms.join(' + ')} ${signedTerm(model.b[i] ?? 0)} = ${fmt(model.z[i] ?? 0, 2)}`;
}

/** Neuron i's output written out: "y₁ = ReLU(0.35) = 0.35". */
export function outputText(model: LayerModel, i: number): string {
  if (model.act === 'identity') return `y${sub(i)} = z${sub(i)} = ${fmt(model.y[i] ?? 0, 2)}`;
  const name = model.act === 'relu' ? 'ReLU' : model.act === 'sigmoid' ? 'σ' : model.act;
  return `y${sub(i)} = ${name}(${fmt(model.z[i] ?? 0, 2)}) = ${fmt(model.y[i] ?? 0, 2)}`;
}

/** "neuron 2", "neurons 2 and 3", "neurons 1, 2 and 4". */
function neuronList(indices: readonly number[]): string {
  const names = indices.map((i) => String(i + 1));
  if (names.length === 1) return `neuron ${names[0]}`;
  return `neurons ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** |z| beyond which sigmoid and tanh are called saturated (σ(4) ≈ 0.98, tanh(3) ≈ 0.995). */
const SIGMOID_SATURATION = 4;
const TANH_SATURATION = 3;

/** What the activation is doing to these z, in words, with the extremes named. */
export function explain(model: LayerModel): string {
  const { z, y, act } = model;
  const parts: string[] = [];
  if (model.w.every((v) => v === 0)) parts.push('Every weight is 0, so each z is just its bias.');
  else if (model.x.every((v) => v === 0)) parts.push('Every input is 0, so each z is just its bias: the weights have nothing to multiply.');
  const all = z.map((_, i) => i);
  switch (act) {
    case 'identity': {
      const big = Math.max(...z.map(Math.abs));
      parts.push('Identity passes z through unchanged (y = z): the layer is purely linear.');
      if (big > 5) parts.push(`Nothing bounds the output: here |y| reaches ${fmt(big, 2)}.`);
      break;
    }
    case 'relu': {
      const off = all.filter((i) => (z[i] ?? 0) < 0);
      if (off.length === z.length) parts.push('ReLU outputs 0 for every negative z: every neuron is silent here.');
      else if (off.length)
        parts.push(`ReLU outputs 0 for every negative z: ${neuronList(off)} ${off.length > 1 ? 'are' : 'is'} silent; positive z passes unchanged.`);
      else parts.push('ReLU outputs 0 for every negative z (none here) and passes positive z unchanged.');
      break;
    }
    case 'sigmoid': {
      const sat = all.filter((i) => Math.abs(z[i] ?? 0) > SIGMOID_SATURATION);
      if (sat.length) parts.push(`Sigmoid saturates: large |z| gives nearly 0 or 1 (${neuronList(sat)}: z = ${fmt(z[sat[0]!]!, 2)} → ${fmt(y[sat[0]!]!, 3)}).`);
      else parts.push('Sigmoid squashes z into the range 0 to 1; large |z| would saturate it near 0 or 1.');
      break;
    }
    case 'tanh': {
      const sat = all.filter((i) => Math.abs(z[i] ?? 0) > TANH_SATURATION);
      if (sat.length) parts.push(`tanh saturates: large |z| gives nearly −1 or 1 (${neuronList(sat)}: z = ${fmt(z[sat[0]!]!, 2)} → ${fmt(y[sat[0]!]!, 3)}).`);
      else parts.push('tanh squashes z into the range −1 to 1; large |z| would saturate it near −1 or 1.');
      break;
    }
    case 'step':
      parts.push('The step function clips every output to 0 or 1: 1 where z ≥ 0, 0 where z < 0. Only the side of the threshold counts, not how far.');
      break;
  }
  return parts.join(' ');
}

/** One settled sentence for screen readers. */
export function summary(model: LayerModel): string {
  return model.z.map((zi, i) => `Neuron ${i + 1}: z ${fmt(zi, 2)}, y ${fmt(model.y[i] ?? 0, 2)}.`).join(' ');
}

/** The activation's display name. */
export function activationLabel(act: ActivationId): string {
  return ACTIVATIONS[act].label;
}
