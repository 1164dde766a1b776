import { Announce, Choice, Readout, SourceSlider } from '../../ui/controls';
import { memo, useCallback, useMemo, useRef, useState } from 'react';
import type { DiagramViewProps } from '../types';
import type { SynapseInput, TransmitterKey } from '../../core';
import { lagging, sameItems, useDerived, useLive, useSelect } from '../../ui/live';
import type { Source } from '../../params/store';
import { fmt, fmtSigned } from '../../chart/format';
import { palette, INHIBITORY_DASH } from '../../ui/palette';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { actionPotential, dendriteModel, type DendriteModel } from './model';
import { AIS, AIS_PATH, axon, dendriteSlots, GAUGE, gaugeY, HEIGHT, INSET, markerPath, SOMA, terminals, tracePath, WIDTH } from './layout';
import { DEFAULT_STRENGTH, MAX_SYNAPSES, serializeSynapses, type DendriteSumParams } from './schema';
import { Signal, type SignalInput } from './Signal';
import { excites, TRANSMITTER_LABELS, TRANSMITTER_ORDER } from './transmitterInfo';

// Fixed geometry and the Hodgkin–Huxley spike: computed once per module, never per input.
const SLOTS = dendriteSlots();
const AXON = axon();
const TERMINALS = terminals();
const AP = actionPotential();
const TRACE = tracePath(AP.tMs, AP.vMilliVolts);
const traceAt = (tMs: number) => ({ x: TRACE.x(tMs), y: TRACE.y(AP.vMilliVolts[Math.min(AP.vMilliVolts.length - 1, Math.round(tMs / 0.1))]!) });
const REST_Y = gaugeY(-70);

// The parts of the drawing no parameter changes: one element, so React skips them on every input.
const NEURON_BODY = (
  <g>
    <circle cx={SOMA.x} cy={SOMA.y} r={SOMA.r} fill={palette.panel} stroke={palette.neutral} strokeWidth={4} />
    <line x1={AXON.start} y1={SOMA.y} x2={AXON.end} y2={SOMA.y} stroke={palette.neutral} strokeWidth={4} />
    {AXON.myelin.map((seg, i) => (
      <rect key={i} x={seg.x} y={SOMA.y - 8} width={seg.width} height={16} rx={8} fill={palette.panel} stroke={palette.neutral} strokeWidth={1.5} />
    ))}
    {TERMINALS.map((term, i) => (
      <g key={i}>
        <path d={term.d} fill="none" stroke={palette.neutral} strokeWidth={2.5} />
        <circle cx={term.bouton.x} cy={term.bouton.y} r={6} fill={palette.neutral} />
      </g>
    ))}
    <text x={SOMA.x} y={SOMA.y + 5} textAnchor="middle" fontSize={14} className="dendrite-sum-small">
      soma
    </text>
    <text x={(AXON.start + AXON.end) / 2} y={SOMA.y - 14} textAnchor="middle" fontSize={14} className="dendrite-sum-small">
      axon
    </text>
  </g>
);
const THRESHOLD_Y = gaugeY(-55);
const SCALE_NOTE = (
  <p className="dendrite-sum-note">
    Each synapse’s effect is exaggerated for clarity: a single real synapse moves the potential at the soma by about 0.1–2 mV, so many must act together to
    reach threshold. The spike is computed with the Hodgkin–Huxley model.
  </p>
);

/*
 * Every input re-renders the view, so the parts of the drawing are memoised
 * on what they show: a strength scrub re-renders only the gauge, the marker
 * that grew, the readouts and the moving signal.
 */

/** The dendrite branches: thick where a synapse sits. */
const Dendrites = memo(function Dendrites({ count }: { count: number }) {
  return (
    <>
      {SLOTS.map((slot, i) => (
        <path key={i} d={slot.d} fill="none" stroke={palette.neutral} strokeWidth={i < count ? 5 : 3.5} strokeLinecap="round" opacity={i < count ? 1 : 0.4} />
      ))}
    </>
  );
});

