import { memo } from 'react';
import { useDerived, useLive } from '../../ui/live';
import type { Source } from '../../params/store';
import { INHIBITORY_DASH, palette } from '../../ui/palette';
import { fmt } from '../../chart/format';
import {
  barAttrs,
  BAR_LEFT,
  BAR_RIGHT,
  edges,
  HEADER_Y,
  INPUT_R,
  INPUT_X,
  NET_WIDTH,
  netHeight,
  NEURON_R,
  NEURON_X,
  rowY,
  scaled,
  type Scaled,
} from './layout';
import { num, sub, type LayerModel } from './model';

interface EdgesProps {
  w: readonly number[];
  n: number;
  k: number;
  lit: number;
}

/** Every weight as an edge: width = |w|, solid vermillion for positive, dashed blue for negative. The lit row's edges are drawn on top. */
const Edges = memo(function Edges({ w, n, k, lit }: EdgesProps) {
  const all = edges(w, n, k);
  const draw = (e: (typeof all)[number], on: boolean) => (
    <path
      key={`${e.i}-${e.j}`}
      d={e.d}
      fill="none"
      stroke={e.sign === 0 ? palette.faint : e.sign > 0 ? palette.excitatory : palette.inhibitory}
      strokeWidth={e.width}
      strokeDasharray={e.sign < 0 ? INHIBITORY_DASH : undefined}
      strokeLinecap={e.sign < 0 ? 'butt' : 'round'}
      opacity={on ? 1 : 0.28}
    />
  );
  return (
    <g data-edges="">
      {all.filter((e) => e.i !== lit).map((e) => draw(e, false))}
      {all.filter((e) => e.i === lit).map((e) => draw(e, true))}
    </g>
  );
});

/** The column heads and input circles: fixed for a given size. */
const Frame = memo(function Frame({ n, k }: { n: number; k: number }) {
  return (
    <g>
      <g className="linear-layer-heads" fontSize={11}>
        <text x={INPUT_X} y={HEADER_Y} textAnchor="middle">
          inputs x
        </text>
        <text x={NEURON_X} y={HEADER_Y} textAnchor="middle">
          neurons
        </text>
        <text x={(BAR_LEFT + BAR_RIGHT) / 2} y={HEADER_Y} textAnchor="middle">
          outputs y
        </text>
      </g>
      {Array.from({ length: k }, (_, j) => (
        <circle key={j} cx={INPUT_X} cy={rowY(j, k, n, k)} r={INPUT_R} fill={palette.panel} stroke={palette.neutral} strokeWidth={1.5} />
      ))}
    </g>
  );
});

interface NeuronsProps {
  n: number;
  k: number;
  lit: number;
  onLight: (row: number | null) => void;
  onChoose: (row: number) => void;
}

/** The neurons (Σ), pointable; they change only when another neuron is lit. */
const Neurons = memo(function Neurons({ n, k, lit, onLight, onChoose }: NeuronsProps) {
  return (
    <g>
      {Array.from({ length: n }, (_, i) => {
        const cy = rowY(i, n, n, k);
        const on = i === lit;
        return (
          <g
            key={i}
            className="linear-layer-neuron"
            data-neuron={i}
            onPointerEnter={() => onLight(i)}
            onPointerLeave={() => onLight(null)}
            onClick={() => onChoose(i)}
          >
            <circle cx={NEURON_X} cy={cy} r={NEURON_R} fill={palette.panel} stroke={on ? palette.highlight : palette.neutral} strokeWidth={on ? 4 : 1.5} />
            <text x={NEURON_X} y={cy + 5} textAnchor="middle" fontSize={15} fontWeight={on ? 700 : 400}>
              Σ
            </text>
          </g>
        );
      })}
    </g>
  );
});

