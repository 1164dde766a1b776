import type { DiagramViewProps } from '../types';
import { useDerived, useSelect } from '../../ui/live';
import { Announce, Choice, Readout, Slider } from '../../ui/controls';
import { palette } from '../../ui/palette';
import { fmt } from '../../chart/format';
import { actionPotentialModel, ahpReadout, peakReadout, REVERSALS, spikesReadout, type ActionPotentialModel } from './model';
import { currentY, gateY, LEFT, RIGHT, seriesPath, stimulusPath, STRIPS, TIME_TICKS, timeX, VOLT_TICKS, voltY, WIDTH, HEIGHT } from './layout';
import { actionPotentialSchema, type ActionPotentialParams } from './schema';

const summaryText = (m: ActionPotentialModel) => m.summary;

function Label({ x, y, children, anchor = 'start', color }: { x: number; y: number; children: string; anchor?: 'start' | 'end' | 'middle'; color?: string }) {
  return (
    <text x={x} y={y} fontSize={17} textAnchor={anchor} fill={color} className="ap-label">
      {children}
    </text>
  );
}

/** The four strips: the current injected, V with the reversal potentials, the Na⁺ and K⁺ currents, and the gates. */
function Traces({ m, titleId }: { m: ActionPotentialModel; titleId: string }) {
  const { trace } = m;
  const iY = currentY(trace);
  const bound = iY.domain()[1];
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} className="ap-chart">
      <title id={titleId}>
        {`Traces over ${TIME_TICKS[TIME_TICKS.length - 1]} ms: the injected current, the membrane potential, the Na⁺ and K⁺ currents and the gates m, h and n. ${m.summary}`}
      </title>
      {TIME_TICKS.map((t) => (
        <line key={t} x1={timeX(t)} x2={timeX(t)} y1={STRIPS.stim.top} y2={STRIPS.gates.bottom} stroke={palette.faint} strokeWidth={0.5} />
      ))}
      {/* The current injected */}
      <path d={stimulusPath(trace, actionPotentialSchema.fields.amp.max)} fill="none" stroke={palette.accent} strokeWidth={2} />
      <Label x={LEFT - 6} y={STRIPS.stim.bottom} anchor="end">
        I
      </Label>
      {/* V, with E_Na and E_K */}
      {VOLT_TICKS.map((v) => (
        <g key={v}>
          <line x1={LEFT} x2={RIGHT} y1={voltY(v)} y2={voltY(v)} stroke={palette.faint} strokeWidth={v === 0 ? 1 : 0.5} />
          <text x={LEFT - 6} y={voltY(v) + 5} fontSize={17} textAnchor="end" className="ap-tick">
            {fmt(v, 0)}
          </text>
        </g>
      ))}
      <line x1={LEFT} x2={RIGHT} y1={voltY(REVERSALS.na)} y2={voltY(REVERSALS.na)} stroke={palette.excitatory} strokeDasharray="5 4" />
      <line x1={LEFT} x2={RIGHT} y1={voltY(REVERSALS.k)} y2={voltY(REVERSALS.k)} stroke={palette.inhibitory} strokeDasharray="5 4" />
      <Label x={RIGHT} y={voltY(REVERSALS.na) - 5} anchor="end" color={palette.excitatory}>
        E(Na⁺)
      </Label>
      <Label x={RIGHT} y={voltY(REVERSALS.k) + 16} anchor="end" color={palette.inhibitory}>
        E(K⁺)
      </Label>
      <path d={seriesPath(trace, trace.vMilliVolts, voltY)} fill="none" stroke={palette.fg} strokeWidth={2.5} />
      <Label x={LEFT + 4} y={STRIPS.v.top + 4}>
        V (mV)
      </Label>
      <Label x={LEFT + 4} y={STRIPS.current.top + 12}>
        currents (µA/cm²)
      </Label>
      <Label x={LEFT + 4} y={STRIPS.gates.top + 2}>
        gates
      </Label>
      {/* Currents: inward (Na⁺) below zero, outward (K⁺) above */}
      <line x1={LEFT} x2={RIGHT} y1={iY(0)} y2={iY(0)} stroke={palette.muted} strokeWidth={1} />
      <path d={seriesPath(trace, trace.iNaMicroAmpsPerCm2, iY)} fill="none" stroke={palette.excitatory} strokeWidth={2} />
      <path d={seriesPath(trace, trace.iKMicroAmpsPerCm2, iY)} fill="none" stroke={palette.inhibitory} strokeWidth={2} />
      <text x={LEFT - 6} y={iY(bound) + 11} fontSize={17} textAnchor="end" className="ap-tick">
        {fmt(bound, 0)}
      </text>
      <text x={LEFT - 6} y={iY(-bound)} fontSize={17} textAnchor="end" className="ap-tick">
        {fmt(-bound, 0)}
      </text>
      <Label x={RIGHT} y={STRIPS.current.top + 12} anchor="end" color={palette.inhibitory}>
        K⁺ out
      </Label>
      <Label x={RIGHT} y={STRIPS.current.bottom - 2} anchor="end" color={palette.excitatory}>
        Na⁺ in
      </Label>
      {/* Gates */}
      <line x1={LEFT} x2={RIGHT} y1={gateY(0)} y2={gateY(0)} stroke={palette.muted} strokeWidth={0.5} />
      <path d={seriesPath(trace, trace.m, gateY)} fill="none" stroke={palette.excitatory} strokeWidth={2} />
      <path d={seriesPath(trace, trace.h, gateY)} fill="none" stroke={palette.excitatory} strokeWidth={2} strokeDasharray="2 3" />
      <path d={seriesPath(trace, trace.n, gateY)} fill="none" stroke={palette.inhibitory} strokeWidth={2} />
      <text x={LEFT - 6} y={gateY(1) + 11} fontSize={17} textAnchor="end" className="ap-tick">
        1
      </text>
      <text x={LEFT - 6} y={gateY(0)} fontSize={17} textAnchor="end" className="ap-tick">
        0
      </text>
      {TIME_TICKS.map((t) => (
        <text key={t} x={timeX(t)} y={HEIGHT - 12} fontSize={17} textAnchor="middle" className="ap-tick">
          {fmt(t, 0)}
        </text>
      ))}
    </svg>
  );
}

