import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { ACTIVATIONS, layerForward } from '../../../src/core';
import { defaults, parseParams, serializeParams } from '../../../src/params/schema';
import { createParamsStore } from '../../../src/params/store';
import { DiagramRoot } from '../../../src/diagrams/DiagramRoot';
import def from '../../../src/diagrams/linear-layer';
import { linearLayerSchema, WEIGHT_PATTERN, type LinearLayerParams } from '../../../src/diagrams/linear-layer/schema';
import {
  draggedWeight,
  dotProductText,
  explain,
  keyedWeight,
  layerModel,
  num,
  outputText,
  summary,
  type LayerModel,
} from '../../../src/diagrams/linear-layer/model';
import { numpyCode, torchCode } from '../../../src/diagrams/linear-layer/code';
import { barScale, edges, edgeWidth, netHeight } from '../../../src/diagrams/linear-layer/layout';

const parse = (query: string) => parseParams(linearLayerSchema, query);
/** The params after a patch, as the view's store makes them (its `set` runs the schema's normalize). */
const patched = (params: LinearLayerParams, patch: Partial<LinearLayerParams>): LinearLayerParams => {
  const store = createParamsStore(linearLayerSchema, params);
  store.set(patch);
  return store.get();
};
/** A new size, as the view's steppers ask the store for it. */
const resize = (model: LayerModel, n: number, k: number) => patched(model, { n, k });

describe('linear-layer model', () => {
  it('computes z = Wx + b and y = f(z) through the core for the defaults', () => {
    const params = defaults(linearLayerSchema);
    const model = layerModel(params);
    const core = layerForward(params.w, params.b, params.x, 2, 3, 'identity');
    expect(model.z).toEqual(Array.from(core.z));
    expect(model.z[0]).toBeCloseTo(0.35, 12);
    expect(model.z[1]).toBeCloseTo(-0.65, 12);
    expect(model.y).toEqual(model.z);
  });

  it('applies each activation as the core defines it', () => {
    for (const act of ['relu', 'sigmoid', 'tanh', 'step'] as const) {
      const model = layerModel({ ...defaults(linearLayerSchema), act });
      expect(model.y).toEqual(model.z.map(ACTIVATIONS[act].f));
    }
  });

  it('writes the lit row’s dot product out with the live numbers and real minus signs', () => {
    const model = layerModel(defaults(linearLayerSchema));
    expect(dotProductText(model, 0)).toBe('z₁ = (0.8)(1.0) + (−0.5)(0.5) + (0.3)(−1.0) + 0.1 = 0.35');
    expect(dotProductText(model, 1)).toBe('z₂ = (−0.2)(1.0) + (0.9)(0.5) + (0.6)(−1.0) − 0.3 = −0.65');
    expect(outputText(model, 0)).toBe('y₁ = z₁ = 0.35');
    expect(outputText(layerModel({ ...defaults(linearLayerSchema), act: 'relu' }), 1)).toBe('y₂ = ReLU(−0.65) = 0.00');
  });

  it('shows two decimals only when a value has them', () => {
    expect(num(0.25)).toBe('0.25');
    expect(num(-1)).toBe('−1.0');
    expect(num(-0)).toBe('0.0');
  });

  it('explains the extremes of each activation in words', () => {
    const base = defaults(linearLayerSchema);
    expect(explain(layerModel({ ...base, act: 'relu' }))).toContain('ReLU outputs 0 for every negative z: neuron 2 is silent');
    expect(explain(layerModel({ ...base, act: 'step' }))).toContain('clips every output to 0 or 1');
    const saturated = layerModel({ ...base, act: 'sigmoid', w: [5, 5, -5, 0, 0, 0] });
    expect(explain(saturated)).toMatch(/^Sigmoid saturates: large \|z\| gives nearly 0 or 1 \(neuron 1: z = 12\.60 → 1\.000\)/);
    expect(explain(layerModel({ ...base, x: [0, 0, 0] }))).toContain('Every input is 0');
    expect(explain(layerModel({ ...base, w: [0, 0, 0, 0, 0, 0] }))).toContain('Every weight is 0');
    expect(explain(layerModel({ ...base, w: [5, 5, -5, 0, 0, 0] }))).toContain('|y| reaches 12.60');
    expect(summary(layerModel(base))).toBe('Neuron 1: z 0.35, y 0.35. Neuron 2: z −0.65, y −0.65.');
  });

  it('resizes without moving any weight from its (neuron, input) place', () => {
    const model = layerModel(defaults(linearLayerSchema));
    const wider = resize(model, 2, 4);
    expect(wider.w).toEqual([0.8, -0.5, 0.3, WEIGHT_PATTERN[0]![3], -0.2, 0.9, 0.6, WEIGHT_PATTERN[1]![3]]);
    expect(wider.x).toHaveLength(4);
    const fewer = resize(layerModel({ ...defaults(linearLayerSchema), row: 1 }), 1, 2);
    expect(fewer).toMatchObject({ n: 1, k: 2, w: [0.8, -0.5], b: [0.1], x: [1, 0.5], row: 0 });
  });

  it('fits lists that do not match n and k instead of trusting them', () => {
    const model = layerModel(patched(defaults(linearLayerSchema), { n: 3 }));
    expect(model.w).toHaveLength(9);
    expect(model.b).toHaveLength(3);
    expect(model.z).toHaveLength(3);
  });
});

