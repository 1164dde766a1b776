import type { DiagramViewProps } from '../types';
import { useMemo } from 'react';
import { derive, type Source } from '../../params/store';
import { lagging, useDerived, useLive } from '../../ui/live';
import { Announce, Choice, Readout, Slider } from '../../ui/controls';
import { palette } from '../../ui/palette';
import { fmt, fmtSigned } from '../../chart/format';
import {
  actionPotentialModel,
  ahpReadout,
  eclReadout,
  ekReadout,
  enaReadout,
  firesReadout,
  spikesReadout,
  vpeakReadout,
  vrestReadout,
  widthReadout,
  type ActionPotentialModel,
} from './model';
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

/** What the traces draw from: the model and the current strip's scale, computed once per change. */
interface Drawn {
  m: ActionPotentialModel;
  iY: ReturnType<typeof currentY>;
}
const drawnOf = (m: ActionPotentialModel): Drawn => ({ m, iY: currentY(m.trace) });

/** A path whose `d` follows the source, written in place (no render while scrubbing). */
function LivePath({ source, d, stroke, width = 2, dash }: { source: Source<Drawn>; d: (v: Drawn) => string; stroke: string; width?: number; dash?: string }) {
  const live = useLive<SVGPathElement, Drawn>(source, (v) => ({ attrs: { d: d(v) } }));
  return <path ref={live.ref} {...live.attrs} fill="none" stroke={stroke} strokeWidth={width} strokeDasharray={dash} />;
}

/** A label whose text and height follow the source. */
function LiveLabel({
  source,
  view,
  x,
  anchor = 'start',
  color,
  className = 'ap-label',
}: {
  source: Source<Drawn>;
  view: (v: Drawn) => { text: string; y: number };
  x: number;
  anchor?: 'start' | 'end';
  color?: string;
  className?: string;
}) {
  const live = useLive<SVGTextElement, Drawn>(source, (v) => {
    const { text, y } = view(v);
    return { text, attrs: { y: String(y) } };
  });
  return (
    <text ref={live.ref} {...live.attrs} x={x} fontSize={17} textAnchor={anchor} fill={color} className={className}>
      {live.text}
    </text>
  );
}

/** A reversal potential as a dashed line across the V strip, labelled with its value; one beyond the scale sits on its edge. */
function Reversal({
  source,
  value,
  name,
  color,
  above = false,
}: {
  source: Source<Drawn>;
  value: (m: ActionPotentialModel) => number;
  name: string;
  color: string;
  above?: boolean;
}) {
  const line = useLive<SVGLineElement, Drawn>(source, ({ m }) => {
    const y = String(voltY(value(m)));
    return { attrs: { y1: y, y2: y } };
  });
  const [low, high] = voltY.domain() as [number, number];
  const label = ({ m }: Drawn) => {
    const v = value(m);
    const y = voltY(v);
    return { text: `E(${name}) ${fmtSigned(v, 0)}${v > high ? ' ↑' : v < low ? ' ↓' : ''}`, y: above ? y - 5 : y + 16 };
  };
  return (
    <g>
      <line ref={line.ref} {...line.attrs} x1={LEFT} x2={RIGHT} stroke={color} strokeDasharray="5 4" />
      <LiveLabel source={source} view={label} x={RIGHT} anchor="end" color={color} />
    </g>
  );
}

const eNa = (m: ActionPotentialModel) => m.reversals.eNaMilliVolts;
const eK = (m: ActionPotentialModel) => m.reversals.eKMilliVolts;
const MAX_AMP = actionPotentialSchema.fields.amp.max;

