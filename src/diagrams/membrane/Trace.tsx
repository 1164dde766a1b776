import { memo, useRef, useState } from 'react';
import { PlayPause, usePlayback } from '../../ui/PlayPause';
import type { LifParams } from '../../core';
import { palette } from '../../ui/palette';
import { fmt } from '../../ui/format';
import { Choice } from '../../ui/Choice';
import { Readout } from '../../ui/Readout';
import { useAnimationLoop } from '../../ui/useAnimationLoop';
import { PANEL_HEIGHT, PANEL_WIDTH, SPIKE_MARKER_Y, TIME_TICKS, TRACE, timeX, tracePath, VOLT_TICKS, voltY, windowX } from './layout';
import { vmReadout } from './model';
import { advanceSim, firstWindow, sendPulse } from './sim';
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
      {!sameReset && <line x1={TRACE.left} x2={TRACE.right} y1={voltY(lif.resetMilliVolts)} y2={voltY(lif.resetMilliVolts)} stroke={palette.neutral} strokeDasharray="2 3" />}
    </g>
  );
});

const SPEEDS = ['slow', 'real'] as const;
const SPEED_LABELS = { slow: '20× slower', real: 'real time' };

/** The caption under the trace: it changes only with the neuron. */
const Caption = memo(function Caption({ lif }: { lif: LifParams }) {
  return (
    <p className="membrane-caption">
      The integrate-and-fire model has no spike shape: when the potential reaches threshold it counts a spike (line to ▼), resets to {fmt(lif.resetMilliVolts, 0)} mV and is held there for the {fmt(lif.refractoryMs, 0)} ms refractory period (shaded). ▲ marks a pulse.
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

/** A first window: rest, then the present current from t = 0, as the server draws it. */
function fresh(key: string, lif: LifParams, current: number) {
  const sim = firstWindow(lif, current);
  return { key, sim, pristine: true, path: tracePath(sim) };
}

interface TraceProps {
  params: MembraneParams;
  lif: LifParams;
  set: (patch: Partial<MembraneParams>) => void;
  titleId: string;
}

/** The live membrane potential: a rolling 200 ms window, with play, pause, step and pulses. */
export function Trace({ params, lif, set, titleId }: TraceProps) {
  // Until time first moves, the window shows the present current from rest: a scene or a host
  // page that sets the current (or τ) gets its own first window, as the server drew it.
  const key = `${params.current}|${lif.tauMs}`;
  const [view, setView] = useState(() => fresh(key, lif, params.current));
  if (view.pristine && view.key !== key) setView(fresh(key, lif, params.current));
  const { sim, path } = view;
  // The path is rebuilt when time moves, not when a slider re-renders the figure.
  const redraw = () => setView((old) => ({ ...old, pristine: false, path: tracePath(old.sim) }));
  const { running, toggle } = usePlayback(params.playing, (playing) => set({ playing }));
  const box = useRef<HTMLDivElement>(null);

  useAnimationLoop(box, running, (dtMs) => {
    advanceSim(sim, lif, params.current, dtMs * RATE[params.speed]);
    redraw();
  });

  const advance = (ms: number) => {
    advanceSim(sim, lif, params.current, ms);
    redraw();
  };
  const pulse = () => {
    sendPulse(sim);
    if (!running) advance(PULSE_ADVANCE_MS);
    else redraw();
  };
  // The animation re-renders this component every frame; the buttons and the speed choice get
  // stable callbacks that read the latest closure, so they skip those renders.
  const latest = { pulse, step: () => advance(STEP_MS), speed: (speed: MembraneParams['speed']) => set({ speed }) };
  const actions = useRef(latest);
  actions.current = latest;
  const [stable] = useState(() => ({
    pulse: () => actions.current.pulse(),
    step: () => actions.current.step(),
    speed: (speed: MembraneParams['speed']) => actions.current.speed(speed),
  }));

  const v = sim.v[sim.v.length - 1] ?? lif.restMilliVolts;
  const refractory = sim.state.refractoryLeftMs > 0;
  const vm = vmReadout(lif, v, refractory);
  const thresholdY = voltY(lif.thresholdMilliVolts);
  const restY = voltY(lif.resetMilliVolts);
  const spikes = sim.spikes.map((t) => ({ t, x: windowX(sim, t) })).filter((s): s is { t: number; x: number } => s.x !== undefined);
  const pulses = sim.pulses.map((t) => windowX(sim, t)).filter((x): x is number => x !== undefined);
  const refractoryWidth = timeX(lif.refractoryMs - 200) - TRACE.left;

  return (
    <div className="membrane-trace" ref={box}>
      <svg viewBox={`0 0 ${PANEL_WIDTH} ${PANEL_HEIGHT}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>{`Membrane potential over the last 200 ms of simulated time, with the threshold at ${fmt(lif.thresholdMilliVolts, 0)} mV and rest at ${fmt(lif.restMilliVolts, 0)} mV; ${spikes.length} spike${spikes.length === 1 ? '' : 's'} in view.`}</title>
        <TraceFrame lif={lif} />
        {spikes.map((s) => (
          <rect key={`r${s.t}`} x={s.x} y={thresholdY} width={Math.min(refractoryWidth, TRACE.right - s.x)} height={restY + 4 - thresholdY} className="membrane-refractory" />
        ))}
        <path d={path} fill="none" stroke={palette.fg} strokeWidth={1.8} strokeLinejoin="round" />
        {spikes.map((s) => (
          <g key={`s${s.t}`}>
            <line x1={s.x} x2={s.x} y1={thresholdY} y2={SPIKE_MARKER_Y + 5} stroke={palette.spike} strokeWidth={1.8} />
            <path d={`M${(s.x - 5).toFixed(1)},${SPIKE_MARKER_Y - 4}L${(s.x + 5).toFixed(1)},${SPIKE_MARKER_Y - 4}L${s.x.toFixed(1)},${SPIKE_MARKER_Y + 5}Z`} fill={palette.spike} />
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
        <circle cx={TRACE.right} cy={voltY(v)} r={3.5} fill={palette.fg} />
      </svg>
      <Caption lif={lif} />
      <Buttons running={running} onToggle={toggle} onPulse={stable.pulse} onStep={stable.step} />
      <Choice label="Speed" value={params.speed} choices={SPEEDS} labels={SPEED_LABELS} onChange={stable.speed} />
      <div className="readouts membrane-vm">
        <Readout name="vm" label="Membrane potential" value={vm.value} context={vm.context} />
      </div>
    </div>
  );
}
