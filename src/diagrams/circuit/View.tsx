import { Announce, Readout, SourceSlider } from '../../ui/controls';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DiagramViewProps } from '../types';
import { useLive, useSelect } from '../../ui/live';
import { createStore, derive, type Source } from '../../params/store';
import { fmt } from '../../chart/format';
import { INHIBITORY_DASH, palette } from '../../ui/palette';
import { useAnimationLoop, useOnScreen } from '../../ui/useAnimationLoop';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { feedForward, ffStepsAt, firedLabels, flash, inFlight, lastSpikeAt, nextEvent, runCircuit, spikesUpTo, TICK_MS, type CircuitRun } from './model';
import { CONNECTIONS, FF_INPUT_LABELS, FF_LAYERS, FF_OUTPUT_LABELS, NODES } from './network';
import {
  alongEdge,
  CLOCK,
  EDGES,
  FF_EDGES,
  FF_HEIGHT,
  FF_NODES,
  FF_WIDTH,
  NET_HEIGHT,
  NODE_R,
  RASTER,
  RASTER_BOTTOM,
  rasterRowY,
  rasterX,
  WIDTH,
} from './layout';
import { circuitSchema, RUN_MS, type CircuitParams } from './schema';

/** Simulated milliseconds shown per real millisecond at 1× (25 ms of circuit time per second). */
const RATE = 0.025;
const FF = feedForward();
const LAYER_COUNT = FF_LAYERS.length;

/** The parts of the spiking panel that only change with the seed. */
const NetworkStatic = memo(function NetworkStatic({ run, uid }: { run: CircuitRun; uid: string }) {
  return (
    <>
      <defs>
        <marker id={`${uid}-exc`} viewBox="0 0 8 8" refX="6" refY="4" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L8,4 L0,8 Z" fill={palette.neutral} />
        </marker>
        <marker id={`${uid}-inh`} viewBox="0 0 8 8" refX="4" refY="4" markerWidth="8" markerHeight="8" orient="auto">
          <rect x={3} y={0} width={2.5} height={8} fill={palette.inhibitory} />
        </marker>
      </defs>
      <g fill="none">
        {EDGES.map((e, i) => (
          <path
            key={i}
            d={e.d}
            stroke={e.inhibitory ? palette.inhibitory : palette.neutral}
            strokeOpacity={e.inhibitory ? 0.8 : 0.55}
            strokeWidth={Math.max(1, Math.abs(CONNECTIONS[i]!.weightMilliVolts) / 8)}
            strokeDasharray={e.inhibitory ? INHIBITORY_DASH : undefined}
            markerEnd={`url(#${uid}-${e.inhibitory ? 'inh' : 'exc'})`}
          />
        ))}
      </g>
      {NODES.map((n, i) =>
        n.group === 'inhibitory' ? (
          <rect
            key={i}
            x={n.x - NODE_R + 1}
            y={n.y - NODE_R + 1}
            width={2 * NODE_R - 2}
            height={2 * NODE_R - 2}
            rx={3}
            fill={palette.bg}
            stroke={palette.inhibitory}
            strokeWidth={2.5}
          />
        ) : (
          <circle
            key={i}
            cx={n.x}
            cy={n.y}
            r={NODE_R}
            fill={palette.bg}
            stroke={n.group === 'feature' ? palette.muted : palette.neutral}
            strokeWidth={n.group === 'concept' ? 3 : 2}
          />
        ),
      )}
      {NODES.map((n, i) => (
        <text key={i} x={n.x} y={n.y + NODE_R + 16} textAnchor="middle" fontSize={15} fontWeight={n.group === 'concept' ? 700 : 400} className="circuit-label">
          {n.label}
        </text>
      ))}
      <text x={4} y={RASTER.top - 10} fontSize={14} fontWeight={700}>
        Raster: each tick is a spike
      </text>
      {NODES.map((n, i) => (
        <text key={i} x={RASTER.left - 5} y={rasterRowY(i) + 11} textAnchor="end" fontSize={12.5} className="circuit-muted">
          {n.label}
        </text>
      ))}
      <rect x={RASTER.left} y={RASTER.top} width={RASTER.right - RASTER.left} height={RASTER_BOTTOM - RASTER.top} fill="none" stroke={palette.faint} />
      {[0, 25, 50, 75, 100].map((t) => (
        <text key={t} x={rasterX(t)} y={RASTER_BOTTOM + 16} textAnchor={t === 100 ? 'end' : 'middle'} fontSize={13} className="circuit-muted">
          {t === 100 ? '100 ms' : t}
        </text>
      ))}
      <g clipPath={`url(#${uid}-clip)`}>
        {run.spikes.map((s, i) => (
          <line
            key={i}
            x1={rasterX(s.timeMs)}
            x2={rasterX(s.timeMs)}
            y1={rasterRowY(s.neuron) + 1}
            y2={rasterRowY(s.neuron) + RASTER.row - 1}
            stroke={NODES[s.neuron]!.group === 'inhibitory' ? palette.inhibitory : palette.spike}
            strokeWidth={2}
          />
        ))}
      </g>
    </>
  );
});

