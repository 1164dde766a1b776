/**
 * What the linear-layer diagram shows, computed through the core: z = Wx + b,
 * y = f(z), the written-out dot product of each row, and words for the
 * activation's extremes. Pure: no DOM.
 */
import { ACTIVATIONS, layerForward, type ActivationId } from '../../core';
import { fmt } from '../../chart/format';
import { linearLayerSchema, type LinearLayerParams } from './schema';

/** A layer ready to draw: sizes, lists, and the forward pass. */
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

/** Run the layer through the core. The params are whole (the store runs the schema's `normalize`: x has k numbers, w has n·k, b has n). */
export function layerModel(params: LinearLayerParams): LayerModel {
  const { n, k, x, w, b, act, row } = params;
  const out = layerForward(w, b, x, n, k, act);
  return { n, k, x, w, b, act, row, z: Array.from(out.z), y: Array.from(out.y) };
}

const WEIGHT = linearLayerSchema.fields.w;
/** Pixels of vertical drag per 0.1 of weight. */
const PX_PER_STEP = 6;

/** A weight kept in the field's range on the 0.01 grid, so sums stay readable. */
function tidy(value: number): number {
  const v = Math.round(Math.min(WEIGHT.max, Math.max(WEIGHT.min, value)) * 100) / 100;
  return Object.is(v, -0) ? 0 : v;
}

/** The new weight a key asks for, or undefined for a key the cell does not use. */
export function keyedWeight(key: string, value: number): number | undefined {
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
      return tidy(value + WEIGHT.step);
    case 'ArrowDown':
    case 'ArrowLeft':
      return tidy(value - WEIGHT.step);
    case 'PageUp':
      return tidy(value + 1);
    case 'PageDown':
      return tidy(value - 1);
    case 'Home':
      return WEIGHT.min;
    case 'End':
      return WEIGHT.max;
    default:
      return undefined;
  }
}

/** The weight after dragging `dy` pixels (up is more) from `start`. */
export function draggedWeight(start: number, dy: number): number {
  return tidy(Math.round((start - (dy / PX_PER_STEP) * 0.1) * 10) / 10);
}

/** W with one weight, neuron i's from input j, changed. */
export function withWeight(model: LayerModel, i: number, j: number, value: number): number[] {
  const next = model.w.slice();
  next[i * model.k + j] = value;
  return next;
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
