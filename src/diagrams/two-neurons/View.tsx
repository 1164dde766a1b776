import { useEffect, useMemo, useState } from 'react';
import type { DiagramViewProps } from '../types';
import { TRANSMITTERS } from '../../core';
import { Announce } from '../../ui/Announce';
import { SchemaControls } from '../../ui/FieldControl';
import { Readout } from '../../ui/Readout';
import { Slider } from '../../ui/Slider';
import { fmt, fmtSigned } from '../../ui/format';
import { palette } from '../../ui/palette';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { HEIGHT, rasterTicks, WIDTH } from './layout';
import { CONTACTS_PER_INPUT, INPUT_TRANSMITTERS, RASTER_MS, twoNeuronsModel } from './model';
import { Morph } from './Morph';
import { twoNeuronsSchema, type TwoNeuronsParams } from './schema';
import { useMotionKit } from './useMotionKit';
import { PLAIN } from './primitives';

const SUB = ['₁', '₂', '₃'];
const RASTER_WIDTH = 300;

/** Both neurons driven by one input vector, the drawing morphing between them, and where the analogy breaks. */
export function TwoNeuronsView({ params, set, uid }: DiagramViewProps<TwoNeuronsParams>) {
  const { x, w, b, act, model: summation, view } = params;
  const m = useMemo(() => twoNeuronsModel({ x, w, b, act, model: summation }), [x, w, b, act, summation]);
  const reduced = useReducedMotion();
  const { kit, request } = useMotionKit();
  // The form drawn: follows `view`, but waits for the motion kit so the first change animates too.
  const [shown, setShown] = useState(view);

  useEffect(() => {
    if (shown === view) return;
    if (reduced || kit) {
      setShown(view);
      return;
    }
    let current = true;
    request().catch(() => {
      if (current) setShown(view);
    });
    return () => {
      current = false;
    };
  }, [view, shown, reduced, kit, request]);

  const live = kit !== null && !reduced;
  const prefetch = () => {
    if (!reduced) request().catch(() => undefined);
  };
  const vm = m.bio.soma.vmMilliVolts;
  const below = m.bio.soma.thresholdMilliVolts - vm;
  const vmContext = m.bio.soma.fires ? `${fmt(-below)} mV above threshold` : `${fmt(below)} mV below threshold`;
  const blocked = m.bio.inputs.map((input, i) => (input.blocked ? i : -1)).filter((i) => i >= 0);
  const ratio = m.doubled.conductanceBefore > 0.05 ? m.doubled.conductanceAfter / m.doubled.conductanceBefore : NaN;
  const ticks = rasterTicks(m.bio.spikeTimesMs, RASTER_MS, RASTER_WIDTH);
  const drawing = (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${uid}-tn-title`}>
      <title id={`${uid}-tn-title`}>
        {shown === 'biological'
          ? `A biological neuron: three inputs on its dendrites (two release glutamate, one GABA); ${fmt(vm)} mV at the soma, firing at ${fmt(m.bio.rateHz, 0)} Hz.`
          : `An artificial neuron: inputs x times weights w, summed (z = ${fmt(m.art.z, 2)}), through ${act}, output y = ${fmt(m.art.y, 2)}.`}
      </title>
      <Morph form={shown} kit={live && kit ? kit.primitives : PLAIN} x={x} w={w} act={act} model={m} />
    </svg>
  );

  return (
    <div className="two-neurons">
      <div className="two-neurons-top">
        <button
          type="button"
          className="two-neurons-toggle"
          onPointerEnter={prefetch}
          onFocus={prefetch}
          onClick={() => set({ view: view === 'biological' ? 'artificial' : 'biological' })}
        >
          {view === 'biological' ? 'Show as artificial neuron' : 'Show as biological neuron'}
        </button>
      </div>
      {live && kit ? <kit.Provider>{drawing}</kit.Provider> : drawing}

      <div className="two-neurons-readouts">
        <div className="readouts">
          <span className="two-neurons-side">Biological</span>
          <Readout name="vm" label="Soma:" value={`${fmt(vm)} mV`} context={vmContext} />
          <Readout name="rate" label="Firing rate:" value={`${fmt(m.bio.rateHz, 1)} Hz`} context={m.bio.rateHz > 0 ? undefined : 'below threshold, silent'} />
        </div>
        <div className="readouts">
          <span className="two-neurons-side">Artificial</span>
          <Readout name="z" label="z = w·x + b:" value={fmt(m.art.z, 2)} />
          <Readout name="y" label={`y = ${act}(z):`} value={fmt(m.art.y, 2)} />
        </div>
      </div>

      <div className="two-neurons-inputs">
        {INPUT_TRANSMITTERS.map((transmitter, i) => {
          const t = TRANSMITTERS[transmitter];
          return (
            <fieldset key={i} className="two-neurons-input">
              <legend>{`Input ${i + 1}: ${t.name} (${t.receptor.replace('_', '-')}), ${t.sign}`}</legend>
              <Slider
                label={`x${SUB[i]} activity`}
                value={x[i] ?? 0}
                min={0}
                max={1}
                step={0.01}
                display={fmt(x[i] ?? 0, 2)}
                onChange={(value) => set({ x: x.map((old, j) => (j === i ? value : old)) })}
              />
              <Slider
                label={`w${SUB[i]} weight`}
                value={w[i] ?? 0}
                min={-1}
                max={1}
                step={0.01}
                display={fmtSigned(w[i] ?? 0, 2)}
                valueText={`${fmtSigned(w[i] ?? 0, 2)}${m.bio.inputs[i]!.blocked ? `, a sign a ${t.name} synapse cannot have` : ''}`}
                onChange={(value) => set({ w: w.map((old, j) => (j === i ? value : old)) })}
              />
            </fieldset>
          );
        })}
      </div>
      <SchemaControls schema={twoNeuronsSchema} params={params} set={set} only={['b', 'act', 'model']} />

      <table className="two-neurons-map">
        <caption>The mapping, for the current input</caption>
        <thead>
          <tr>
            <th scope="col">Biological neuron</th>
            <th scope="col">Artificial neuron</th>
            <th scope="col">Now</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Activity of the presynaptic neurons</td>
            <td>inputs x</td>
            <td>{x.map((v) => fmt(v, 2)).join(', ')}</td>
          </tr>
          <tr>
            <td>Synapses on the dendrites, and their strength</td>
            <td>weights w (magnitude)</td>
            <td>{w.map((v) => fmt(Math.abs(v), 2)).join(', ')}</td>
          </tr>
          <tr>
            <td>Transmitter and receptor (glutamate/AMPA excites, GABA/GABA-A inhibits)</td>
            <td>sign of each weight</td>
            <td>{w.map((v) => (v < 0 ? '−' : '+')).join(' ')}</td>
          </tr>
          <tr>
            <td>Summation at the soma</td>
            <td>Σ wᵢxᵢ</td>
            <td>{`${fmtSigned(m.bio.depolarisationMilliVolts)} mV · ${fmt(m.art.weightedSum, 2)}`}</td>
          </tr>
          <tr>
            <td>Threshold at the axon initial segment (−55 mV)</td>
            <td>bias b and the activation’s bend</td>
            <td>{`b = ${fmt(b, 2)}`}</td>
          </tr>
          <tr>
            <td>Firing rate down the axon</td>
            <td>activation output y</td>
            <td>{`${fmt(m.bio.rateHz, 0)} Hz · ${fmt(m.art.y, 2)}`}</td>
          </tr>
        </tbody>
      </table>

      <p className="two-neurons-heading">Where the analogy breaks</p>
      <ol className="two-neurons-breaks">
        <li>
          <strong>A weight can flip its sign; a synapse cannot.</strong>{' '}
          {blocked.length === 0
            ? `Every weight’s sign matches its transmitter now: inputs 1 and 2 release excitatory transmitters, input 3 releases GABA. Flip the signs and see.`
            : `${blocked.map((i) => `w${SUB[i]} = ${fmtSigned(w[i] ?? 0, 2)}`).join(', ')}: fine for the artificial neuron, impossible for ${blocked.length > 1 ? 'those synapses' : 'that synapse'} — a neuron releases the same transmitter at all its terminals (Dale’s principle), and the receptor fixes the sign. The biological side silences ${blocked.length > 1 ? 'them' : 'it'}; to inhibit, the brain routes the signal through an inhibitory interneuron.`}{' '}
          <button type="button" onClick={() => set({ w: w.map((v) => -v) })}>
            Flip the signs of all weights
          </button>
        </li>
        <li>
          <strong>Conductances saturate; a dot product does not.</strong>{' '}
          {Number.isFinite(ratio)
            ? `Double every input: Σ wᵢxᵢ goes from ${fmt(m.art.weightedSum, 2)} to ${fmt(m.doubled.weightedSum, 2)} (×2.00, z = ${fmt(m.doubled.z, 2)}); the conductance-based depolarisation goes from ${fmt(m.doubled.conductanceBefore)} to ${fmt(m.doubled.conductanceAfter)} mV (×${fmt(ratio, 2)}), because each synapse pushes less as the membrane nears its reversal potential.`
            : `No excitation reaches the soma now, so there is nothing to saturate: raise an excitatory input. (Σ wᵢxᵢ would still double: ${fmt(m.art.weightedSum, 2)} → ${fmt(m.doubled.weightedSum, 2)}.)`}
        </li>
        <li>
          <strong>A neuron sends spikes in time, not one number.</strong>{' '}
          {m.bio.rateHz > 0
            ? `At ${fmt(m.bio.rateHz, 0)} Hz, a leaky integrate-and-fire neuron sends ${m.bio.spikeTimesMs.length} spike${m.bio.spikeTimesMs.length === 1 ? '' : 's'} in ${RASTER_MS} ms (regular here; real spike trains are irregular); the artificial neuron sends y = ${fmt(m.art.y, 2)} once.`
            : `Below threshold the neuron sends no spikes at all, while the artificial neuron still sends y = ${fmt(m.art.y, 2)}.`}
          <svg
            className="two-neurons-raster"
            viewBox={`0 0 ${RASTER_WIDTH + 120} 44`}
            role="img"
            aria-label={`Spike raster: ${m.bio.spikeTimesMs.length} spikes in ${RASTER_MS} ms, against one number y = ${fmt(m.art.y, 2)}`}
          >
            <line x1={4} x2={RASTER_WIDTH - 4} y1={22} y2={22} stroke={palette.faint} />
            {ticks.map((tx, i) => (
              <line key={i} x1={tx} x2={tx} y1={8} y2={36} stroke={palette.spike} strokeWidth={2} />
            ))}
            <text x={4} y={44} fontSize={10} className="two-neurons-small">
              0
            </text>
            <text x={RASTER_WIDTH - 4} y={44} fontSize={10} textAnchor="end" className="two-neurons-small">
              {`${RASTER_MS} ms`}
            </text>
            <rect x={RASTER_WIDTH + 16} y={8} width={100} height={28} rx={4} fill={palette.panel} stroke={palette.neutral} />
            <text x={RASTER_WIDTH + 66} y={27} fontSize={14} textAnchor="middle" fontWeight={600}>
              {`y = ${fmt(m.art.y, 2)}`}
            </text>
          </svg>
        </li>
      </ol>
      <p className="two-neurons-note">
        {`Each input reaches the biological neuron through ${CONTACTS_PER_INPUT} synaptic contacts, and each synapse’s effect is exaggerated for clarity (a real one moves the soma by about 0.1–2 mV). The firing rate is that of a leaky integrate-and-fire neuron held at the same depolarisation.`}
      </p>
      <Announce
        text={`Biological: ${fmt(vm)} mV, ${m.bio.rateHz > 0 ? `firing at ${fmt(m.bio.rateHz, 0)} Hz` : 'silent'}. Artificial: z ${fmt(m.art.z, 2)}, y ${fmt(m.art.y, 2)}.`}
      />
    </div>
  );
}
