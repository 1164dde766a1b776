import { memo } from 'react';
import { lifRateHz } from '../../core';
import { useDerived, useLive } from '../../ui/live';
import type { Source } from '../../params/store';
import { palette } from '../../ui/palette';
import { fmt } from '../../chart/format';
import { FI, fiLayout, PANEL_HEIGHT, PANEL_WIDTH } from './layout';
import { MAX_CURRENT, type FiModel } from './model';
import type { Neuron, Shown } from './neuron';

type Layout = ReturnType<typeof fiLayout>;

/** Axes and the two curves: redrawn only when the neuron changes, not while the current is scrubbed. */
const FiFrame = memo(function FiFrame({ layout, fi }: { layout: Layout; fi: FiModel }) {
  const { x, y } = layout;
  return (
    <g>
      {layout.rateTicks.map((r) => (
        <g key={r}>
          <line x1={FI.left} x2={FI.right} y1={y(r)} y2={y(r)} stroke={palette.faint} strokeWidth={0.5} />
          <text x={FI.left - 4} y={y(r) + 4} textAnchor="end" fontSize={11} className="membrane-tick">
            {fmt(r, 0)}
          </text>
        </g>
      ))}
      {layout.currentTicks.map((c) => (
        <text key={c} x={x(c)} y={FI.bottom + 16} textAnchor="middle" fontSize={11} className="membrane-tick">
          {fmt(c, 0)}
        </text>
      ))}
      <text x={4} y={FI.top - 6} fontSize={11} className="membrane-tick">
        Hz
      </text>
      <text x={FI.right} y={FI.bottom + 30} textAnchor="end" fontSize={11} className="membrane-tick">
        input current (nA)
      </text>
      <line x1={x(fi.rheobase)} x2={x(fi.rheobase)} y1={FI.bottom} y2={FI.bottom + 5} stroke={palette.fg} />
      <text x={x(fi.rheobase)} y={FI.bottom + 30} textAnchor="middle" fontSize={11} className="membrane-tick">
        {`rheobase ${fmt(fi.rheobase, 1)}`}
      </text>
      <path d={layout.relu} fill="none" stroke={palette.accent} strokeWidth={2} strokeDasharray="7 4" />
      <path d={layout.curve} fill="none" stroke={palette.spike} strokeWidth={2.5} />
      <g fontSize={11}>
        <line x1={FI.left + 8} x2={FI.left + 30} y1={FI.top + 8} y2={FI.top + 8} stroke={palette.spike} strokeWidth={2.5} />
        <text x={FI.left + 36} y={FI.top + 12}>
          neuron (LIF f–I curve)
        </text>
        <line x1={FI.left + 8} x2={FI.left + 30} y1={FI.top + 24} y2={FI.top + 24} stroke={palette.accent} strokeWidth={2} strokeDasharray="7 4" />
        <text x={FI.left + 36} y={FI.top + 28}>
          ReLU, same mean slope
        </text>
      </g>
    </g>
  );
});

interface FiPlotProps {
  shown$: Source<Shown>;
  neuron: Neuron;
  titleId: string;
}

type Marks = ReturnType<typeof marks>;

/** Where the present input sits on both curves. */
function marks({ current, neuron }: Shown) {
  const { x, y } = neuron.layout;
  const cx = x(current);
  const rate = lifRateHz(neuron.lif, current);
  const reluRate = neuron.fi.relu(current);
  return {
    cx,
    rate,
    reluRate,
    title: `Firing rate against input current from 0 to ${MAX_CURRENT} nA: the neuron’s f–I curve is 0 up to the rheobase, ${fmt(neuron.fi.rheobase, 1)} nA, then rises steeply and bends; a ReLU with the same mean slope is drawn dashed. At ${fmt(current, 2)} nA the neuron fires at ${fmt(rate, 1)} Hz and the ReLU gives ${fmt(reluRate, 1)} Hz.`,
    relu: { x: String(cx - 4.5), y: String(y(reluRate) - 4.5) },
    lif: { cx: String(cx), cy: String(y(rate)) },
  };
}

/** The neuron's f–I curve beside a ReLU, with the present input marked on both (written live). */
export function FiPlot({ shown$, neuron, titleId }: FiPlotProps) {
  // (React types an SVG <title> as the HTML element.)
  // Computed once per change, read by the four marks.
  const marks$ = useDerived(shown$, marks);
  const title = useLive<HTMLTitleElement, Marks>(marks$, (m) => ({ text: m.title }));
  const guide = useLive<SVGLineElement, Marks>(marks$, ({ cx }) => ({ attrs: { x1: String(cx), x2: String(cx) } }));
  const relu = useLive<SVGRectElement, Marks>(marks$, (m) => ({ attrs: m.relu }));
  const dot = useLive<SVGCircleElement, Marks>(marks$, (m) => ({ attrs: m.lif }));
  return (
    <svg viewBox={`0 0 ${PANEL_WIDTH} ${PANEL_HEIGHT}`} role="img" aria-labelledby={titleId} className="membrane-fi">
      <title ref={title.ref} id={titleId}>
        {title.text}
      </title>
      <FiFrame layout={neuron.layout} fi={neuron.fi} />
      <line ref={guide.ref} {...guide.attrs} y1={FI.top} y2={FI.bottom} stroke={palette.muted} strokeDasharray="2 3" />
      <rect ref={relu.ref} {...relu.attrs} width={9} height={9} fill={palette.bg} stroke={palette.accent} strokeWidth={2} />
      <circle ref={dot.ref} {...dot.attrs} r={5.5} fill={palette.spike} stroke={palette.bg} strokeWidth={1.5} />
    </svg>
  );
}