/** A patch of membrane driven by a current: V, the ionic currents and the gates, as Hodgkin and Huxley's equations give them. */
export function ActionPotentialView({ store, uid }: DiagramViewProps<ActionPotentialParams>) {
  const model$ = useDerived(store, actionPotentialModel);
  const m = useSelect(model$, (value) => value);
  return (
    <div className="ap">
      <div className="ap-controls">
        <Choice field="stim" />
        <Slider field="amp" />
        <Slider field="dur" />
        <Slider field="gap" />
      </div>
      <div className="ap-figure">
        <Traces m={m} titleId={`${uid}-ap-title`} />
        <ul className="ap-key" aria-label="Key">
          <li>
            <span className="ap-swatch ap-swatch-v" aria-hidden="true" /> V, membrane potential
          </li>
          <li>
            <span className="ap-swatch ap-swatch-na" aria-hidden="true" /> Na⁺: current, m (solid), h (dotted)
          </li>
          <li>
            <span className="ap-swatch ap-swatch-k" aria-hidden="true" /> K⁺: current, n
          </li>
          <li>time (ms) across; the current I at the top</li>
        </ul>
      </div>
      <div className="readouts">
        <Readout name="spikes" label="Action potentials" source={model$} text={spikesReadout} />
        <Readout name="peak" label="Peak" source={model$} text={peakReadout} />
        <Readout name="ahp" label="Lowest after the spike" source={model$} text={ahpReadout} />
      </div>
      <p className="explain">{m.explanation}</p>
      <p className="ap-note">
        Hodgkin and Huxley’s 1952 model of the squid giant axon at 6.3 °C (voltages shifted by −5 mV to a −70 mV rest), integrated in 0.025 ms steps. Currents
        are per cm² of membrane; inward current (Na⁺ entering) is drawn below zero.
      </p>
      <Announce source={model$} text={summaryText} />
    </div>
  );
}
