import { memo, useSyncExternalStore } from 'react';
import { DEFAULT_LIF_PARAMS, type ActivationId } from '../../core';
import { palette } from '../../ui/palette';
import { fmt } from '../../chart/format';
import {
  OUTPUT,
  OUTPUT_HEIGHT,
  outputScale,
  PANEL_WIDTH,
  SPIKE_MARKER_Y,
  spikeXs,
  TIME_TICKS,
  timeX,
  TRACE,
  TRACE_HEIGHT,
  tracePath,
  VOLT_TICKS,
  voltY,
} from './layout';
import type { NoisySim } from './sim';
import type { Ticker } from './ticker';

const THRESHOLD = DEFAULT_LIF_PARAMS.thresholdMilliVolts;
const REST = DEFAULT_LIF_PARAMS.restMilliVolts;

/** Time labels under a panel: "−1 s" … "now". */
function TimeAxis({ y }: { y: number }) {
  return (
    <g>
      {TIME_TICKS.map((t) => (
        <text key={t} x={timeX(t)} y={y} textAnchor={t === 0 ? 'end' : t === TIME_TICKS[0] ? 'start' : 'middle'} fontSize={11} className="spontaneous-tick">
          {t === 0 ? 'now' : `${fmt(t / 1000, 2)} s`}
        </text>
      ))}
    </g>
  );
}

/** Grid, axes and the threshold line: they never move. */
const TraceFrame = memo(function TraceFrame() {
  return (
    <g>
      {VOLT_TICKS.map((v) => (
        <g key={v}>
          <line x1={TRACE.left} x2={TRACE.right} y1={voltY(v)} y2={voltY(v)} stroke={palette.faint} strokeWidth={0.5} />
          <text x={TRACE.left - 4} y={voltY(v) + 4} textAnchor="end" fontSize={11} className="spontaneous-tick">
            {fmt(v, 0)}
          </text>
        </g>
      ))}
      <text x={4} y={12} fontSize={11} className="spontaneous-tick">
        mV
      </text>
      <TimeAxis y={TRACE.bottom + 16} />
      <line x1={TRACE.left} x2={TRACE.right} y1={voltY(THRESHOLD)} y2={voltY(THRESHOLD)} stroke={palette.fg} strokeDasharray="6 4" strokeWidth={1.2} />
    </g>
  );
});

/** Threshold and rest named on top of the trace, with a halo so the trace never hides them. */
const TraceLabels = memo(function TraceLabels() {
  return (
    <g>
      <text x={TRACE.left + 4} y={voltY(THRESHOLD) - 5} fontSize={11} className="spontaneous-halo">
        {`threshold ${fmt(THRESHOLD, 0)} mV`}
      </text>
      <text x={TRACE.left + 4} y={voltY(REST) + 4} fontSize={11} className="spontaneous-halo">
        {`rest ${fmt(REST, 0)} mV`}
      </text>
    </g>
  );
});

interface NeuronTraceProps {
  sim: NoisySim;
  ticker: Ticker;
  titleId: string;
}

/** The noisy neuron's membrane potential over the last second, with its spikes; redrawn on every tick. */
export const NeuronTrace = memo(function NeuronTrace({ sim, ticker, titleId }: NeuronTraceProps) {
  useSyncExternalStore(ticker.subscribe, ticker.version, ticker.version);
  const spikes = spikeXs(sim);
  const v = sim.v[sim.v.length - 1] ?? REST;
  return (
    <svg viewBox={`0 0 ${PANEL_WIDTH} ${TRACE_HEIGHT}`} role="img" aria-labelledby={titleId}>
      <title
        id={titleId}
      >{`Membrane potential of a model neuron with zero input over the last second of simulated time: it fluctuates around rest, ${fmt(REST, 0)} mV, and fired ${spikes.length} time${spikes.length === 1 ? '' : 's'} in view, each time the noise carried it to threshold, ${fmt(THRESHOLD, 0)} mV.`}</title>
      <TraceFrame />
      <path d={tracePath(sim)} fill="none" stroke={palette.fg} strokeWidth={1.3} strokeLinejoin="round" />
      {spikes.map((x, i) => (
        <g key={`${i}-${x.toFixed(1)}`}>
          <line x1={x} x2={x} y1={voltY(THRESHOLD)} y2={SPIKE_MARKER_Y + 5} stroke={palette.spike} strokeWidth={1.5} />
          <path
            d={`M${(x - 4.5).toFixed(1)},${SPIKE_MARKER_Y - 4}L${(x + 4.5).toFixed(1)},${SPIKE_MARKER_Y - 4}L${x.toFixed(1)},${SPIKE_MARKER_Y + 5}Z`}
            fill={palette.spike}
          />
        </g>
      ))}
      <text x={TRACE.right} y={12} textAnchor="end" fontSize={11} className="spontaneous-tick">
        {`▼ spike · t = ${fmt(sim.state.timeMs / 1000, 1)} s`}
      </text>
      <TraceLabels />
      <circle cx={TRACE.right} cy={voltY(v)} r={3} fill={palette.fg} />
    </svg>
  );
});

interface OutputTraceProps {
  act: ActivationId;
  y: number;
  sim: NoisySim;
  ticker: Ticker;
  titleId: string;
}

/** The artificial neuron's output over the same second: one flat line at φ(b). */
export const OutputTrace = memo(function OutputTrace({ act, y, sim, ticker, titleId }: OutputTraceProps) {
  useSyncExternalStore(ticker.subscribe, ticker.version, ticker.version);
  const timeMs = sim.state.timeMs;
  const { y: scale, ticks } = outputScale(act);
  const yy = scale(y);
  return (
    <svg viewBox={`0 0 ${PANEL_WIDTH} ${OUTPUT_HEIGHT}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{`Output of an artificial neuron with zero input over the same second: a flat line at ${fmt(y, 2)}.`}</title>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={OUTPUT.left} x2={OUTPUT.right} y1={scale(t)} y2={scale(t)} stroke={palette.faint} strokeWidth={0.5} />
          <text x={OUTPUT.left - 4} y={scale(t) + 4} textAnchor="end" fontSize={11} className="spontaneous-tick">
            {fmt(t, Number.isInteger(t) ? 0 : 1)}
          </text>
        </g>
      ))}
      <text x={4} y={OUTPUT.top - 8} fontSize={11} className="spontaneous-tick">
        y
      </text>
      <text x={OUTPUT.right} y={OUTPUT.top - 8} textAnchor="end" fontSize={11} className="spontaneous-tick">
        {`t = ${fmt(timeMs / 1000, 1)} s`}
      </text>
      <TimeAxis y={OUTPUT.bottom + 16} />
      <line x1={OUTPUT.left} x2={OUTPUT.right} y1={yy} y2={yy} stroke={palette.accent} strokeWidth={2.5} />
      <text x={OUTPUT.left + 4} y={yy < OUTPUT.top + 16 ? yy + 15 : yy - 6} fontSize={11}>
        {`y = φ(b) = ${fmt(y, 2)}`}
      </text>
      <circle cx={OUTPUT.right} cy={yy} r={3.5} fill={palette.accent} />
    </svg>
  );
});