/** The feed-forward net: redrawn only when another layer is computed. */
const FeedForward = memo(function FeedForward({ steps, started }: { steps: number; started: boolean }) {
  return (
    <>
      {FF_EDGES.map((layer, l) =>
        layer.map((e, i) => (
          <line
            key={`${l}-${i}`}
            x1={e.from.x + 19}
            y1={e.from.y}
            x2={e.to.x - 19}
            y2={e.to.y}
            stroke={e.weight < 0 ? palette.inhibitory : palette.neutral}
            strokeDasharray={e.weight < 0 ? INHIBITORY_DASH : undefined}
            strokeOpacity={steps > l ? 0.9 : 0.25}
            strokeWidth={steps > l ? 1 + Math.abs(e.weight) * 1.5 : 1}
          />
        )),
      )}
      {FF_NODES.map((layer, l) =>
        layer.map((p, i) => {
          const on = l === 0 ? started : steps >= l;
          const value = l === 0 ? 1 : FF.y[l - 1]![i]!;
          return (
            <g key={`${l}-${i}`}>
              <circle
                cx={p.x}
                cy={p.y}
                r={19}
                fill={on ? palette.accent : palette.bg}
                fillOpacity={on ? 0.12 + 0.3 * Math.min(1, Math.abs(value)) : 1}
                stroke={on ? palette.accent : palette.muted}
                strokeWidth={on ? 2.5 : 1.5}
              />
              {on && (
                <text x={p.x} y={p.y + 5} textAnchor="middle" fontSize={13} fontWeight={600}>
                  {fmt(value, l === 0 ? 0 : 2)}
                </text>
              )}
            </g>
          );
        }),
      )}
      {FF_INPUT_LABELS.map((label, i) => (
        <text key={label} x={FF_NODES[0]![i]!.x - 24} y={FF_NODES[0]![i]!.y + 5} textAnchor="end" fontSize={14}>
          {label}
        </text>
      ))}
      {FF_OUTPUT_LABELS.map((label, i) => (
        <text key={label} x={FF_NODES[LAYER_COUNT]![i]!.x + 24} y={FF_NODES[LAYER_COUNT]![i]!.y + 5} fontSize={14} fontWeight={label === 'dog' ? 700 : 400}>
          {label}
        </text>
      ))}
      <line x1={CLOCK.left} x2={CLOCK.right} y1={CLOCK.y} y2={CLOCK.y} stroke={palette.muted} />
      {FF_NODES.map((layer, l) => (
        <g key={l}>
          <line x1={layer[0]!.x} x2={layer[0]!.x} y1={CLOCK.y - 5} y2={CLOCK.y + 5} stroke={palette.muted} />
          <text x={layer[0]!.x} y={CLOCK.y + 20} textAnchor="middle" fontSize={13} className="circuit-muted">
            {l === 0 ? 'clock: 0' : `${l * TICK_MS} ms`}
          </text>
        </g>
      ))}
    </>
  );
});

