import { memo, useCallback, useEffect, useRef, useState } from 'react';
import { useLive, useSelect } from '../../ui/live';
import { createStore, type ParamsStore, type Source } from '../../params/store';
import { PlayPause, usePlayback } from '../../ui/PlayPause';
import type { LifParams } from '../../core';
import { palette } from '../../ui/palette';
import { fmt } from '../../chart/format';
import { Choice, Readout } from '../../ui/controls';
import { useAnimationLoop } from '../../ui/useAnimationLoop';
import { PANEL_HEIGHT, PANEL_WIDTH, SPIKE_MARKER_Y, TIME_TICKS, TRACE, timeX, tracePath, VOLT_TICKS, voltY, windowX } from './layout';
import { vmReadout } from './model';
import { advanceSim, firstWindow, sendPulse, type MembraneSim } from './sim';
import type { MembraneParams } from './schema';

/** Simulated ms per real ms at each speed. */
const RATE = { slow: 1 / 20, real: 1 } as const;
/** How far "Step" moves, and how far a pulse moves time while paused (short, so quick pulses can sum). */
const STEP_MS = 20;
const PULSE_ADVANCE_MS = 5;

/** Axes, grid and the threshold and rest lines: they never move, so they are drawn once per neuron. */
const TraceFrame = memo(function TraceFrame({ lif }: { lif: LifParams }) {
  const threshold = voltY(lif.thresholdMilliVolts);
  const rest = voltY(lif.restMilliVolts);
  const sameReset = lif.resetMilliVolts === lif.restMilliVolts;
  return (
    <g>
      {VOLT_TICKS.map((v) => (
        <g key={v}>
          <line x1={TRACE.left} x2={TRACE.right} y1={voltY(v)} y2={voltY(v)} stroke={palette.faint} strokeWidth={0.5} />
          <text x={TRACE.left - 4} y={voltY(v) + 4} textAnchor="end" fontSize={11} className="membrane-tick">
            {fmt(v, 0)}
          </text>
        </g>
      ))}
      <text x={4} y={TRACE.top - 8} fontSize={11} className="membrane-tick">
        mV
      </text>
      {TIME_TICKS.map((t) => (
        <text key={t} x={timeX(t)} y={TRACE.bottom + 16} textAnchor={t === 0 ? 'end' : 'middle'} fontSize={11} className="membrane-tick">
          {t === 0 ? 'now' : `${fmt(t, 0)} ms`}
        </text>
      ))}
      <line x1={TRACE.left} x2={TRACE.right} y1={threshold} y2={threshold} stroke={palette.fg} strokeDasharray="6 4" strokeWidth={1.2} />
      <text x={TRACE.left + 4} y={threshold - 5} fontSize={11} className="membrane-halo">
        {`threshold ${fmt(lif.thresholdMilliVolts, 0)} mV`}
      </text>
      <line x1={TRACE.left} x2={TRACE.right} y1={rest} y2={rest} stroke={palette.neutral} strokeWidth={1.2} />
      <text x={TRACE.left + 4} y={rest + 14} fontSize={11} className="membrane-halo">
        {sameReset ? `rest = reset ${fmt(lif.restMilliVolts, 0)} mV` : `rest ${fmt(lif.restMilliVolts, 0)} mV`}
      </text>
      {!sameReset && (
        <line x1={TRACE.left} x2={TRACE.right} y1={voltY(lif.resetMilliVolts)} y2={voltY(lif.resetMilliVolts)} stroke={palette.neutral} strokeDasharray="2 3" />
      )}
    </g>
  );
});

/** The caption under the trace: it changes only with the neuron. */
const Caption = memo(function Caption({ lif }: { lif: LifParams }) {
  return (
    <p className="membrane-caption">
      The integrate-and-fire model has no spike shape: when the potential reaches threshold it counts a spike (line to ▼), resets to{' '}
      {fmt(lif.resetMilliVolts, 0)} mV and is held there for the {fmt(lif.refractoryMs, 0)} ms refractory period (shaded). ▲ marks a pulse.
    </p>
  );
});

interface ButtonsProps {
  running: boolean;
  onToggle: () => void;
  onPulse: () => void;
  onStep: () => void;
}

/** Play or pause, a pulse, a step: re-rendered when playback starts or stops, not on every frame. */
const Buttons = memo(function Buttons({ running, onToggle, onPulse, onStep }: ButtonsProps) {
  return (
    <div className="membrane-buttons">
      <PlayPause running={running} onToggle={onToggle} />
      <button type="button" onClick={onPulse}>
        Send a pulse
      </button>
      <button type="button" onClick={onStep}>
        Step {STEP_MS} ms
      </button>
    </div>
  );
});

/** The trace's state: the simulation, its path, and whether time has moved yet. */
interface Window {
  /** The current and τ the first window was drawn for. */
  key: string;
  sim: MembraneSim;
  /** Until time first moves, a new current or τ redraws the first window, as the server draws it. */
  pristine: boolean;
  path: string;
}

/** A first window: rest, then the present current from t = 0, as the server draws it. */
function fresh(lif: LifParams, current: number): Window {
  const sim = firstWindow(lif, current);
  return { key: `${current}|${lif.tauMs}`, sim, pristine: true, path: tracePath(sim) };
}