describe('linear-layer params', () => {
  it('opens n=8&k=8 as the full weight pattern with no notice', () => {
    const { params, notices } = parse('n=8&k=8');
    expect(notices).toEqual([]);
    expect(params.w).toEqual(WEIGHT_PATTERN.flat());
    expect(params.x).toHaveLength(8);
    expect(params.b).toHaveLength(8);
  });

  it('fits given lists of the wrong length, with a notice for each', () => {
    const { params, notices } = parse('k=2&x=1,2,3&w=1&b=4,5,6');
    expect(params.x).toEqual([1, 2]);
    expect(params.w).toEqual([1, WEIGHT_PATTERN[0]![1], WEIGHT_PATTERN[1]![0], WEIGHT_PATTERN[1]![1]]);
    expect(params.b).toEqual([4, 5]);
    expect(notices.join(' ')).toMatch(/“x” should have k = 2.*“w” should have n·k = 4.*“b” should have n = 2/);
  });

  it('clamps the highlighted row to n − 1', () => {
    const { params, notices } = parse('row=7');
    expect(params.row).toBe(1);
    expect(notices).toEqual(['“row” should be from 0 to 1; using 1.']);
  });

  it('clamps values and reads activations case-insensitively', () => {
    const { params } = parse('x=9,-9,0&act=ReLU');
    expect(params.x).toEqual([5, -5, 0]);
    expect(params.act).toBe('relu');
  });

  it('round-trips every scene through the URL', () => {
    for (const [name, patch] of Object.entries(def.scenes ?? {})) {
      const params = { ...defaults(linearLayerSchema), ...patch };
      expect(params.w, name).toHaveLength(params.n * params.k);
      const round = parse(serializeParams(linearLayerSchema, params, true));
      expect(round.notices, name).toEqual([]);
      expect(round.params, name).toEqual(params);
    }
    expect(def.scenes?.['one-neuron']).toMatchObject({ n: 1 });
    // The numbers the essay quotes (content/SCENES.md).
    const at = (name: string) => layerModel({ ...defaults(linearLayerSchema), ...def.scenes![name] });
    expect(at('one-neuron').z[0]).toBeCloseTo(0.25, 12);
    expect(at('layer').z.map((v) => Number(v.toFixed(2)))).toEqual([0.25, -0.35]);
    expect(at('second-row').row).toBe(1);
    expect(at('bias').z.map((v) => Number(v.toFixed(2)))).toEqual([0.35, -0.65]);
    expect(at('activation').y.map((v) => Number(v.toFixed(2)))).toEqual([0.35, 0]);
    expect(def.scenes?.layer).toMatchObject({ n: 2, b: [0, 0] });
  });
});