/** Everything the picture shows at one moment of a run. */
interface Moment {
  t: number;
  count: number;
  steps: number;
  fired: string[];
  quiet: boolean;
  summary: string;
  ffContext: string;
}

function moment(run: CircuitRun, t: number): Moment {
  const count = spikesUpTo(run, t);
  const steps = ffStepsAt(t);
  const fired = firedLabels(run, t);
  const quiet = t > run.lastSpikeMs && run.spikes.length > 0;
  const ffContext =
    steps === LAYER_COUNT ? `done at ${LAYER_COUNT * TICK_MS} ms, then idle` : steps === 0 ? 'waiting for clock tick 1' : 'one layer per clock tick';
  const summary = quiet
    ? `The spiking circuit fell silent after its last spike at ${fmt(run.lastSpikeMs, 1)} ms, ${count} spikes in all; the loops kept it going ${fmt(run.lastSpikeMs - LAYER_COUNT * TICK_MS, 0)} ms after the feed-forward net had finished its ${LAYER_COUNT} layers.`
    : `At ${fmt(t, 1)} ms: ${count} spikes so far${fired.length ? `; fired: ${fired.join(', ')}` : ''}. Feed-forward net: ${steps} of ${LAYER_COUNT} layers.`;
  return { t, count, steps, fired, quiet, summary, ffContext };
}

/** A cell lit for a moment after it spikes (its opacity written live). */
const Flash = memo(function Flash({ i, run, clock }: { i: number; run: CircuitRun; clock: Source<Clock> }) {
  const n = NODES[i]!;
  const lit = useLive<SVGRectElement & SVGCircleElement, Clock>(clock, ({ t }) => {
    const a = flash(lastSpikeAt(run.byNeuron[i]!, t), t);
    return { attrs: { opacity: a < 0.02 ? '0' : String(a) } };
  });
  return n.group === 'inhibitory' ? (
    <rect ref={lit.ref} {...lit.attrs} x={n.x - NODE_R + 3} y={n.y - NODE_R + 3} width={2 * NODE_R - 6} height={2 * NODE_R - 6} fill={palette.inhibitory} />
  ) : (
    <circle ref={lit.ref} {...lit.attrs} cx={n.x} cy={n.y} r={NODE_R - 2} fill={palette.spike} />
  );
});

/** Spikes on their way along the connections: the only part React redraws while the run plays. */
function Flights({ run, clock }: { run: CircuitRun; clock: Source<Clock> }) {
  const t = useSelect(clock, (c) => c.t);
  return (
    <>
      {inFlight(run, t).map((f) => {
        const p = alongEdge(EDGES[f.edge]!, f.f);
        return <circle key={f.key} cx={p.x} cy={p.y} r={3.5} fill={EDGES[f.edge]!.inhibitory ? palette.inhibitory : palette.spike} />;
      })}
    </>
  );
}

/** The moment shown, in ms: the run's own clock, kept out of React so a frame re-renders only what moves. */
interface Clock {
  t: number;
}

