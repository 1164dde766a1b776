import { memo, useMemo } from 'react';
import type { DiagramViewProps } from '../types';
import { Announce } from '../../ui/Announce';
import { Choice } from '../../ui/Choice';
import { Readout } from '../../ui/Readout';
import { Slider } from '../../ui/Slider';
import { fmt } from '../../ui/format';
import { palette } from '../../ui/palette';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { passesModel, reportedGradient, STEP_NAMES, type PassesModel } from './model';
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
import { LAST_STEP, passesSchema, SIDES, type PassesParams } from './schema';

const SUB = ['₁', '₂', '₃'];
const g = (v: number) => fmt(v, 3);
const v2 = (v: number) => fmt(v, 2);
/** A factor in a product, bracketed when negative: "(−1.09)". */
const factor = (v: number) => (v < 0 ? `(${v2(v)})` : v2(v));

type EdgeMode = 'idle' | 'forward' | 'backward' | 'update';

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

function NodeView({
  x,
  y,
  name,
  value,
  lit,
  tag,
  tagAt = 'below',
}: {
  x: number;
  y: number;
  name: string;
  value: string;
  lit: boolean;
  tag?: string;
  tagAt?: 'below' | 'right';
}) {
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

/** What each step computes, line by line, with the numbers. */
function explain(m: PassesModel, step: number, rate: number): string[] {
  const w1 = m.net.layers[0]!.weights;
  const w2 = m.net.layers[1]!.weights;
  const w1new = m.updated.layers[0]!.weights;
  switch (step) {
    case 0:
      return [`Input x = (${v2(m.x[0]!)}, ${v2(m.x[1]!)}), target t = ${v2(m.target)}. The weights start random (Glorot), the biases at 0.`];
    case 1:
      return HIDDEN.map(
        (_, i) => `h${SUB[i]} = tanh(${factor(w1[i * 2]!)}·${v2(m.x[0]!)} + ${factor(w1[i * 2 + 1]!)}·${v2(m.x[1]!)}) = tanh(${v2(m.z1[i]!)}) = ${v2(m.h[i]!)}`,
      );
    case 2:
      return [
        `ŷ = σ(${HIDDEN.map((_, j) => `${factor(w2[j]!)}·${factor(m.h[j]!)}`).join(' + ')}) = σ(${v2(m.z2[0]!)}) = ${v2(m.yHat)}`,
        `Loss L = (ŷ − t)² = (${v2(m.yHat)} − ${v2(m.target)})² = ${g(m.loss)}`,
      ];
    case 3:
      return [`∂L/∂ŷ = 2(ŷ − t) = ${g(m.dLdy)}`, `δ = ∂L/∂z = ∂L/∂ŷ · σ′(z) = ${g(m.dLdy)} · ${g(m.yHat * (1 - m.yHat))} = ${g(m.delta2[0]!)}`];
    case 4:
      return [
        `Each output weight: ∂L/∂v = δ · h: ${HIDDEN.map((_, j) => g(m.dW2[j]!)).join(', ')}`,
        `Sent back through the same weights: ∂L/∂h = v · δ: ${HIDDEN.map((_, j) => g(m.dLdh[j]!)).join(', ')}`,
      ];
    case 5:
      return [
        `δ of each hidden unit = ∂L/∂h · (1 − h²): ${HIDDEN.map((_, j) => g(m.delta1[j]!)).join(', ')}`,
        `Each first-layer weight: ∂L/∂w = δ · x, e.g. ∂L/∂w₁₁ = ${g(m.delta1[0]!)} · ${v2(m.x[0]!)} = ${g(m.dW1[0]!)}`,
      ];
    default:
      return [
        `w ← w − η·∂L/∂w with η = ${fmt(rate, 2)}: e.g. w₁₁ = ${v2(w1[0]!)} − ${fmt(rate, 2)}·${factor(m.dW1[0]!)} = ${fmt(w1new[0]!, 3)}`,
        `On this sample the output moves from ${g(m.yHat)} to ${g(m.yHatAfter)}, and the loss from ${g(m.loss)} to ${g(m.lossAfter)}.`,
      ];
  }
}

function NetPanel({ m, step, uid }: { m: PassesModel; step: number; uid: string }) {
  const w1 = m.net.layers[0]!.weights;
  const w2 = m.net.layers[1]!.weights;
  const w1new = m.updated.layers[0]!.weights;
  const w2new = m.updated.layers[1]!.weights;
  const mode1: EdgeMode = step === 1 ? 'forward' : step === 5 ? 'backward' : step === 6 ? 'update' : 'idle';
  const mode2: EdgeMode = step === 2 ? 'forward' : step === 4 ? 'backward' : step === 6 ? 'update' : 'idle';
  const text1 = (i: number) => (step === 5 ? g(m.dW1[i]!) : step === 6 ? v2(w1new[i]!) : v2(w1[i]!));
  const text2 = (j: number) => (step === 4 || step === 5 ? g(m.dW2[j]!) : step === 6 ? v2(w2new[j]!) : v2(w2[j]!));
  const caption =
    step >= 3 && step <= 5
      ? 'numbers on the edges: ∂L/∂w once computed (dashed arrows carry gradients back)'
      : step === 6
        ? 'numbers on the edges: the updated weights'
        : 'numbers on the edges: the weights';
  return (
    <svg viewBox={`0 0 ${WIDTH} ${NET_HEIGHT}`} role="img" aria-labelledby={`${uid}-net-title`}>
      <title
        id={`${uid}-net-title`}
      >{`A network with 2 inputs, 3 hidden units and 1 output, at step ${step}: ${STEP_NAMES[step]}. ${explain(m, step, 1).join(' ')}`}</title>
      <defs>
        <marker id={`${uid}-fwd`} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 Z" fill={palette.accent} />
        </marker>
        <marker id={`${uid}-back`} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 Z" fill={palette.spike} />
        </marker>
      </defs>
      {EDGES1.map((e, i) => (
        <EdgeView key={`a${i}`} edge={e} text={text1(i)} mode={mode1} uid={uid} />
      ))}
      {EDGES2.map((e, j) => (
        <EdgeView key={`b${j}`} edge={e} text={text2(j)} mode={mode2} uid={uid} />
      ))}
      {INPUTS.map((p, i) => (
        <NodeView key={i} x={p.x} y={p.y} name={`x${SUB[i]}`} value={v2(m.x[i]!)} lit={step === 0} />
      ))}
      {HIDDEN.map((p, j) => (
        <NodeView
          key={j}
          x={p.x}
          y={p.y}
          name={`h${SUB[j]}`}
          value={step >= 1 ? v2(m.h[j]!) : '?'}
          lit={step === 1 || step === 4 || step === 5}
          tag={step === 4 ? `∂L/∂h ${g(m.dLdh[j]!)}` : step === 5 ? `δ ${g(m.delta1[j]!)}` : undefined}
        />
      ))}
      <NodeView
        x={OUTPUT.x}
        y={OUTPUT.y}
        name="ŷ"
        value={step >= 2 ? v2(step === 6 ? m.yHatAfter : m.yHat) : '?'}
        lit={step === 2 || step === 3 || step === 6}
        tag={step >= 3 && step <= 5 ? `δ ${g(m.delta2[0]!)}` : undefined}
      />
      {step >= 2 && (
        <g>
          <text x={OUTPUT.x} y={OUTPUT.y - NODE_R - 26} textAnchor="middle" fontSize={14} className="passes-muted">
            target t = {v2(m.target)}
          </text>
          <text
            x={step === 6 ? WIDTH - 2 : OUTPUT.x}
            y={OUTPUT.y + NODE_R + (step >= 3 && step <= 5 ? 44 : 22)}
            textAnchor={step === 6 ? 'end' : 'middle'}
            fontSize={15}
            fontWeight={700}
          >
            {step === 6 ? `L ${g(m.loss)} → ${g(m.lossAfter)}` : `L = ${g(m.loss)}`}
          </text>
        </g>
      )}
      <text x={4} y={NET_HEIGHT - 4} fontSize={13} className="passes-muted">
        {caption}
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
export function PassesView({ params, set, uid }: DiagramViewProps<PassesParams>) {
  const reduced = useReducedMotion();
  const m = useMemo(() => passesModel(params.seed, params.rate), [params.seed, params.rate]);
  const grad = useMemo(() => reportedGradient(m), [m]);
  const step = params.step;
  const lines = explain(m, step, params.rate);
  const showNet = params.side !== 'biology';
  const showBio = params.side !== 'net';

  return (
    <div className="passes">
      <div className={`passes-panels${showNet && showBio ? ' is-both' : ''}`}>
        {showNet && (
          <figure className="passes-panel">
            <figcaption>Artificial net: forward, then an exact backward pass</figcaption>
            <NetPanel m={m} step={step} uid={uid} />
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
            <button type="button" disabled={step <= 0} onClick={() => set({ step: step - 1 })}>
              Previous step
            </button>
            <button type="button" disabled={step >= LAST_STEP} onClick={() => set({ step: step + 1 })}>
              Next step
            </button>
          </div>
          <div className="readouts">
            <Readout name="step" label="Step" value={`${step} of ${LAST_STEP}`} context={STEP_NAMES[step]} />
            <Readout
              name="loss"
              label="Loss"
              value={step < 2 ? 'not computed yet' : g(step === 6 ? m.lossAfter : m.loss)}
              context={
                step === 6
                  ? `after the update (it was ${g(m.loss)})`
                  : step >= 2
                    ? 'squared error on this sample'
                    : 'the forward pass has not reached the output'
              }
            />
            <Readout
              name="grad"
              label="∂L/∂w₁₁"
              value={step >= 5 ? g(grad) : 'not computed yet'}
              context={step >= 5 ? 'gradient of the first-layer weight from x₁ to h₁' : 'the backward pass reaches the first layer at step 5'}
            />
          </div>
          <ul className="passes-lines">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <Slider
            label={passesSchema.fields.rate.label}
            value={params.rate}
            min={0.05}
            max={2}
            step={0.05}
            display={fmt(params.rate, 2)}
            onChange={(rate) => set({ rate })}
          />
        </>
      )}
      {showBio && (
        <p className="explain">
          Axons conduct spikes one way, but most cortical pathways are reciprocal, so activity comes back around loops. Action potentials also propagate back
          into the dendrites, and retrograde messengers (such as endocannabinoids) cross synapses backwards. What the brain has no known counterpart of is an
          exact backward pass that sends each error through the same weights, transposed.
        </p>
      )}
      <Choice
        label={passesSchema.fields.side.label}
        value={params.side}
        choices={SIDES}
        labels={passesSchema.fields.side.choiceLabels}
        onChange={(side) => set({ side })}
      />
      <Announce text={`Step ${step}: ${STEP_NAMES[step]}. ${lines.join(' ')}`} />
    </div>
  );
}
