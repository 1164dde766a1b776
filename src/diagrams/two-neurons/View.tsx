import { useEffect, useState } from 'react';
import type { DiagramViewProps } from '../types';
import { TRANSMITTERS } from '../../core';
import { useDerived, useParams } from '../../ui/live';
import { Announce, Choice, Readout, Slider, SourceSlider } from '../../ui/controls';
import { fmt, fmtSigned } from '../../chart/format';
import { palette } from '../../ui/palette';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { HEIGHT, rasterTicks, WIDTH } from './layout';
import {
  CONTACTS_PER_INPUT,
  INPUT_TRANSMITTERS,
  paramsModel,
  RASTER_MS,
  rateReadout,
  saturationBreak,
  signBreak,
  spikesBreak,
  SUB,
  summary,
  vmReadout,
  weightSlider,
  type TwoNeuronsModel,
} from './model';
import { Morph } from './Morph';
import { twoNeuronsSchema, type TwoNeuronsParams } from './schema';
import { useMotionKit } from './useMotionKit';
import { PLAIN } from './primitives';

const RASTER_WIDTH = 300;
const W_FIELD = twoNeuronsSchema.fields.w;
const zText = (m: TwoNeuronsModel) => fmt(m.art.z, 2);
const yText = (m: TwoNeuronsModel) => fmt(m.art.y, 2);

/**
 * Both neurons driven by one input vector, the drawing morphing between them,
 * and where the analogy breaks. Nearly everything on it depends on every
 * param, and it is cheap to draw: it re-renders on each change (useParams).
 */
export function TwoNeuronsView({ store, uid }: DiagramViewProps<TwoNeuronsParams>) {
  const { x, w, b, act, view } = useParams(store);
  const m$ = useDerived(store, paramsModel);
  const m = useParams(m$);
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
          onClick={() => store.set({ view: view === 'biological' ? 'artificial' : 'biological' })}
        >
          {view === 'biological' ? 'Show as artificial neuron' : 'Show as biological neuron'}
        </button>
      </div>
      {live && kit ? <kit.Provider>{drawing}</kit.Provider> : drawing}

      <div className="two-neurons-readouts">
        <div className="readouts">
          <span className="two-neurons-side">Biological</span>
          <Readout name="vm" label="Soma:" source={m$} text={vmReadout} />
          <Readout name="rate" label="Firing rate:" source={m$} text={rateReadout} />
        </div>
        <div className="readouts">
          <span className="two-neurons-side">Artificial</span>
          <Readout name="z" label="z = w·x + b:" source={m$} text={zText} />
          <Readout name="y" label={`y = ${act}(z):`} source={m$} text={yText} />
        </div>
      </div>

      <div className="two-neurons-inputs">
        {INPUT_TRANSMITTERS.map((transmitter, i) => {
          const t = TRANSMITTERS[transmitter];
          return (
            <fieldset key={i} className="two-neurons-input">
              <legend>{`Input ${i + 1}: ${t.name} (${t.receptor.replace('_', '-')}), ${t.sign}`}</legend>
              <Slider field="x" index={i} label={`x${SUB[i]} activity`} />
              {/* Not a plain field slider: its number is signed and its value text says when a synapse could not have that sign. */}
              <SourceSlider
                label={`w${SUB[i]} weight`}
                min={W_FIELD.min}
                max={W_FIELD.max}
                step={W_FIELD.step}
                source={store}
                view={(params) => weightSlider(m$.get(), params.w, i)}
                onChange={(value) => store.set({ w: store.get().w.map((old, j) => (j === i ? value : old)) })}
              />
            </fieldset>
          );
        })}
      </div>
      <div className="controls">
        <Slider field="b" />
        <Choice field="act" />
        <Choice field="model" />
      </div>

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
          <strong>A weight can flip its sign; a synapse cannot.</strong> {signBreak(m, w)}{' '}
          <button type="button" onClick={() => store.set({ w: store.get().w.map((v) => -v) })}>
            Flip the signs of all weights
          </button>
        </li>
        <li>
          <strong>Conductances saturate; a dot product does not.</strong> {saturationBreak(m)}
        </li>
        <li>
          <strong>A neuron sends spikes in time, not one number.</strong> {spikesBreak(m)}
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
      <Announce source={m$} text={summary} />
    </div>
  );
}
