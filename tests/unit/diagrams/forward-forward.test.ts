import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderToString } from 'react-dom/server';
import { createElement } from 'react';
import { createFfNet, createMlp, createRng, ffClassify, ffGoodnessGap, mlpClassify } from '../../../src/core';
import { defaults, parseParams, serializeParams } from '../../../src/params/schema';
import { DiagramRoot } from '../../../src/diagrams/DiagramRoot';
import def from '../../../src/diagrams/forward-forward';
import { forwardForwardSchema, MAX_EPOCHS } from '../../../src/diagrams/forward-forward/schema';
import { makeDataset, PER_CLASS } from '../../../src/diagrams/forward-forward/data';
import {
  accuracies,
  cellPoint,
  createTrainer,
  ffCourse,
  GRID,
  HIDDEN,
  snapshot,
  trainEpochs,
  type Snapshot,
  type TrainerConfig,
} from '../../../src/diagrams/forward-forward/trainer';
import { createRunner, type Progress } from '../../../src/ui/training/runner';
import { chartGeometry, CHART, regionPaths } from '../../../src/diagrams/forward-forward/layout';
import { percent, readoutTexts } from '../../../src/diagrams/forward-forward/model';

const CONFIG: TrainerConfig = { data: 'xor', seed: 1, bplr: 0.5, fflr: 0.3 };

describe('the data', () => {
  it('has PER_CLASS points per class, inside the plot, the same for the same seed', () => {
    for (const kind of ['xor', 'moons'] as const) {
      const a = makeDataset(kind, createRng(7));
      expect(a.filter((p) => p.label === 1)).toHaveLength(PER_CLASS);
      expect(a.filter((p) => p.label === 0)).toHaveLength(PER_CLASS);
      for (const p of a) for (const v of p.x) expect(Math.abs(v)).toBeLessThan(2.2);
      expect(makeDataset(kind, createRng(7))).toEqual(a);
    }
  });

  it('labels the XOR blobs by quadrant: class 1 where the signs differ (for points near their centres)', () => {
    const near = makeDataset('xor', createRng(3)).filter((p) => Math.abs(p.x[0]) > 0.5 && Math.abs(p.x[1]) > 0.5);
    expect(near.length).toBeGreaterThan(40);
    for (const p of near) expect(p.label).toBe(Math.sign(p.x[0]) !== Math.sign(p.x[1]) ? 1 : 0);
  });
});

describe('the trainer', () => {
  it('starts both nets from the core with the same seed and sizes', () => {
    const t = createTrainer(CONFIG);
    const mlp = createMlp([2, ...HIDDEN, 1], createRng(1), { hidden: 'tanh', output: 'sigmoid' });
    const ff = createFfNet([4, ...HIDDEN], createRng(1));
    expect(Array.from(t.mlp.layers[0]!.weights)).toEqual(Array.from(mlp.layers[0]!.weights));
    expect(Array.from(t.ff.layers[1]!.weights)).toEqual(Array.from(ff.layers[1]!.weights));
    expect(t.mlp.sizes.slice(1, -1)).toEqual(t.ff.sizes.slice(1));
    expect(t.ffGap).toEqual([ffGoodnessGap(ff, t.ffSamples, 2)]);
    expect(t.bpLoss).toHaveLength(1);
  });

  it('classifies cells and points exactly as the core does', () => {
    const t = createTrainer(CONFIG);
    trainEpochs(t, 20);
    const s = snapshot(t);
    expect(s.bpGrid).toHaveLength(GRID * GRID);
    expect(s.bpGrid[5 * GRID + 7]).toBe(mlpClassify(t.mlp, cellPoint(7, 5)));
    expect(s.ffGrid[GRID * GRID - 1]).toBe(ffClassify(t.ff, cellPoint(GRID - 1, GRID - 1), 2));
    const right = t.points.filter((p) => ffClassify(t.ff, p.x, 2) === p.label).length;
    expect(s.ffAccuracy).toBe(right / t.points.length);
    expect(s.ffWrong).toHaveLength(t.points.length - right);
  });

  it('is deterministic: the same seed gives the same run', () => {
    const a = createTrainer(CONFIG);
    const b = createTrainer(CONFIG);
    trainEpochs(a, 15);
    trainEpochs(b, 10);
    trainEpochs(b, 5);
    expect(snapshot(a)).toEqual(snapshot(b));
    const c = createTrainer({ ...CONFIG, seed: 2 });
    expect(c.points).not.toEqual(a.points);
  });

  it('learns: accuracy and the goodness gap rise, the loss falls (XOR blobs and moons)', () => {
    for (const data of ['xor', 'moons'] as const) {
      const t = createTrainer({ ...CONFIG, data, bplr: 1, fflr: 0.6 });
      const before = accuracies(t);
      trainEpochs(t, 120);
      const after = accuracies(t);
      expect(after.bpAccuracy, data).toBeGreaterThan(Math.max(0.9, before.bpAccuracy));
      expect(after.ffAccuracy, data).toBeGreaterThan(Math.max(0.85, before.ffAccuracy));
      expect(t.ffGap[120]!, data).toBeGreaterThan(t.ffGap[0]! + 2);
      expect(t.bpLoss[120]!, data).toBeLessThan(t.bpLoss[0]! / 4);
    }
  }, 60_000);
});