const clipWidth = ({ t }: Clock) => ({ attrs: { width: String(Math.max(0, rasterX(t) - RASTER.left + 1)) } });
const cursor = ({ t }: Clock) => ({ attrs: { x1: String(rasterX(t)), x2: String(rasterX(t)) } });
const ffClock = ({ t }: Clock) => ({
  attrs: { cx: String(CLOCK.left + ((CLOCK.right - CLOCK.left) * Math.min(t, LAYER_COUNT * TICK_MS)) / (LAYER_COUNT * TICK_MS)) },
});
const timeSlider = ({ t }: Clock) => ({ value: Math.round(t * 2) / 2, display: `${fmt(t, 1)} ms` });
const speedSlider = ({ speed }: CircuitParams) => ({
  value: speed,
  display: `${fmt(speed, 1)}×`,
  valueText: `${fmt(speed, 1)} times, ${fmt(25 * speed, 1)} ms of circuit time per second`,
});
const spikesReadout = (m: Moment) => ({
  value: `${m.count} spike${m.count === 1 ? '' : 's'}`,
  context: `${m.fired.length} of ${NODES.length} cells have fired`,
});
const timeReadout = (m: Moment) => ({ value: `${fmt(m.t, 1)} ms`, context: `of ${RUN_MS} ms` });
const ffReadout = (m: Moment) => ({ value: `${m.steps} of ${LAYER_COUNT} layers`, context: m.ffContext });

/**
 * The circuit diagram: a recurrent spiking circuit, asynchronous, beside one
 * synchronous feed-forward pass. The moment shown lives in its own small
 * store; a frame of the animation writes the clip, the cursor, the flashes
 * and the numbers directly, and re-renders only the spikes in flight.
 */