describe('linear-layer weight cells', () => {
  it('step by 0.1 with the arrows, 1 with Page Up/Down, and jump to the ends with Home/End', () => {
    expect(keyedWeight('ArrowUp', 0.8)).toBe(0.9);
    expect(keyedWeight('ArrowRight', 0.8)).toBe(0.9);
    expect(keyedWeight('ArrowDown', 0.1)).toBe(0);
    expect(keyedWeight('ArrowLeft', -4.95)).toBe(-5);
    expect(keyedWeight('PageUp', 4.5)).toBe(5);
    expect(keyedWeight('PageDown', 0.3)).toBe(-0.7);
    expect(keyedWeight('Home', 1)).toBe(-5);
    expect(keyedWeight('End', 1)).toBe(5);
    expect(keyedWeight('a', 1)).toBeUndefined();
  });

  it('drag up to increase, down to decrease, on a 0.1 grid, clamped', () => {
    expect(draggedWeight(0.8, -12)).toBe(1);
    expect(draggedWeight(0.8, 12)).toBe(0.6);
    expect(draggedWeight(0, 10_000)).toBe(-5);
  });
});

describe('linear-layer layout', () => {
  it('draws one edge per weight, thicker for larger |w|, signed', () => {
    const all = edges([0.8, -0.5, 0, 2, 0, 0], 2, 3);
    expect(all).toHaveLength(6);
    expect(all.map((e) => e.sign)).toEqual([1, -1, 0, 1, 0, 0]);
    expect(edgeWidth(2)).toBeGreaterThan(edgeWidth(0.8));
    expect(edgeWidth(-0.8)).toBe(edgeWidth(0.8));
    expect(netHeight(8, 8)).toBeGreaterThan(netHeight(2, 3));
  });

  it('scales output bars to a round limit, symmetric only when an output is negative', () => {
    expect(barScale([0.2, 0.9])).toMatchObject({ limit: 1, signed: false });
    expect(barScale([-3, 1])).toMatchObject({ limit: 5, signed: true });
    const s = barScale([-3, 1]);
    expect(s.x(0)).toBe(s.zero);
  });
});

describe('linear-layer code', () => {
  const model = layerModel({ ...defaults(linearLayerSchema), act: 'relu' });
  it('writes NumPy that builds W, b, x and computes y = f(Wx + b)', () => {
    const code = numpyCode(model);
    expect(code).toContain('W = np.array([[0.8, -0.5, 0.3],\n              [-0.2, 0.9, 0.6]])');
    expect(code).toContain('b = np.array([0.1, -0.3])');
    expect(code).toContain('x = np.array([1.0, 0.5, -1.0])');
    expect(code).toContain('z = W @ x + b');
    expect(code).toContain('y = np.maximum(z, 0.0)');
    expect(code).toContain('# z = [0.35, -0.65]');
  });

  it('writes PyTorch with nn.Linear(k, n) and the weights copied in', () => {
    const code = torchCode(model);
    expect(code).toContain('layer = torch.nn.Linear(3, 2)');
    expect(code).toContain('layer.weight.data.copy_(torch.tensor([[0.8, -0.5, 0.3],\n                                      [-0.2, 0.9, 0.6]]))');
    expect(code).toContain('layer.bias.data.copy_(torch.tensor([0.1, -0.3]))');
    expect(code).toContain('y = torch.relu(z)');
    expect(code).toContain('# y = [0.35, 0]');
  });
});

describe('linear-layer view', () => {
  it('renders on the server with every readout, the written dot product and a slider per weight', () => {
    const { params } = parse('n=2&k=3&act=sigmoid');
    const html = renderToString(<DiagramRoot def={def} initial={params} notices={[]} />);
    const model = layerModel(params);
    expect(html).toContain(`data-readout="z0">0.35<`);
    expect(html).toContain(`data-readout="y0">${model.y[0]!.toFixed(2)}<`);
    expect(html).toContain('data-readout="y1"');
    expect(html.match(/role="slider"/g)).toHaveLength(6);
    expect(html).toContain('aria-label="Weight from input 3 to neuron 2"');
    expect(html).toContain('z₁ = (0.8)(1.0)');
    expect(html).toContain('<details>');
    expect(html).toContain('torch.nn.Linear(3, 2)');
  });

  it('renders the 8 × 8 layer', () => {
    const { params } = parse('n=8&k=8');
    const html = renderToString(<DiagramRoot def={def} initial={params} notices={[]} />);
    expect(html.match(/role="slider"/g)).toHaveLength(64);
    expect(html).toContain('data-readout="y7"');
    expect(html).not.toMatch(/NaN/);
  });
});
