import { memo, useMemo } from 'react';
import type { DiagramViewProps } from '../types';
import { derive } from '../../params/store';
import { useSelect } from '../../ui/live';
import { Announce, Choice, Readout, Slider } from '../../ui/controls';
import { palette } from '../../ui/palette';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { gradReadout, lossReadout, netPicture, passesShownFor, stepReadout, summary, type EdgeMode, type NetPicture, type NodeShown } from './model';
import {
  AXONS,
  BAP,
  BIO_HEIGHT,
  CELLS,
  dendritePaths,
  EDGES1,
  EDGES2,
  HIDDEN,
  INPUTS,
  LOOP,
  NET_HEIGHT,
  NODE_R,
  OUTPUT,
  RETROGRADE,
  somaPath,
  SPIKE_ROUTE,
  WIDTH,
  type NetEdge,
} from './layout';
import { LAST_STEP, type PassesParams } from './schema';

function EdgeView({ edge, text, mode, uid }: { edge: NetEdge; text: string; mode: EdgeMode; uid: string }) {
  const backward = mode === 'backward';
  const color = backward ? palette.spike : mode === 'idle' ? palette.faint : palette.accent;
  return (
    <g>
      <line
        x1={backward ? edge.x2 : edge.x1}
        y1={backward ? edge.y2 : edge.y1}
        x2={backward ? edge.x1 : edge.x2}
        y2={backward ? edge.y1 : edge.y2}
        stroke={color}
        strokeWidth={mode === 'idle' ? 1.5 : 2.5}
        strokeDasharray={backward ? '6 3' : undefined}
        markerEnd={mode === 'idle' ? undefined : `url(#${uid}-${backward ? 'back' : 'fwd'})`}
      />
      <rect
        x={edge.label.x - 29}
        y={edge.label.y - 11}
        width={58}
        height={21}
        rx={4}
        fill={palette.bg}
        stroke={mode === 'idle' ? 'none' : color}
        strokeWidth={1}
      />
      <text x={edge.label.x} y={edge.label.y + 5} textAnchor="middle" fontSize={14} fontWeight={mode === 'idle' ? 400 : 700}>
        {text}
      </text>
    </g>
  );
}

function NodeView({ x, y, node: { name, value, lit, tag }, tagAt = 'below' }: { x: number; y: number; node: NodeShown; tagAt?: 'below' | 'right' }) {
  const tagX = tagAt === 'below' ? x : x + NODE_R + 56;
  const tagY = tagAt === 'below' ? y + NODE_R + 3 : y - NODE_R - 14;
  return (
    <g>
      <circle cx={x} cy={y} r={NODE_R} fill={lit ? palette.panel : palette.bg} stroke={lit ? palette.accent : palette.muted} strokeWidth={lit ? 3 : 1.5} />
      <text x={x} y={y - NODE_R - 5} textAnchor="middle" fontSize={14} className="passes-muted">
        {name}
      </text>
      <text x={x} y={y + 5} textAnchor="middle" fontSize={15} fontWeight={600}>
        {value}
      </text>
      {tag && (
        <g>
          <rect x={tagX - 50} y={tagY} width={100} height={21} rx={4} fill={palette.bg} stroke={palette.spike} />
          <text x={tagX} y={tagY + 15} textAnchor="middle" fontSize={14} fontWeight={600}>
            {tag}
          </text>
        </g>
      )}
    </g>
  );
}