/** One synapse's marker (its size is its strength, written live) and transmitter label. */
const SynapseMarker = memo(function SynapseMarker({ view$, index, type }: { view$: Source<Shown>; index: number; type: TransmitterKey }) {
  const slot = SLOTS[index]!;
  const exc = excites(type);
  const marker = useLive<SVGPathElement, Shown>(view$, ({ syn }) => ({ attrs: { d: markerPath(type, 6 + 5 * (syn[index]?.strength ?? 0)) } }));
  return (
    <g data-synapse={index}>
      <path
        ref={marker.ref}
        {...marker.attrs}
        transform={`translate(${slot.synapse.x},${slot.synapse.y})`}
        fill={exc ? palette.excitatory : palette.bg}
        stroke={exc ? palette.excitatory : palette.inhibitory}
        strokeWidth={exc ? 0 : 2.5}
      />
      <text x={slot.label.x} y={slot.label.y} textAnchor={slot.label.anchor} fontSize={15} fontWeight={600} aria-hidden="true">
        {TRANSMITTER_LABELS[type].short}
      </text>
    </g>
  );
});

/** The action-potential inset: the Hodgkin–Huxley spike, lit when the neuron fires. */
const Inset = memo(function Inset({ fires }: { fires: boolean }) {
  return (
    <g aria-hidden="true">
      <rect x={INSET.x} y={INSET.y} width={INSET.width} height={INSET.height} rx={6} fill={palette.bg} stroke={palette.faint} />
      <text x={INSET.x + 10} y={INSET.y + 18} fontSize={14} fontWeight={600}>
        Action potential
      </text>
      <text
        x={INSET.x + INSET.width - 10}
        y={INSET.y + 38}
        textAnchor="end"
        fontSize={13}
        fontWeight={fires ? 700 : 400}
        className={fires ? undefined : 'dendrite-sum-small'}
      >
        {fires ? 'fired' : 'not reached'}
      </text>
      <line x1={INSET.x + 6} x2={INSET.x + INSET.width - 6} y1={TRACE.y(-70)} y2={TRACE.y(-70)} stroke={palette.faint} strokeDasharray="2 3" />
      <path
        d={TRACE.d}
        fill="none"
        stroke={fires ? palette.spike : palette.faint}
        strokeWidth={fires ? 2.5 : 1.5}
        strokeDasharray={fires ? undefined : INHIBITORY_DASH}
      />
      <text x={TRACE.x(3)} y={TRACE.y(AP.peakMilliVolts) + 8} fontSize={13} className="dendrite-sum-small">
        {`${fmtSigned(AP.peakMilliVolts, 0)} mV`}
      </text>
      <text x={INSET.x + INSET.width - 10} y={TRACE.y(-70) - 6} textAnchor="end" fontSize={13} className="dendrite-sum-small">
        −70 mV · 20 ms
      </text>
    </g>
  );
});

/** One explanation, written live. */
function Sentence({ view$, index }: { view$: Source<Shown>; index: number }) {
  const text = useLive<HTMLParagraphElement, Shown>(view$, ({ m }) => ({ text: m.explanations[index] ?? '' }));
  return <p ref={text.ref}>{text.text}</p>;
}

/** The explanations under the drawing, one paragraph each: re-rendered only when their number changes; they catch up when a scrub pauses. */
function Explanations({ view$: now$ }: { view$: Source<Shown> }) {
  const view$ = useMemo(() => lagging(now$), [now$]);
  const count = useSelect(view$, ({ m }) => m.explanations.length);
  return (
    <div className="explain dendrite-sum-explain">
      {Array.from({ length: count }, (_, i) => (
        <Sentence key={i} view$={view$} index={i} />
      ))}
    </div>
  );
}

interface ButtonsProps {
  count: number;
  reduced: boolean;
  onAdd: () => void;
  onReplay: () => void;
}