/** The four strips: the current injected, V with the reversal potentials, the Na⁺ and K⁺ currents, and the gates. Every trace is written in place as the params change. */
function Traces({ source, titleId }: { source: Source<Drawn>; titleId: string }) {
  const title = useLive<HTMLTitleElement, Drawn>(source, ({ m }) => ({
    text: `Traces over ${TIME_TICKS[TIME_TICKS.length - 1]} ms: the injected current, the membrane potential, the Na⁺ and K⁺ currents and the gates m, h and n. ${m.summary}`,
  }));
  const zero = useLive<SVGLineElement, Drawn>(source, ({ iY }) => ({ attrs: { y1: String(iY(0)), y2: String(iY(0)) } }));
  const top = ({ iY }: Drawn) => ({ text: fmt(iY.domain()[1], 0), y: iY(iY.domain()[1]) + 11 });
  const bottom = ({ iY }: Drawn) => ({ text: fmt(-iY.domain()[1], 0), y: iY(-iY.domain()[1]) });
  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={titleId} className="ap-chart">
      <title ref={title.ref} id={titleId}>
        {title.text}
      </title>
      {TIME_TICKS.map((t) => (
        <line key={t} x1={timeX(t)} x2={timeX(t)} y1={STRIPS.stim.top} y2={STRIPS.gates.bottom} stroke={palette.faint} strokeWidth={0.5} />
      ))}
      {/* The current injected */}
      <LivePath source={source} d={({ m }) => stimulusPath(m.trace, MAX_AMP)} stroke={palette.accent} />
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
      <Reversal source={source} value={eNa} name="Na⁺" color={palette.excitatory} above />
      <Reversal source={source} value={eK} name="K⁺" color={palette.inhibitory} />
      <LivePath source={source} d={({ m }) => seriesPath(m.trace, m.trace.vMilliVolts, voltY)} stroke={palette.fg} width={2.5} />
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
      <line ref={zero.ref} {...zero.attrs} x1={LEFT} x2={RIGHT} stroke={palette.muted} strokeWidth={1} />
      <LivePath source={source} d={({ m, iY }) => seriesPath(m.trace, m.trace.iNaMicroAmpsPerCm2, iY)} stroke={palette.excitatory} />
      <LivePath source={source} d={({ m, iY }) => seriesPath(m.trace, m.trace.iKMicroAmpsPerCm2, iY)} stroke={palette.inhibitory} />
      <LiveLabel source={source} view={top} x={LEFT - 6} anchor="end" className="ap-tick" />
      <LiveLabel source={source} view={bottom} x={LEFT - 6} anchor="end" className="ap-tick" />
      <Label x={RIGHT} y={STRIPS.current.top + 12} anchor="end" color={palette.inhibitory}>
        K⁺ out
      </Label>
      <Label x={RIGHT} y={STRIPS.current.bottom - 2} anchor="end" color={palette.excitatory}>
        Na⁺ in
      </Label>
      {/* Gates */}
      <line x1={LEFT} x2={RIGHT} y1={gateY(0)} y2={gateY(0)} stroke={palette.muted} strokeWidth={0.5} />
      <LivePath source={source} d={({ m }) => seriesPath(m.trace, m.trace.m, gateY)} stroke={palette.excitatory} />
      <LivePath source={source} d={({ m }) => seriesPath(m.trace, m.trace.h, gateY)} stroke={palette.excitatory} dash="2 3" />
      <LivePath source={source} d={({ m }) => seriesPath(m.trace, m.trace.n, gateY)} stroke={palette.inhibitory} />
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

/** The sentence under the traces: it wraps, so it catches up when a scrub pauses (`lagging`). */
function Explanation({ source }: { source: Source<ActionPotentialModel> }) {
  const live = useLive<HTMLParagraphElement, ActionPotentialModel>(source, (m) => ({ text: m.explanation }));
  return (
    <p ref={live.ref} className="explain ap-explain">
      {live.text}
    </p>
  );
}

/** A patch of membrane driven by a current: V, the ionic currents and the gates, as Hodgkin and Huxley's equations give them. */
export function ActionPotentialView({ store, uid }: DiagramViewProps<ActionPotentialParams>) {
  const model$ = useDerived(store, actionPotentialModel);
  const drawn$ = useMemo(() => derive(model$, drawnOf), [model$]);
  const words$ = useMemo(() => lagging(model$), [model$]);
  // Reading order is the phone's: the traces, what drives them, what they show, then the ions and drugs that reshape them.
  return (
    <div className="ap">
      <div className="ap-grid">
        <div className="ap-figure">
          <Traces source={drawn$} titleId={`${uid}-ap-title`} />
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
        <fieldset className="ap-group ap-current">
          <legend>The current</legend>
          <Choice field="stim" />
          <Slider field="amp" />
          <Slider field="dur" />
          <Slider field="gap" />
        </fieldset>
        <div className="readouts ap-readouts">
          <Readout name="fires" label="Fires" source={model$} text={firesReadout} />
          <Readout name="spikes" label="Action potentials" source={model$} text={spikesReadout} />
          <Readout name="vpeak" label="Peak" source={model$} text={vpeakReadout} />
          <Readout name="ahp" label="Lowest after the spike" source={model$} text={ahpReadout} />
          <Readout name="width" label="Spike width" source={model$} text={widthReadout} />
        </div>
        <Explanation source={words$} />
        <fieldset className="ap-group ap-ions">
          <legend>Ions, outside and inside the cell</legend>
          <Slider field="nao" />
          <Slider field="nai" />
          <Readout name="ena" label="E(Na⁺), Nernst" source={model$} text={enaReadout} />
          <Slider field="ko" />
          <Slider field="ki" />
          <Readout name="ek" label="E(K⁺), Nernst" source={model$} text={ekReadout} />
          <Slider field="clo" />
          <Slider field="cli" />
          <Readout name="ecl" label="E(Cl⁻), Nernst" source={model$} text={eclReadout} />
          <div className="ap-rest">
            <Readout name="vrest" label="Resting potential, GHK" source={model$} text={vrestReadout} />
          </div>
        </fieldset>
        <fieldset className="ap-group ap-drugs">
          <legend>Drugs and temperature</legend>
          <Slider field="ttx" />
          <Slider field="tea" />
          <Slider field="temp" />
        </fieldset>
        <p className="ap-note">
          Hodgkin and Huxley’s 1952 model of the squid giant axon (voltages shifted by −5 mV), with a mammalian neuron’s ion concentrations: each reversal
          potential is the Nernst potential of its ion at the temperature shown, the leak’s is chloride’s. The GHK resting potential uses a resting neuron’s
          permeabilities (K⁺ : Na⁺ : Cl⁻ = 1 : 0.04 : 0.45); this model membrane rests where its own channels balance, a few mV away. Currents are per cm² of
          membrane; inward current (Na⁺ entering) is drawn below zero.
        </p>
      </div>
      <Announce source={model$} text={summaryText} />
    </div>
  );
}