/** The spikes, refractory periods and pulses in view: re-rendered with each frame, few elements. */
function Marks({ window$, lif }: { window$: Source<Window>; lif: LifParams }) {
  const { sim } = useSelect(window$, (w) => w);
  const thresholdY = voltY(lif.thresholdMilliVolts);
  const restY = voltY(lif.resetMilliVolts);
  const spikes = sim.spikes.map((t) => ({ t, x: windowX(sim, t) })).filter((s): s is { t: number; x: number } => s.x !== undefined);
  const pulses = sim.pulses.map((t) => windowX(sim, t)).filter((x): x is number => x !== undefined);
  const refractoryWidth = timeX(lif.refractoryMs - 200) - TRACE.left;
  return (
    <>
      {spikes.map((s) => (
        <rect
          key={`r${s.t}`}
          x={s.x}
          y={thresholdY}
          width={Math.min(refractoryWidth, TRACE.right - s.x)}
          height={restY + 4 - thresholdY}
          className="membrane-refractory"
        />
      ))}
      {spikes.map((s) => (
        <g key={`s${s.t}`}>
          <line x1={s.x} x2={s.x} y1={thresholdY} y2={SPIKE_MARKER_Y + 5} stroke={palette.spike} strokeWidth={1.8} />
          <path
            d={`M${(s.x - 5).toFixed(1)},${SPIKE_MARKER_Y - 4}L${(s.x + 5).toFixed(1)},${SPIKE_MARKER_Y - 4}L${s.x.toFixed(1)},${SPIKE_MARKER_Y + 5}Z`}
            fill={palette.spike}
          />
        </g>
      ))}
      {spikes.length > 0 && (
        <text x={TRACE.right} y={SPIKE_MARKER_Y - 6} textAnchor="end" fontSize={11} className="membrane-tick">
          ▼ spike
        </text>
      )}
      {pulses.map((x, i) => (
        <path key={`p${i}-${x}`} d={`M${x.toFixed(1)},${TRACE.bottom}l-4,6h8z`} fill={palette.accent} />
      ))}
    </>
  );
}

const latestV = (sim: MembraneSim, lif: LifParams) => sim.v[sim.v.length - 1] ?? lif.restMilliVolts;

interface TraceProps {
  store: ParamsStore<MembraneParams>;
  lif: LifParams;
  titleId: string;
}

/**
 * The live membrane potential: a rolling 200 ms window, with play, pause,
 * step and pulses. The window lives in a small store of its own; a frame
 * writes the path, the dot and the potential directly and re-renders only
 * the marks.
 */
export function Trace({ store, lif, titleId }: TraceProps) {
  const [window$] = useState(() => createStore<Window>(fresh(lif, store.get().current)));
  const playing = useSelect(store, (p) => p.playing);
  const { running, toggle } = usePlayback(playing, (next) => store.set({ playing: next }));
  const box = useRef<HTMLDivElement>(null);

  // Until time first moves, a scene or a host page that sets the current (or τ) gets its own first window.
  useEffect(() => {
    const renew = () => {
      const current = store.get().current;
      const w = window$.get();
      if (w.pristine && w.key !== `${current}|${lif.tauMs}`) window$.replace(fresh(lif, current));
    };
    renew();
    return store.subscribe(renew);
  }, [store, window$, lif]);

  // The path is rebuilt when time moves, not when a slider changes the figure.
  const advance = useCallback(
    (ms: number) => {
      const { sim } = window$.get();
      if (ms > 0) advanceSim(sim, lif, store.get().current, ms);
      window$.replace({ ...window$.get(), pristine: false, path: tracePath(sim) });
    },
    [window$, lif, store],
  );

  useAnimationLoop(box, running, (dtMs) => advance(dtMs * RATE[store.get().speed]));

  // Stable callbacks (they read the latest state), so the buttons and the speed choice skip every render.
  const latest = useRef({ running, advance });
  latest.current = { running, advance };
  const [stable] = useState(() => ({
    pulse: () => {
      sendPulse(window$.get().sim);
      latest.current.advance(latest.current.running ? 0 : PULSE_ADVANCE_MS);
    },
    step: () => latest.current.advance(STEP_MS),
  }));

  const path = useLive<SVGPathElement, Window>(window$, (w) => ({ attrs: { d: w.path } }));
  const dot = useLive<SVGCircleElement, Window>(window$, (w) => ({ attrs: { cy: String(voltY(latestV(w.sim, lif))) } }));
  // (React types an SVG <title> as the HTML element.)
  const title = useLive<HTMLTitleElement, Window>(window$, ({ sim }) => {
    const count = sim.spikes.filter((t) => windowX(sim, t) !== undefined).length;
    return {
      text: `Membrane potential over the last 200 ms of simulated time, with the threshold at ${fmt(lif.thresholdMilliVolts, 0)} mV and rest at ${fmt(lif.restMilliVolts, 0)} mV; ${count} spike${count === 1 ? '' : 's'} in view.`,
    };
  });
  const vm = useCallback(({ sim }: Window) => vmReadout(lif, latestV(sim, lif), sim.state.refractoryLeftMs > 0), [lif]);

  return (
    <div className="membrane-trace" ref={box}>
      <svg viewBox={`0 0 ${PANEL_WIDTH} ${PANEL_HEIGHT}`} role="img" aria-labelledby={titleId}>
        <title ref={title.ref} id={titleId}>
          {title.text}
        </title>
        <TraceFrame lif={lif} />
        <path ref={path.ref} {...path.attrs} fill="none" stroke={palette.fg} strokeWidth={1.8} strokeLinejoin="round" />
        <Marks window$={window$} lif={lif} />
        <circle ref={dot.ref} cx={TRACE.right} {...dot.attrs} r={3.5} fill={palette.fg} />
      </svg>
      <Caption lif={lif} />
      <Buttons running={running} onToggle={toggle} onPulse={stable.pulse} onStep={stable.step} />
      <Choice field="speed" />
      <div className="readouts membrane-vm">
        <Readout name="vm" label="Membrane potential" source={window$} text={vm} />
      </div>
    </div>
  );
}
