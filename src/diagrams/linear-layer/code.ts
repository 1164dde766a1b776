/**
 * The current layer as code a reader can paste into a notebook: NumPy and
 * PyTorch, with the diagram's numbers, giving the same z and y.
 */
import type { ActivationId } from '../../core';
import { formatNumber } from '../../params/schema';
import type { LayerModel } from './model';

/** A Python float literal ("1.0", "-0.5"). */
function py(value: number): string {
  const text = formatNumber(value);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

function vector(values: readonly number[]): string {
  return `[${values.map(py).join(', ')}]`;
}

function matrix(model: LayerModel, indent: string): string {
  const rows = Array.from({ length: model.n }, (_, i) => vector(model.w.slice(i * model.k, (i + 1) * model.k)));
  return `[${rows.join(`,\n${indent} `)}]`;
}

const NUMPY_ACT: Record<ActivationId, string> = {
  identity: 'z  # identity',
  relu: 'np.maximum(z, 0.0)  # ReLU',
  sigmoid: '1.0 / (1.0 + np.exp(-z))  # sigmoid',
  tanh: 'np.tanh(z)',
  step: '(z >= 0).astype(float)  # step: 1 where z >= 0',
};

const TORCH_ACT: Record<ActivationId, string> = {
  identity: 'z  # identity',
  relu: 'torch.relu(z)',
  sigmoid: 'torch.sigmoid(z)',
  tanh: 'torch.tanh(z)',
  step: '(z >= 0).float()  # step: 1 where z >= 0',
};

function expected(model: LayerModel): string {
  const show = (values: readonly number[]) => `[${values.map((v) => formatNumber(Number(v.toFixed(4)))).join(', ')}]`;
  return `# z = ${show(model.z)}\n# y = ${show(model.y)}`;
}

/** NumPy: W, b, x as arrays, then z = W @ x + b and y = f(z). */
export function numpyCode(model: LayerModel): string {
  return [
    'import numpy as np',
    '',
    `W = np.array(${matrix(model, '             ')})  # ${model.n} neurons × ${model.k} inputs`,
    `b = np.array(${vector(model.b)})`,
    `x = np.array(${vector(model.x)})`,
    '',
    'z = W @ x + b',
    `y = ${NUMPY_ACT[model.act]}`,
    'print(z, y)',
    expected(model),
  ].join('\n');
}

/** PyTorch: nn.Linear(k, n) with these weights copied in, then the forward pass on x. */
export function torchCode(model: LayerModel): string {
  return [
    'import torch',
    '',
    `layer = torch.nn.Linear(${model.k}, ${model.n})  # ${model.k} inputs → ${model.n} neurons`,
    `layer.weight.data.copy_(torch.tensor(${matrix(model, '                                     ')}))`,
    `layer.bias.data.copy_(torch.tensor(${vector(model.b)}))`,
    `x = torch.tensor(${vector(model.x)})`,
    '',
    'with torch.no_grad():',
    '    z = layer(x)',
    `    y = ${TORCH_ACT[model.act]}`,
    'print(z, y)',
    expected(model),
  ].join('\n');
}