/** One input's name and value, written live. */
const InputLabel = memo(function InputLabel({ j, y, layer$ }: { j: number; y: number; layer$: Source<LayerModel> }) {
  const label = useLive<SVGTextElement, LayerModel>(layer$, (m) => ({ text: `x${sub(j)} ${num(m.x[j] ?? 0)}` }));
  return (
    <text ref={label.ref} x={INPUT_X - INPUT_R - 5} y={y + 4} textAnchor="end" fontSize={12}>
      {label.text}
    </text>
  );
});

/** One neuron's output bar and number, written live. */
const OutputBar = memo(function OutputBar({ i, cy, on, scaled$ }: { i: number; cy: number; on: boolean; scaled$: Source<Scaled> }) {
  const bar = useLive<SVGRectElement, Scaled>(scaled$, ({ m, bars }) => {
    const yi = m.y[i] ?? 0;
    const { x, width } = barAttrs(bars, yi);
    return { attrs: { x: String(x), width: String(width), fill: yi < 0 ? palette.inhibitory : palette.excitatory } };
  });
  const label = useLive<SVGTextElement, Scaled>(scaled$, ({ m }) => ({ text: `y${sub(i)} ${fmt(m.y[i] ?? 0, 2)}` }));
  return (
    <>
      <rect ref={bar.ref} {...bar.attrs} y={cy - 2} height={9} opacity={on ? 1 : 0.7} />
      <text ref={label.ref} x={BAR_LEFT} y={cy - 6} fontSize={11} fontWeight={on ? 700 : 400}>
        {label.text}
      </text>
    </>
  );
});

interface NetworkProps {
  layer$: Source<LayerModel>;
  n: number;
  k: number;
  w: readonly number[];
  lit: number;
  titleId: string;
  onLight: (row: number | null) => void;
  onChoose: (row: number) => void;
}

/** The layer as a network: inputs, weighted edges, neurons (Σ), and output bars with their numbers. */
export const Network = memo(function Network({ layer$, n, k, w, lit, titleId, onLight, onChoose }: NetworkProps) {
  const height = netHeight(n, k);
  const scaled$ = useDerived(layer$, scaled);
  const zero = useLive<SVGLineElement, Scaled>(scaled$, ({ bars }) => ({ attrs: { x1: String(bars.zero), x2: String(bars.zero) } }));
  const scale = useLive<SVGTextElement, Scaled>(scaled$, ({ bars }) => ({ text: bars.signed ? `bars: ±${bars.limit}` : `bars: 0 to ${bars.limit}` }));
  return (
    // The box around the drawing is a plain block (a grid item never is a relayout boundary), so a changed label re-lays only the drawing.
    <div className="linear-layer-netbox">
      <svg className="linear-layer-net" viewBox={`0 0 ${NET_WIDTH} ${height}`} role="img" aria-labelledby={titleId}>
        <title
          id={titleId}
        >{`A layer of ${n} neuron${n > 1 ? 's' : ''} with ${k} input${k > 1 ? 's' : ''}. Each edge is a weight: thicker for a larger magnitude, solid for positive, dashed for negative. Neuron ${lit + 1} is lit. Bars show the outputs y.`}</title>
        <Edges w={w} n={n} k={k} lit={lit} />
        <Frame n={n} k={k} />
        {Array.from({ length: k }, (_, j) => (
          <InputLabel key={j} j={j} y={rowY(j, k, n, k)} layer$={layer$} />
        ))}
        <Neurons n={n} k={k} lit={lit} onLight={onLight} onChoose={onChoose} />
        <line ref={zero.ref} {...zero.attrs} y1={HEADER_Y + 6} y2={height - 4} stroke={palette.faint} />
        {Array.from({ length: n }, (_, i) => (
          <OutputBar key={i} i={i} cy={rowY(i, n, n, k)} on={i === lit} scaled$={scaled$} />
        ))}
        <text ref={scale.ref} x={BAR_RIGHT} y={height - 1} textAnchor="end" fontSize={9} className="linear-layer-scale">
          {scale.text}
        </text>
      </svg>
    </div>
  );
});
