import { memo, useMemo } from 'react';
import type { ActivationId } from '../../core';
import { palette } from '../../ui/palette';
import { fmt } from '../../chart/format';
import { activationLayout, CURRENT_TICKS, fiPath, inputX, PANEL_HEIGHT, PANEL_WIDTH, PLOT, RATE_TICKS, rateY } from './layout';
import type { NeuromodulationModel } from './model';

/** Grid lines and tick labels for one y scale, plus the shared input axis. */
function Axes({ ticks, y, yLabel, xLabel, digits }: { ticks: number[]; y: (v: number) => number; yLabel: string; xLabel: string; digits: number }) {
  return (
    <g>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={PLOT.left} x2={PLOT.right} y1={y(t)} y2={y(t)} stroke={palette.faint} strokeWidth={t === 0 ? 1 : 0.5} />
          <text x={PLOT.left - 5} y={y(t) + 4} textAnchor="end" fontSize={11} className="neuromodulation-tick">
            {fmt(t, digits)}
          </text>
        </g>
      ))}
      {CURRENT_TICKS.map((c) => (
        <text key={c} x={inputX(c)} y={PLOT.bottom + 16} textAnchor="middle" fontSize={11} className="neuromodulation-tick">
          {fmt(c, 0)}
        </text>
      ))}
      <text x={4} y={PLOT.top - 8} fontSize={11} className="neuromodulation-tick">
        {yLabel}
      </text>
      <text x={PLOT.right} y={PLOT.bottom + 34} textAnchor="end" fontSize={11} className="neuromodulation-tick">
        {xLabel}
      </text>
    </g>
  );
}

const FiAxes = memo(function FiAxes() {
  return <Axes ticks={RATE_TICKS} y={rateY} yLabel="rate (Hz)" xLabel="input current I (nA)" digits={0} />;
});

/** The level-0 curve never changes. */
const BaseCurve = memo(function BaseCurve({ d }: { d: string }) {
  return <path d={d} fill="none" stroke={palette.muted} strokeWidth={2} strokeDasharray="6 4" />;
});

interface FiPanelProps {
  m: NeuromodulationModel;
  level: number;
  current: number;
  titleId: string;
}

/** The model neuron's f–I curve at level 0 (dashed) and now (solid), with the same input marked on both. */
export function FiPanel({ m, level, current, titleId }: FiPanelProps) {
  const x = inputX(current);
  const yBase = rateY(m.baseRateHz);
  const yNow = rateY(m.rateHz);
  const rise = yBase - yNow > 14;
  return (
    <svg viewBox={`0 0 ${PANEL_WIDTH} ${PANEL_HEIGHT}`} role="img" aria-labelledby={titleId}>
      <title
        id={titleId}
      >{`Firing rate of the model neuron against input current, 0 to 4 nA. Dashed: no neuromodulator, firing from ${fmt(m.baseRheobase, 2)} nA. Solid: level ${fmt(level, 2)}, firing from ${fmt(m.rheobase, 2)} nA and climbing ${fmt(m.gain, 2)} times as steeply. At ${fmt(current, 2)} nA the neuron fires ${fmt(m.rateHz, 1)} Hz, against ${fmt(m.baseRateHz, 1)} Hz at level 0.`}</title>
      <FiAxes />
      <BaseCurve d={fiPath(m.baseCurve)} />
      <path d={fiPath(m.curve)} fill="none" stroke={palette.spike} strokeWidth={2.5} />
      <line x1={x} x2={x} y1={PLOT.top} y2={PLOT.bottom} stroke={palette.muted} strokeDasharray="2 3" />
      {rise && (
        <path d={`M${(x + 9).toFixed(1)},${(yBase - 2).toFixed(1)}V${(yNow + 8).toFixed(1)}m-4,5l4,-5l4,5`} fill="none" stroke={palette.fg} strokeWidth={1.5} />
      )}
      <circle cx={x} cy={yBase} r={5} fill={palette.bg} stroke={palette.muted} strokeWidth={2} />
      <circle cx={x} cy={yNow} r={5.5} fill={palette.spike} stroke={palette.bg} strokeWidth={1.5} />
      <g fontSize={11}>
        <line x1={PLOT.left + 8} x2={PLOT.left + 30} y1={PLOT.top + 8} y2={PLOT.top + 8} stroke={palette.spike} strokeWidth={2.5} />
        <text x={PLOT.left + 36} y={PLOT.top + 12} className="neuromodulation-halo">
          {`level ${fmt(level, 2)} (now)`}
        </text>
        <line x1={PLOT.left + 8} x2={PLOT.left + 30} y1={PLOT.top + 24} y2={PLOT.top + 24} stroke={palette.muted} strokeWidth={2} strokeDasharray="6 4" />
        <text x={PLOT.left + 36} y={PLOT.top + 28} className="neuromodulation-halo">
          level 0 (no modulator)
        </text>
      </g>
    </svg>
  );
}

interface ActivationPanelProps {
  m: NeuromodulationModel;
  act: ActivationId;
  current: number;
  titleId: string;
}

/** The artificial neuron's y = φ(w·x + b) over the same inputs, with its one operating point. */
export function ActivationPanel({ m, act, current, titleId }: ActivationPanelProps) {
  const layout = useMemo(() => activationLayout(act), [act]);
  const x = inputX(current);
  return (
    <svg viewBox={`0 0 ${PANEL_WIDTH} ${PANEL_HEIGHT}`} role="img" aria-labelledby={titleId}>
      <title
        id={titleId}
      >{`Output y of the artificial neuron against its input x, 0 to 4: one fixed curve. At x = ${fmt(current, 2)} the output is ${fmt(m.y, 2)}, whatever the neuromodulator level.`}</title>
      <Axes ticks={layout.ticks} y={layout.y} yLabel="output y" xLabel="input x (same number)" digits={layout.digits} />
      <path d={layout.path} fill="none" stroke={palette.accent} strokeWidth={2.5} />
      <line x1={x} x2={x} y1={PLOT.top} y2={PLOT.bottom} stroke={palette.muted} strokeDasharray="2 3" />
      <rect x={x - 5} y={layout.y(m.y) - 5} width={10} height={10} fill={palette.accent} stroke={palette.bg} strokeWidth={1.5} />
      <text x={PLOT.left + 8} y={PLOT.top + 12} fontSize={11} className="neuromodulation-halo">
        same curve at every level
      </text>
    </svg>
  );
}