/** Add a synapse; send the signal again (not offered with reduced motion, where nothing travels). */
const Buttons = memo(function Buttons({ count, reduced, onAdd, onReplay }: ButtonsProps) {
  return (
    <div className="dendrite-sum-buttons">
      <button type="button" disabled={count >= MAX_SYNAPSES} onClick={onAdd}>
        Add a synapse{count >= MAX_SYNAPSES ? ` (at most ${MAX_SYNAPSES})` : ''}
      </button>
      {!reduced && (
        <button type="button" onClick={onReplay}>
          Send the signal again
        </button>
      )}
    </div>
  );
});

/** What the drawing shows for one set of params: the params and the model computed from them. */
interface Shown {
  syn: readonly SynapseInput[];
  model: DendriteSumParams['model'];
  m: DendriteModel;
}

const describe = ({ syn, m }: Shown): string =>
  `A neuron with ${syn.length} synapse${syn.length === 1 ? '' : 's'} on its dendrites; the membrane potential at the axon initial segment is ${m.vmText}, ${m.context}; ${m.soma.fires ? 'it fires an action potential' : 'no action potential'}.`;

/** What the view draws from the params: the synapses, the model, and what the core makes of them. */
const shownOf = ({ syn, model }: DendriteSumParams): Shown => ({ syn, model, m: dendriteModel(syn, model) });

/**
 * The dendrite-sum diagram: synapses on the dendrites sum at the soma;
 * threshold fires a spike. React renders its structure (which synapses, which
 * model, fired or not); a strength scrub writes only the marker, the gauge,
 * the readouts and the slider's own number (src/ui/live.ts).
 */