export function CircuitView({ store, uid }: DiagramViewProps<CircuitParams>) {
  const reduced = useReducedMotion();
  const seed = useSelect(store, (p) => p.seed);
  const at = useSelect(store, (p) => p.at);
  const run = useMemo(() => runCircuit(seed), [seed]);
  const [clock] = useState(() => createStore<Clock>({ t: store.get().at }));
  const moment$ = useMemo(() => derive(clock, ({ t }) => moment(run, t)), [clock, run]);
  const [playing, setPlaying] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const visible = useOnScreen(root);
  const autoplayed = useRef(false);

  // A scene (or a link) sets the moment shown.
  useEffect(() => {
    clock.set({ t: at });
    setPlaying(false);
  }, [at, clock]);

  // Play once, by itself, the first time the figure comes into view (not for reduced motion).
  useEffect(() => {
    if (!visible || reduced || autoplayed.current) return;
    autoplayed.current = true;
    if (clock.get().t === 0) setPlaying(true);
  }, [visible, reduced, clock]);

  useAnimationLoop(root, playing && !reduced, (dt) => {
    const next = Math.min(RUN_MS, clock.get().t + dt * RATE * store.get().speed);
    clock.set({ t: next });
    if (next >= RUN_MS) setPlaying(false);
  });

  const show = useCallback(() => {
    if (reduced) {
      clock.set({ t: nextEvent(run, 0) });
      setPlaying(false);
    } else {
      clock.set({ t: 0 });
      setPlaying(true);
    }
  }, [reduced, run, clock]);
  const step = () => {
    setPlaying(false);
    const t = clock.get().t;
    clock.set({ t: nextEvent(run, t >= RUN_MS ? -1 : t) });
  };
  const onTime = useCallback(
    (next: number) => {
      setPlaying(false);
      clock.set({ t: next });
    },
    [clock],
  );
  const onSpeed = useCallback((speed: number) => store.set({ speed }), [store]);

  const steps = useSelect(moment$, (m) => m.steps);
  const firstTick = useSelect(clock, (c) => c.t > 0);
  const quiet = useSelect(moment$, (m) => m.quiet);
  // While it plays, the picture's description and the live region stay put (they would change every frame); paused, they give the summary.
  const summary = useSelect(moment$, (m) => (playing ? '' : m.summary));
  const clip = useLive<SVGRectElement, Clock>(clock, clipWidth);
  const line = useLive<SVGLineElement, Clock>(clock, cursor);
  const tick = useLive<SVGCircleElement, Clock>(clock, ffClock);

  return (
    <div className="circuit" ref={root}>
      <div className="circuit-panels">
        <figure className="circuit-panel">
          <figcaption>Spiking circuit: no clock, each spike when its cell crosses threshold</figcaption>
          <svg viewBox={`0 0 ${WIDTH} ${NET_HEIGHT}`} role="img" aria-labelledby={`${uid}-circuit-title`}>
            <title id={`${uid}-circuit-title`}>
              {`A recurrent spiking circuit: four visual-feature cells (edges, four legs, fur texture, snout) excite two “dog” concept cells, which excite bark, fur, walk and ball; walk and leash excite each other in a loop; an inhibitory cell quiets the loop. ${playing ? 'It is running; its state is described when it pauses.' : summary}`}
            </title>
            <defs>
              <clipPath id={`${uid}-clip`}>
                <rect ref={clip.ref} x={RASTER.left} y={RASTER.top - 2} {...clip.attrs} height={RASTER_BOTTOM - RASTER.top + 4} />
              </clipPath>
            </defs>
            <NetworkStatic run={run} uid={uid} />
            {NODES.map((_, i) => (
              <Flash key={i} i={i} run={run} clock={clock} />
            ))}
            <Flights run={run} clock={clock} />
            <line ref={line.ref} {...line.attrs} y1={RASTER.top - 3} y2={RASTER_BOTTOM + 3} stroke={palette.accent} strokeWidth={1.5} />
            {quiet && (
              <text x={RASTER.right} y={RASTER.top - 10} textAnchor="end" fontSize={14} fontWeight={700} className="circuit-quiet">
                {`silent after ${fmt(run.lastSpikeMs, 1)} ms`}
              </text>
            )}
          </svg>
        </figure>
        <figure className="circuit-panel">
          <figcaption>Feed-forward net: one layer per tick of a global clock, then it stops</figcaption>
          <svg viewBox={`0 0 ${FF_WIDTH} ${FF_HEIGHT}`} role="img" aria-labelledby={`${uid}-ff-title`}>
            <title
              id={`${uid}-ff-title`}
            >{`A feed-forward net with four inputs, two hidden layers and three outputs (dog, cat, car): ${steps} of ${LAYER_COUNT} layers computed.`}</title>
            <FeedForward steps={steps} started={firstTick} />
            <circle ref={tick.ref} {...tick.attrs} cy={CLOCK.y} r={5} fill={palette.accent} />
          </svg>
          <p className="circuit-note">
            {steps === LAYER_COUNT
              ? `Done: “dog” ${fmt(FF.y[LAYER_COUNT - 1]![0]!, 2)}. Nothing happens in this net until the next input.`
              : 'Every unit of a layer is computed at the same tick, from the whole previous layer.'}
          </p>
        </figure>
      </div>
      <div className="circuit-buttons" role="group" aria-label="Run">
        <button type="button" onClick={show}>
          Show a dog
        </button>
        {!reduced && (
          <button type="button" aria-pressed={playing} onClick={() => (playing ? setPlaying(false) : clock.get().t >= RUN_MS ? show() : setPlaying(true))}>
            {playing ? 'Pause' : 'Play'}
          </button>
        )}
        <button type="button" onClick={step}>
          Step
        </button>
      </div>
      <div className="controls">
        <SourceSlider label={circuitSchema.fields.speed.label} min={0.1} max={2} step={0.1} source={store} view={speedSlider} onChange={onSpeed} />
        <SourceSlider label="Time" min={0} max={RUN_MS} step={0.5} source={clock} view={timeSlider} onChange={onTime} />
      </div>
      <div className="readouts">
        <Readout name="spikes" label="Spikes" source={moment$} text={spikesReadout} />
        <Readout name="time" label="Time" source={moment$} text={timeReadout} />
        <Readout name="ffsteps" label="Feed-forward" source={moment$} text={ffReadout} />
      </div>
      <p className="explain">
        {
          'Spikes arrive whenever their delays bring them (dots travel along the connections); a cell fires only when enough arrive close together. Loops (dog ⇄ dog, walk ⇄ leash, bark → dog) re-excite; the inhibitory cell (square, dashed connections) ends the wave. This is a toy circuit; the seed changes the jitter of the input.'
        }
      </p>
      <Announce text={() => summary} />
    </div>
  );
}