function NetPanel({ picture: p, step, uid }: { picture: NetPicture; step: number; uid: string }) {
  const backward = step >= 3 && step <= 5;
  const last = step === LAST_STEP;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${NET_HEIGHT}`} role="img" aria-labelledby={`${uid}-net-title`}>
      <title id={`${uid}-net-title`}>{p.title}</title>
      <defs>
        <marker id={`${uid}-fwd`} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 Z" fill={palette.accent} />
        </marker>
        <marker id={`${uid}-back`} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 Z" fill={palette.spike} />
        </marker>
      </defs>
      {EDGES1.map((e, i) => (
        <EdgeView key={`a${i}`} edge={e} text={p.edge1[i]!} mode={p.mode1} uid={uid} />
      ))}
      {EDGES2.map((e, j) => (
        <EdgeView key={`b${j}`} edge={e} text={p.edge2[j]!} mode={p.mode2} uid={uid} />
      ))}
      {INPUTS.map((at, i) => (
        <NodeView key={i} x={at.x} y={at.y} node={p.inputs[i]!} />
      ))}
      {HIDDEN.map((at, j) => (
        <NodeView key={j} x={at.x} y={at.y} node={p.hidden[j]!} />
      ))}
      <NodeView x={OUTPUT.x} y={OUTPUT.y} node={p.output} />
      {p.loss !== undefined && (
        <g>
          <text x={OUTPUT.x} y={OUTPUT.y - NODE_R - 26} textAnchor="middle" fontSize={14} className="passes-muted">
            {p.target}
          </text>
          <text
            x={last ? WIDTH - 2 : OUTPUT.x}
            y={OUTPUT.y + NODE_R + (backward ? 44 : 22)}
            textAnchor={last ? 'end' : 'middle'}
            fontSize={15}
            fontWeight={700}
          >
            {p.loss}
          </text>
        </g>
      )}
      <text x={4} y={NET_HEIGHT - 4} fontSize={13} className="passes-muted">
        {p.caption}
      </text>
    </svg>
  );
}

/** The biological circuit: fixed, so memoised. */
const BioPanel = memo(function BioPanel({ uid, reduced }: { uid: string; reduced: boolean }) {
  return (
    <svg viewBox={`0 0 ${WIDTH} ${BIO_HEIGHT}`} role="img" aria-labelledby={`${uid}-bio-title`}>
      <title id={`${uid}-bio-title`}>
        Three neurons in a chain, A to B to C, each axon carrying spikes one way only; C&apos;s axon loops back to A, so activity can return around the loop.
        Within B, an action potential also spreads back into the dendrites, and a retrograde messenger crosses the synapse from B to A.
      </title>
      <defs>
        <marker id={`${uid}-axon`} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 Z" fill={palette.neutral} />
        </marker>
        <marker id={`${uid}-soft`} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 Z" fill={palette.spike} />
        </marker>
      </defs>
      {CELLS.map((c, i) => (
        <g key={i}>
          {dendritePaths(c).map((d, k) => (
            <path key={k} d={d} stroke={palette.neutral} strokeWidth={3} strokeLinecap="round" fill="none" />
          ))}
          <path d={somaPath(c)} fill={palette.panel} stroke={palette.neutral} strokeWidth={2.5} />
          <text x={c.x + 2} y={c.y - 18} textAnchor="middle" fontSize={15} fontWeight={700}>
            {'ABC'[i]}
          </text>
        </g>
      ))}
      {AXONS.map((d, i) => (
        <path key={i} d={d} stroke={palette.neutral} strokeWidth={2.5} fill="none" markerEnd={`url(#${uid}-axon)`} />
      ))}
      <path d={LOOP} stroke={palette.neutral} strokeWidth={2.5} fill="none" markerEnd={`url(#${uid}-axon)`} />
      <text x={(CELLS[0]!.x + CELLS[2]!.x) / 2} y={42} textAnchor="middle" fontSize={14}>
        loop back: a reciprocal pathway
      </text>
      {[0, 1].map((i) => (
        <text key={i} x={CELLS[i]!.x + 60} y={CELLS[i]!.y + 20} textAnchor="middle" fontSize={13} className="passes-muted">
          axon →
        </text>
      ))}
      <path d={BAP} stroke={palette.spike} strokeWidth={2} strokeDasharray="4 3" fill="none" markerEnd={`url(#${uid}-soft)`} />
      <text x={CELLS[1]!.x} y={CELLS[1]!.y + 66} textAnchor="middle" fontSize={14}>
        spike back into the dendrites
      </text>
      <path d={RETROGRADE} stroke={palette.spike} strokeWidth={2} strokeDasharray="1.5 3" strokeLinecap="round" fill="none" markerEnd={`url(#${uid}-soft)`} />
      <text x={CELLS[1]!.x - 50} y={CELLS[1]!.y - 44} textAnchor="middle" fontSize={14}>
        retrograde messenger
      </text>
      {reduced ? (
        <g fontSize={15} fontWeight={700} className="passes-steps">
          <text x={CELLS[0]!.x + 60} y={CELLS[0]!.y - 8}>
            1
          </text>
          <text x={CELLS[1]!.x + 60} y={CELLS[1]!.y - 8}>
            2
          </text>
          <text x={CELLS[2]!.x + 50} y={100}>
            3
          </text>
        </g>
      ) : (
        <circle className="passes-spike" r={6} fill={palette.spike} style={{ offsetPath: `path('${SPIKE_ROUTE}')` }} />
      )}
    </svg>
  );
});

/** The passes diagram: forward, backward and update on a 2–3–1 net, beside a biological circuit with a loop. */
export function PassesView({ store, uid }: DiagramViewProps<PassesParams>) {
  const reduced = useReducedMotion();
  const shown$ = useMemo(() => derive(store, passesShownFor()), [store]);
  const shown = useSelect(shown$, (s) => s);
  const side = useSelect(store, (p) => p.side);
  const { m, step, rate, lines } = shown;
  const picture = useMemo(() => netPicture(m, step, rate), [m, step, rate]);
  const showNet = side !== 'biology';
  const showBio = side !== 'net';

  return (
    <div className="passes">
      <div className={`passes-panels${showNet && showBio ? ' is-both' : ''}`}>
        {showNet && (
          <figure className="passes-panel">
            <figcaption>Artificial net: forward, then an exact backward pass</figcaption>
            <NetPanel picture={picture} step={step} uid={uid} />
          </figure>
        )}
        {showBio && (
          <figure className="passes-panel">
            <figcaption>Biological circuit: forward along axons, back only around loops</figcaption>
            <BioPanel uid={uid} reduced={reduced} />
          </figure>
        )}
      </div>
      {showNet && (
        <>
          <div className="passes-buttons" role="group" aria-label="Steps">
            <button type="button" disabled={step <= 0} onClick={() => store.set({ step: store.get().step - 1 })}>
              Previous step
            </button>
            <button type="button" disabled={step >= LAST_STEP} onClick={() => store.set({ step: store.get().step + 1 })}>
              Next step
            </button>
          </div>
          <div className="readouts">
            <Readout name="step" label="Step" source={shown$} text={stepReadout} />
            <Readout name="loss" label="Loss" source={shown$} text={lossReadout} />
            <Readout name="grad" label="∂L/∂w₁₁" source={shown$} text={gradReadout} />
          </div>
          <ul className="passes-lines">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <Slider field="rate" />
        </>
      )}
      {showBio && (
        <p className="explain">
          Axons conduct spikes one way, but most cortical pathways are reciprocal, so activity comes back around loops. Action potentials also propagate back
          into the dendrites, and retrograde messengers (such as endocannabinoids) cross synapses backwards. What the brain has no known counterpart of is an
          exact backward pass that sends each error through the same weights, transposed.
        </p>
      )}
      <Choice field="side" />
      <Announce source={shown$} text={summary} />
    </div>
  );
}