export function DendriteSumView({ store, uid }: DiagramViewProps<DendriteSumParams>) {
  const view$ = useDerived(store, shownOf);
  const signal$ = useDerived(view$, signalInput);
  const types = useSelect(store, (p) => p.syn.map((s) => s.type), sameItems);
  const model = useSelect(store, (p) => p.model);
  const fires = useSelect(view$, (shown) => shown.m.soma.fires);
  const reduced = useReducedMotion();
  const svgRef = useRef<SVGSVGElement>(null);
  const [replays, setReplays] = useState(0);
  // (React types an SVG <title> as the HTML element.)
  const title = useLive<HTMLTitleElement, Shown>(view$, (shown) => ({ text: describe(shown) }));
  const ais = useLive<SVGPathElement, Shown>(view$, ({ m }) => ({ attrs: { fill: m.soma.fires ? palette.spike : palette.neutral } }));
  // Rows get stable callbacks that read the current list from the store.
  const patchSynapse = useCallback(
    (index: number, patch: Partial<SynapseInput>) => store.set({ syn: store.get().syn.map((old, j) => (j === index ? { ...old, ...patch } : old)) }),
    [store],
  );
  const removeSynapse = useCallback((index: number) => store.set({ syn: store.get().syn.filter((_, j) => j !== index) }), [store]);
  const addSynapse = useCallback(() => store.set({ syn: [...store.get().syn, { type: 'glu', strength: DEFAULT_STRENGTH }] }), [store]);
  const replay = useCallback(() => setReplays((n) => n + 1), []);

  return (
    <div className="dendrite-sum">
      <div className="dendrite-sum-layout">
        <div className="dendrite-sum-figure">
          <svg ref={svgRef} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${uid}-ds-title`}>
            <title ref={title.ref} id={`${uid}-ds-title`}>
              {title.text}
            </title>
            <Dendrites count={types.length} />
            {NEURON_BODY}
            <path ref={ais.ref} d={AIS_PATH} {...ais.attrs} />
            {types.map((type, i) => (
              <SynapseMarker key={i} view$={view$} index={i} type={type} />
            ))}
            <Gauge view$={view$} conductance={model === 'conductance'} />
            <Inset fires={fires} />
            <Signal svgRef={svgRef} source={signal$} replays={replays} reduced={reduced} traceAt={traceAt} />
          </svg>

          <div className="readouts dendrite-sum-readouts">
            <Readout name="vm" label="At the axon initial segment:" source={view$} text={vmReadout} />
            <Readout name="threshold" label="Threshold:" source={view$} text={thresholdReadout} />
            <Readout name="fires" label="Fires:" source={view$} text={firesReadout} />
          </div>
          <Explanations view$={view$} />
        </div>

        <div className="dendrite-sum-controls">
          <Choice field="model" />
          <ol className="dendrite-sum-list" aria-label="Synapses">
            {types.map((type, i) => (
              <SynapseRow key={i} uid={uid} index={i} type={type} view$={view$} onPatch={patchSynapse} onRemove={removeSynapse} />
            ))}
          </ol>
          <Buttons count={types.length} reduced={reduced} onAdd={addSynapse} onReplay={replay} />
          {SCALE_NOTE}
        </div>
      </div>
      <Announce source={view$} text={summaryText} />
    </div>
  );
}

const summaryText = ({ m }: Shown) => m.summary;
const signalInput = ({ syn, model, m }: Shown): SignalInput => ({
  types: syn.map((s) => s.type),
  psps: m.soma.contributions.map((c) => c.pspMilliVolts),
  fires: m.soma.fires,
  version: `${serializeSynapses(syn)}|${model}`,
});
const vmReadout = ({ m }: Shown) => ({ value: m.vmText, context: m.context });
const thresholdReadout = ({ m }: Shown) => ({ value: `${fmt(m.soma.thresholdMilliVolts)} mV` });
const firesReadout = ({ m }: Shown) => ({ value: m.soma.fires ? 'yes' : 'no' });

/** Where the gauge's bar, pointer and number sit for a membrane potential. */
type GaugeMarks = ReturnType<typeof gaugeMarks>;

function gaugeMarks({ m }: Shown) {
  const vm = m.soma.vmMilliVolts;
  const vmY = gaugeY(vm);
  const up = vmY < REST_Y;
  return {
    bar: {
      y: String(Math.min(vmY, REST_Y)),
      height: String(Math.max(1, Math.abs(REST_Y - vmY))),
      fill: m.soma.fires ? palette.spike : up ? palette.excitatory : palette.inhibitory,
    },
    pointer: { d: `M${GAUGE.x - 9},${vmY}l-8,-5v10z` },
    value: { text: fmt(vm, 1), y: String(Math.max(GAUGE.top + 10, Math.min(GAUGE.bottom - 2, vmY + 5))) },
  };
}

/** The membrane-potential gauge at the axon initial segment: rest, threshold and the current value (written live). */
const Gauge = memo(function Gauge({ view$, conductance }: { view$: Source<Shown>; conductance: boolean }) {
  // Computed once per change, read by the three marks.
  const marks$ = useDerived(view$, gaugeMarks);
  const bar = useLive<SVGRectElement, GaugeMarks>(marks$, (marks) => ({ attrs: marks.bar }));
  const pointer = useLive<SVGPathElement, GaugeMarks>(marks$, (marks) => ({ attrs: marks.pointer }));
  const value = useLive<SVGTextElement, GaugeMarks>(marks$, ({ value: { text, y } }) => ({ text, attrs: { y } }));
  return (
    <g aria-hidden="true">
      <line x1={(AIS.x0 + AIS.x1) / 2} y1={SOMA.y - 10} x2={GAUGE.x} y2={GAUGE.bottom} stroke={palette.faint} strokeDasharray="2 3" />
      <rect x={GAUGE.x - GAUGE.width / 2} y={GAUGE.top} width={GAUGE.width} height={GAUGE.bottom - GAUGE.top} rx={3} fill={palette.bg} stroke={palette.muted} />
      <rect ref={bar.ref} x={GAUGE.x - GAUGE.width / 2 + 2} width={GAUGE.width - 4} {...bar.attrs} opacity={0.85} />
      <line x1={GAUGE.x - 11} x2={GAUGE.x + 11} y1={THRESHOLD_Y} y2={THRESHOLD_Y} stroke={palette.fg} strokeWidth={2} strokeDasharray="4 2" />
      <line x1={GAUGE.x - 9} x2={GAUGE.x + 9} y1={REST_Y} y2={REST_Y} stroke={palette.muted} strokeWidth={1.5} />
      <path ref={pointer.ref} {...pointer.attrs} fill={palette.fg} />
      <text x={GAUGE.x + 16} y={THRESHOLD_Y + 4} fontSize={14}>
        threshold −55
      </text>
      <text x={GAUGE.x + 16} y={REST_Y + 14} fontSize={14} className="dendrite-sum-small">
        {conductance ? 'rest −70 = E(Cl⁻)' : 'rest −70'}
      </text>
      <text ref={value.ref} x={GAUGE.x - 19} {...value.attrs} textAnchor="end" fontSize={16} fontWeight={700}>
        {value.text}
      </text>
      <text x={GAUGE.x + 16} y={GAUGE.top + 10} fontSize={13} className="dendrite-sum-small">
        {conductance ? 'mV · E(exc) = 0 mV ↑' : 'mV'}
      </text>
    </g>
  );
});

interface SynapseRowProps {
  uid: string;
  index: number;
  type: TransmitterKey;
  view$: Source<Shown>;
  onPatch: (index: number, patch: Partial<SynapseInput>) => void;
  onRemove: (index: number) => void;
}

interface TypeProps {
  id: string;
  n: number;
  index: number;
  type: TransmitterKey;
  onPatch: (index: number, patch: Partial<SynapseInput>) => void;
}

/** A synapse's icon and transmitter menu; memoised, so scrubbing its strength skips the menu's options. */
const SynapseType = memo(function SynapseType({ id, n, index, type, onPatch }: TypeProps) {
  const exc = excites(type);
  return (
    <>
      <svg className="dendrite-sum-icon" viewBox="-12 -12 24 24" aria-hidden="true">
        <path
          d={markerPath(type, 9)}
          fill={exc ? palette.excitatory : palette.bg}
          stroke={exc ? palette.excitatory : palette.inhibitory}
          strokeWidth={exc ? 0 : 2.5}
        />
      </svg>
      <div className="dendrite-sum-type">
        <label className="sr-only" htmlFor={id}>{`Synapse ${n} transmitter`}</label>
        <select id={id} value={type} onChange={(event) => onPatch(index, { type: event.currentTarget.value as TransmitterKey })}>
          {TRANSMITTER_ORDER.map((option) => (
            <option key={option} value={option}>
              {TRANSMITTER_LABELS[option].long}
            </option>
          ))}
        </select>
      </div>
    </>
  );
});

/** A synapse's remove button. */
const RemoveButton = memo(function RemoveButton({ n, index, onRemove }: { n: number; index: number; onRemove: (index: number) => void }) {
  return (
    <button type="button" className="dendrite-sum-remove" aria-label={`Remove synapse ${n}`} onClick={() => onRemove(index)}>
      ✕
    </button>
  );
});

/** One synapse's controls: transmitter, strength (with its own PSP, written live), remove. */
const SynapseRow = memo(function SynapseRow({ uid, index, type, view$, onPatch, onRemove }: SynapseRowProps) {
  const n = index + 1;
  const exc = excites(type);
  const onStrength = useCallback((strength: number) => onPatch(index, { strength }), [index, onPatch]);
  const strength = useCallback(
    ({ syn, m }: Shown) => {
      const value = syn[index]?.strength ?? 0;
      const pspText = `${fmtSigned(m.soma.contributions[index]?.pspMilliVolts ?? 0)} mV`;
      return { value, display: `${fmt(value, 2)} · ${pspText}`, valueText: `${fmt(value, 2)}, ${exc ? 'excitatory' : 'inhibitory'}, ${pspText} on its own` };
    },
    [index, exc],
  );
  return (
    <li className="dendrite-sum-row">
      <SynapseType id={`${uid}-ds-type-${index}`} n={n} index={index} type={type} onPatch={onPatch} />
      <SourceSlider
        className="dendrite-sum-strength"
        label={`Synapse ${n} strength`}
        min={0}
        max={1}
        step={0.01}
        source={view$}
        view={strength}
        onChange={onStrength}
      />
      <RemoveButton n={n} index={index} onRemove={onRemove} />
    </li>
  );
});
