/**
 * `npm run bench`: throughput of the core's hot paths, printed as a table.
 * Numbers, not a pass/fail test: each line shows its target where it has one.
 */
import { Matrix } from 'ml-matrix';
import {
  DEFAULT_ION_CONCENTRATIONS,
  DEFAULT_LIF_PARAMS,
  createLifPopulation,
  createRng,
  hhReversalsFromIons,
  matVec,
  simulateHodgkinHuxley,
  stepLifPopulation,
} from '../../src/core';

// Repeats `fn` until at least `minMs` have passed (after one warm-up call); returns ms per call.
function timePerCall(fn: () => void, minMs = 300): number {
  fn();
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    calls++;
    elapsed = performance.now() - start;
  }
  return elapsed / calls;
}

const rows: [string, string, string][] = [];
const rng = createRng(2024);

for (const size of [256, 1024]) {
  const w = Float64Array.from({ length: size * size }, () => rng.next() - 0.5);
  const x = Float64Array.from({ length: size }, () => rng.next() - 0.5);
  const out = new Float64Array(size);
  const flops = 2 * size * size;
  const ours = timePerCall(() => matVec(w, x, size, size, out));
  const m = new Matrix(size, size);
  for (let i = 0; i < size; i++) for (let j = 0; j < size; j++) m.set(i, j, w[i * size + j]!);
  const column = Matrix.columnVector(Array.from(x));
  const theirs = timePerCall(() => m.mmul(column));
  rows.push([`matVec ${size}×${size} (core)`, `${(flops / ours / 1e6).toFixed(2)} GFLOP/s`, '']);
  rows.push([`matVec ${size}×${size} (ml-matrix mmul)`, `${(flops / theirs / 1e6).toFixed(2)} GFLOP/s`, '']);
}

{
  const neurons = 10000;
  const steps = 1000;
  const currents = Float64Array.from({ length: neurons }, () => 3 * rng.next());
  const spiked = new Uint8Array(neurons);
  let spikes = 0;
  const ms = timePerCall(() => {
    const population = createLifPopulation(neurons);
    for (let k = 0; k < steps; k++) spikes += stepLifPopulation(population, DEFAULT_LIF_PARAMS, currents, 0.1, spiked);
  });
  const rate = (neurons * steps) / (ms / 1000);
  rows.push(['LIF population 10,000 × 1,000 steps', `${(rate / 1e6).toFixed(0)} M neuron-steps/s`, 'target ≥ 100 M']);
  if (spikes === 0) throw new Error('the population never fired: the benchmark measured nothing');
}

for (const [method, dtMs] of [
  ['exponentialMidpoint', 0.025],
  ['rk4', 0.025],
  ['rk4', 0.01],
  ['exponentialEuler', 0.025],
] as const) {
  const durationMs = 1000;
  const ms = timePerCall(() => simulateHodgkinHuxley({ durationMs, dtMs, method, stimulus: () => 10, recordEvery: 10 }), 500);
  const label = method === 'exponentialMidpoint' ? ' (default)' : '';
  rows.push([`Hodgkin–Huxley ${method}, dt ${dtMs} ms${label}`, `${(durationMs / ms).toFixed(0)}× real time`, 'target ≥ 100×']);
}

// One scrub step of an action-potential diagram: a 50 ms run from concentrations,
// with block and a pair of pulses, every trace recorded at every step.
for (const dtMs of [0.025, 0.01]) {
  const durationMs = 50;
  const reversals = hhReversalsFromIons(DEFAULT_ION_CONCENTRATIONS, 6.3);
  const stimulus = { kind: 'pair', startMs: 5, durationMs: 1, intervalMs: 15, amplitudeMicroAmpsPerCm2: 10 } as const;
  const ms = timePerCall(() => simulateHodgkinHuxley({ durationMs, dtMs, stimulus, reversals, block: { tea: 0.2 } }), 500);
  rows.push([
    `Hodgkin–Huxley scrub step: 50 ms, dt ${dtMs} ms, all traces`,
    `${(durationMs / ms).toFixed(0)} simulated ms per wall ms (${ms.toFixed(2)} ms a run)`,
    'one run inside a 16 ms frame',
  ]);
}

const width = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
console.log(`${'benchmark'.padEnd(width[0]!)}  ${'result'.padEnd(width[1]!)}  target`);
for (const [name, result, target] of rows) console.log(`${name.padEnd(width[0]!)}  ${result.padEnd(width[1]!)}  ${target}`);