describe('the runner', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resets, plays a few epochs per tick, pauses, steps, and stops by itself at the last epoch', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const seen: Progress<Snapshot>[] = [];
    const runner = createRunner({ ...ffCourse, total: () => 16 }, (p) => seen.push(p));
    runner.handle({ type: 'reset', key: 'a', config: CONFIG, pretrain: 0, play: false });
    expect(seen.at(-1)).toMatchObject({ key: 'a', playing: false, rate: null });
    expect(seen.at(-1)!.snapshot!.epoch).toBe(0);
    runner.handle({ type: 'play' });
    vi.advanceTimersByTime(ffCourse.tickMs * 3);
    expect(seen.at(-1)!.snapshot!.epoch).toBe(3 * ffCourse.perTick);
    expect(seen.at(-1)!.rate).toBeGreaterThan(0);
    runner.handle({ type: 'pause' });
    vi.advanceTimersByTime(ffCourse.tickMs * 3);
    expect(seen.at(-1)!.snapshot!.epoch).toBe(3 * ffCourse.perTick);
    runner.handle({ type: 'step', units: 3 });
    expect(seen.at(-1)!.snapshot!.epoch).toBe(3 * ffCourse.perTick + 3);
    runner.handle({ type: 'reset', key: 'b', config: CONFIG, pretrain: 14, play: true });
    vi.advanceTimersByTime(ffCourse.tickMs * 3);
    expect(seen.at(-1)).toMatchObject({ key: 'b', playing: false });
    expect(seen.at(-1)!.snapshot!.epoch).toBe(16);
    runner.dispose();
  }, 30_000);

  it('gives the same snapshot as training directly', () => {
    const seen: Progress<Snapshot>[] = [];
    const runner = createRunner(ffCourse, (p) => seen.push(p));
    runner.handle({ type: 'reset', key: 'k', config: CONFIG, pretrain: 12, play: false });
    const t = createTrainer(CONFIG);
    trainEpochs(t, 12);
    expect(seen.at(-1)!.snapshot).toEqual(snapshot(t));
  });
});

describe('layout and words', () => {
  it('draws regions as two paths that cover the grid', () => {
    const [zero, one] = regionPaths(new Array(GRID * GRID).fill(1));
    expect(zero).toBe('');
    expect(one!.match(/M/g)).toHaveLength(GRID);
  });

  it('scales a curve to the chart, keeping 0 and the floor in range', () => {
    const g = chartGeometry([0.7, 0.5, 0.2], 0.7);
    expect(g.xMax).toBe(60);
    expect(g.yTicks[0]!.value).toBe(0);
    expect(g.zeroY).toBe(CHART.bottom);
    expect(g.last!.x).toBeCloseTo(CHART.left + (2 / 60) * (CHART.right - CHART.left), 6);
    const long = chartGeometry(
      Array.from({ length: 601 }, (_, i) => i / 100),
      1,
    );
    expect(long.path.split('L').length).toBeLessThanOrEqual(162);
  });

  it('formats readouts: percentages with a space, a signed gap', () => {
    expect(percent(0.9375)).toBe('94 %');
    const t = createTrainer(CONFIG);
    const texts = readoutTexts(snapshot(t));
    expect(texts.epoch).toBe(`0 of ${MAX_EPOCHS}`);
    expect(texts.ffGap).toMatch(/^[+−]?\d+\.\d\d$/);
  });
});

describe('params, scenes and the server render', () => {
  it('clamps hostile params', () => {
    const { params, notices } = parseParams(forwardForwardSchema, 'seed=-5&bplr=99&data=cats&pretrain=1e9');
    expect(params).toMatchObject({ seed: 1, bplr: 2, data: 'xor', pretrain: MAX_EPOCHS });
    expect(notices).toHaveLength(4);
  });

  it('has untrained and trained scenes', () => {
    expect(def.scenes).toMatchObject({ untrained: { pretrain: 0 }, trained: { pretrain: 300 } });
    for (const patch of Object.values(def.scenes ?? {})) {
      const params = { ...defaults(forwardForwardSchema), ...patch };
      expect(parseParams(forwardForwardSchema, serializeParams(forwardForwardSchema, params)).notices).toEqual([]);
    }
  });

  it('renders the untrained state on the server, the same every time, with all readouts', () => {
    const render = () => renderToString(createElement(DiagramRoot, { def, initial: defaults(forwardForwardSchema), notices: [] }));
    const html = render();
    expect(render()).toBe(html);
    for (const name of ['epoch', 'bpAccuracy', 'ffAccuracy', 'ffGap', 'bpLoss']) expect(html).toContain(`data-readout="${name}"`);
    expect(html).toContain('0 of 600');
    expect(html).toContain('Hinton 2022');
  });
});
