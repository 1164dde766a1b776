import { memo, useCallback, useMemo, useRef, useState } from 'react';
import type { DiagramViewProps } from '../types';
import type { SynapseInput, TransmitterKey } from '../../core';
import { Announce } from '../../ui/Announce';
import { Choice } from '../../ui/Choice';
import { Readout } from '../../ui/Readout';
import { Slider } from '../../ui/Slider';
import { fmt, fmtSigned } from '../../ui/format';
import { palette, INHIBITORY_DASH } from '../../ui/palette';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { actionPotential, dendriteModel } from './model';
import { AIS, AIS_PATH, axon, dendriteSlots, GAUGE, gaugeY, HEIGHT, INSET, markerPath, SOMA, terminals, tracePath, WIDTH } from './layout';
import { DEFAULT_STRENGTH, MAX_SYNAPSES, serializeSynapses, type DendriteSumParams } from './schema';
import { Signal } from './Signal';
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
const MODELS = ['linear', 'conductance'] as const;
const MODEL_LABELS = { linear: 'Linear: potentials add', conductance: 'Conductance-based' };
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

/** One synapse's marker (its size is its strength) and transmitter label. */
const SynapseMarker = memo(function SynapseMarker({ index, type, strength }: { index: number; type: TransmitterKey; strength: number }) {
  const slot = SLOTS[index]!;
  const exc = excites(type);
  return (
    <g data-synapse={index}>
      <path
        d={markerPath(type, 6 + 5 * strength)}
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
      <text x={INSET.x + INSET.width - 10} y={INSET.y + 38} textAnchor="end" fontSize={13} fontWeight={fires ? 700 : 400} className={fires ? undefined : 'dendrite-sum-small'}>
        {fires ? 'fired' : 'not reached'}
      </text>
      <line x1={INSET.x + 6} x2={INSET.x + INSET.width - 6} y1={TRACE.y(-70)} y2={TRACE.y(-70)} stroke={palette.faint} strokeDasharray="2 3" />
      <path d={TRACE.d} fill="none" stroke={fires ? palette.spike : palette.faint} strokeWidth={fires ? 2.5 : 1.5} strokeDasharray={fires ? undefined : INHIBITORY_DASH} />
      <text x={TRACE.x(3)} y={TRACE.y(AP.peakMilliVolts) + 8} fontSize={13} className="dendrite-sum-small">
        {`${fmtSigned(AP.peakMilliVolts, 0)} mV`}
      </text>
      <text x={INSET.x + INSET.width - 10} y={TRACE.y(-70) - 6} textAnchor="end" fontSize={13} className="dendrite-sum-small">
        −70 mV · 20 ms
      </text>
    </g>
  );
});

/** The explanations under the drawing, one paragraph each; re-rendered only when a sentence changes. */
const Explanations = memo(
  function Explanations({ texts }: { texts: readonly string[] }) {
    return (
      <div className="explain dendrite-sum-explain">
        {texts.map((text, i) => (
          <p key={i}>{text}</p>
        ))}
      </div>
    );
  },
  (a, b) => a.texts.length === b.texts.length && a.texts.every((text, i) => text === b.texts[i]),
);

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

/** The dendrite-sum diagram: synapses on the dendrites sum at the soma; threshold fires a spike. */
export function DendriteSumView({ params, set, uid }: DiagramViewProps<DendriteSumParams>) {
  const { syn, model } = params;
  const m = useMemo(() => dendriteModel(syn, model), [syn, model]);
  const reduced = useReducedMotion();
  const svgRef = useRef<SVGSVGElement>(null);
  const [replays, setReplays] = useState(0);
  const vm = m.soma.vmMilliVolts;
  const psps = m.soma.contributions.map((c) => c.pspMilliVolts);
  const vmY = gaugeY(vm);
  // Rows get stable callbacks (they read the latest list from a ref), so a slider
  // input re-renders only the row that moved.
  const synRef = useRef(syn);
  synRef.current = syn;
  const patchSynapse = useCallback((index: number, patch: Partial<SynapseInput>) => set({ syn: synRef.current.map((old, j) => (j === index ? { ...old, ...patch } : old)) }), [set]);
  const removeSynapse = useCallback((index: number) => set({ syn: synRef.current.filter((_, j) => j !== index) }), [set]);
  const addSynapse = useCallback(() => set({ syn: [...synRef.current, { type: 'glu', strength: DEFAULT_STRENGTH }] }), [set]);
  const replay = useCallback(() => setReplays((n) => n + 1), []);
  const onModel = useCallback((next: DendriteSumParams['model']) => set({ model: next }), [set]);

  return (
    <div className="dendrite-sum">
      <div className="dendrite-sum-layout">
        <div className="dendrite-sum-figure">
          <svg ref={svgRef} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${uid}-ds-title`}>
            <title id={`${uid}-ds-title`}>{`A neuron with ${syn.length} synapse${syn.length === 1 ? '' : 's'} on its dendrites; the membrane potential at the axon initial segment is ${m.vmText}, ${m.context}; ${m.soma.fires ? 'it fires an action potential' : 'no action potential'}.`}</title>
            <Dendrites count={syn.length} />
            {NEURON_BODY}
            <path d={AIS_PATH} fill={m.soma.fires ? palette.spike : palette.neutral} />
            {syn.map((s, i) => (
              <SynapseMarker key={i} index={i} type={s.type} strength={s.strength} />
            ))}
            <Gauge vm={vm} vmY={vmY} fires={m.soma.fires} conductance={model === 'conductance'} />
            <Inset fires={m.soma.fires} />
            <Signal svgRef={svgRef} types={syn.map((s) => s.type)} psps={psps} fires={m.soma.fires} version={`${serializeSynapses(syn)}|${model}|${replays}`} reduced={reduced} traceAt={traceAt} />
          </svg>

          <div className="readouts dendrite-sum-readouts">
            <Readout name="vm" label="At the axon initial segment:" value={m.vmText} context={m.context} />
            <Readout name="threshold" label="Threshold:" value={`${fmt(m.soma.thresholdMilliVolts)} mV`} />
            <Readout name="fires" label="Fires:" value={m.soma.fires ? 'yes' : 'no'} />
          </div>
          <Explanations texts={m.explanations} />
        </div>

        <div className="dendrite-sum-controls">
          <Choice label="Summation model" value={model} choices={MODELS} labels={MODEL_LABELS} onChange={onModel} />
          <ol className="dendrite-sum-list" aria-label="Synapses">
            {syn.map((s, i) => (
              <SynapseRow
                key={i}
                uid={uid}
                index={i}
                synapse={s}
                psp={psps[i]!}
                onPatch={patchSynapse}
                onRemove={removeSynapse}
              />
            ))}
          </ol>
          <Buttons count={syn.length} reduced={reduced} onAdd={addSynapse} onReplay={replay} />
          {SCALE_NOTE}
        </div>
      </div>
      <Announce text={m.summary} />
    </div>
  );
}

/** The membrane-potential gauge at the axon initial segment: rest, threshold and the current value. */
const Gauge = memo(function Gauge({ vm, vmY, fires, conductance }: { vm: number; vmY: number; fires: boolean; conductance: boolean }) {
  const up = vmY < REST_Y;
  return (
    <g aria-hidden="true">
      <line x1={(AIS.x0 + AIS.x1) / 2} y1={SOMA.y - 10} x2={GAUGE.x} y2={GAUGE.bottom} stroke={palette.faint} strokeDasharray="2 3" />
      <rect x={GAUGE.x - GAUGE.width / 2} y={GAUGE.top} width={GAUGE.width} height={GAUGE.bottom - GAUGE.top} rx={3} fill={palette.bg} stroke={palette.muted} />
      <rect
        x={GAUGE.x - GAUGE.width / 2 + 2}
        y={Math.min(vmY, REST_Y)}
        width={GAUGE.width - 4}
        height={Math.max(1, Math.abs(REST_Y - vmY))}
        fill={fires ? palette.spike : up ? palette.excitatory : palette.inhibitory}
        opacity={0.85}
      />
      <line x1={GAUGE.x - 11} x2={GAUGE.x + 11} y1={THRESHOLD_Y} y2={THRESHOLD_Y} stroke={palette.fg} strokeWidth={2} strokeDasharray="4 2" />
      <line x1={GAUGE.x - 9} x2={GAUGE.x + 9} y1={REST_Y} y2={REST_Y} stroke={palette.muted} strokeWidth={1.5} />
      <path d={`M${GAUGE.x - 9},${vmY}l-8,-5v10z`} fill={palette.fg} />
      <text x={GAUGE.x + 16} y={THRESHOLD_Y + 4} fontSize={14}>
        threshold −55
      </text>
      <text x={GAUGE.x + 16} y={REST_Y + 14} fontSize={14} className="dendrite-sum-small">
        {conductance ? 'rest −70 = E(Cl⁻)' : 'rest −70'}
      </text>
      <text x={GAUGE.x - 19} y={Math.max(GAUGE.top + 10, Math.min(GAUGE.bottom - 2, vmY + 5))} textAnchor="end" fontSize={16} fontWeight={700}>
        {fmt(vm, 1)}
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
  synapse: SynapseInput;
  psp: number;
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
        <path d={markerPath(type, 9)} fill={exc ? palette.excitatory : palette.bg} stroke={exc ? palette.excitatory : palette.inhibitory} strokeWidth={exc ? 0 : 2.5} />
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

/** One synapse's controls: transmitter, strength (with its own PSP), remove. */
const SynapseRow = memo(function SynapseRow({ uid, index, synapse, psp, onPatch, onRemove }: SynapseRowProps) {
  const n = index + 1;
  const exc = excites(synapse.type);
  const pspText = `${fmtSigned(psp)} mV`;
  const onStrength = useCallback((strength: number) => onPatch(index, { strength }), [index, onPatch]);
  return (
    <li className="dendrite-sum-row">
      <SynapseType id={`${uid}-ds-type-${index}`} n={n} index={index} type={synapse.type} onPatch={onPatch} />
      <Slider
        className="dendrite-sum-strength"
        label={`Synapse ${n} strength`}
        value={synapse.strength}
        min={0}
        max={1}
        step={0.01}
        display={`${fmt(synapse.strength, 2)} · ${pspText}`}
        valueText={`${fmt(synapse.strength, 2)}, ${exc ? 'excitatory' : 'inhibitory'}, ${pspText} on its own`}
        onChange={onStrength}
      />
      <RemoveButton n={n} index={index} onRemove={onRemove} />
    </li>
  );
});
