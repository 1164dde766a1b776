import { memo, useCallback, useMemo, useState } from 'react';
import type { LiveViewProps } from '../types';
import type { ActivationId } from '../../core';
import { sameItems, useLive, useSelect } from '../live';
import { derive, lagging } from '../store';
import { LiveAnnounce } from '../../ui/LiveAnnounce';
import { Choice } from '../../ui/Choice';
import { linearLayerSchema, MAX_SIZE, type LinearLayerParams } from './schema';
import { dotProductText, explain, layerModel, outputText, resize, summary, type LayerModel } from './model';
import { ListSliders } from './ListSliders';
import { Network } from './Network';
import { WeightGrid } from './WeightGrid';
import { CopyCode } from './CopyCode';

const ACT_ORDER: readonly ActivationId[] = ['identity', 'relu', 'sigmoid', 'tanh', 'step'];

interface StepperProps {
  label: string;
  value: number;
  fewer: string;
  more: string;
  onChange: (value: number) => void;
}

interface SettingsProps {
  act: ActivationId;
  n: number;
  k: number;
  onAct: (act: ActivationId) => void;
  onSize: (n: number, k: number) => void;
}

/** The activation choice and the size steppers; memoised, as they rarely change while the reader scrubs. */
const Settings = memo(function Settings({ act, n, k, onAct, onSize }: SettingsProps) {
  return (
    <div className="linear-layer-settings">
      <Choice label="Activation f" value={act} choices={ACT_ORDER} labels={linearLayerSchema.fields.act.choiceLabels} onChange={onAct} />
      <div className="linear-layer-sizes">
        <Stepper label="Inputs k" value={k} fewer="Fewer inputs" more="More inputs" onChange={(next) => onSize(n, next)} />
        <Stepper label="Neurons n" value={n} fewer="Fewer neurons" more="More neurons" onChange={(next) => onSize(next, k)} />
      </div>
    </div>
  );
});

/** A whole number from 1 to 8 with − and + buttons (kept off range inputs: resizing is a choice, not a scrub). */
function Stepper({ label, value, fewer, more, onChange }: StepperProps) {
  return (
    <div className="control linear-layer-stepper" role="group" aria-label={label}>
      <span className="linear-layer-stepper-label" aria-hidden="true">
        {label}
      </span>
      <button type="button" aria-label={fewer} disabled={value <= 1} onClick={() => onChange(value - 1)}>
        −
      </button>
      <output aria-live="off">{value}</output>
      <button type="button" aria-label={more} disabled={value >= MAX_SIZE} onClick={() => onChange(value + 1)}>
        +
      </button>
    </div>
  );
}

/**
 * The linear layer: W as a draggable grid and as a network; x and b sliders;
 * y = f(Wx + b) live. React renders the structure (sizes, activation, the
 * weights, which neuron is lit); an x or b scrub writes only the numbers,
 * bars and sentences that change (src/diagrams/live.ts).
 */
export function LinearLayerView({ store, uid }: LiveViewProps<LinearLayerParams>) {
  const layer$ = useMemo(() => derive(store, layerModel), [store]);
  const n = useSelect(layer$, (m) => m.n);
  const k = useSelect(layer$, (m) => m.k);
  const act = useSelect(layer$, (m) => m.act);
  const row = useSelect(layer$, (m) => m.row);
  // The weights are the drawing's structure: a weight drag re-renders its row and the edges.
  const w = useSelect(layer$, (m) => m.w, sameItems);
  const [hover, setHover] = useState<number | null>(null);
  const lit = hover !== null && hover < n ? hover : row;

  const onWeight = useCallback(
    (i: number, j: number, value: number) => {
      const { w: now, k: columns } = layer$.get();
      const next = now.slice();
      next[i * columns + j] = value;
      store.set({ w: next });
    },
    [store, layer$],
  );
  const onChoose = useCallback((chosen: number) => store.set({ row: chosen }), [store]);
  // Closed, the code block keeps the layer it was first drawn with (the server's), so it skips re-rendering.
  const [codeOpen, setCodeOpen] = useState(false);
  const [firstModel] = useState(() => layer$.get());
  const codeModel = useSelect(layer$, (m) => (codeOpen ? m : firstModel));
  const latest = useCallback(() => layer$.get(), [layer$]);
  const onX = useCallback((x: number[]) => store.set({ x }), [store]);
  const onB = useCallback((b: number[]) => store.set({ b }), [store]);
  const onAct = useCallback((next: ActivationId) => store.set({ act: next }), [store]);
  const onSize = useCallback((rows: number, columns: number) => store.set(resize(layer$.get(), rows, columns)), [store, layer$]);
  // The sentences wrap, so they cannot have boxes of their own: they catch up when a scrub pauses (store.ts, lagging).
  const sentences$ = useMemo(() => lagging(layer$), [layer$]);
  const dot = useLive<HTMLSpanElement, LayerModel>(sentences$, (m) => ({ text: dotProductText(m, lit) }));
  const out = useLive<HTMLSpanElement, LayerModel>(sentences$, (m) => ({ text: outputText(m, lit) }));
  const words = useLive<HTMLParagraphElement, LayerModel>(sentences$, (m) => ({ text: explain(m) }));

  return (
    <div className="linear-layer">
      <div className="linear-layer-main">
        <Network layer$={layer$} n={n} k={k} w={w} lit={lit} titleId={`${uid}-net-title`} onLight={setHover} onChoose={onChoose} />
        <div className="linear-layer-side">
          <WeightGrid layer$={layer$} n={n} k={k} w={w} lit={lit} row={row} onWeight={onWeight} onLight={setHover} onChoose={onChoose} />
          <p className="linear-layer-dot" data-dot="">
            <span ref={dot.ref}>{dot.text}</span>
            <span ref={out.ref}>{out.text}</span>
          </p>
          <p className="linear-layer-hint">Drag a weight up or down, or focus it and use the arrow keys. Point at a row to light its neuron.</p>
        </div>
      </div>
      <p ref={words.ref} className="explain">
        {words.text}
      </p>
      <div className="linear-layer-controls">
        <ListSliders legend="Inputs x" name="Input x" source={layer$} count={k} pick={pickX} onChange={onX} />
        <ListSliders legend="Biases b" name="Bias b" source={layer$} count={n} pick={pickB} onChange={onB} />
        <Settings act={act} n={n} k={k} onAct={onAct} onSize={onSize} />
      </div>
      <CopyCode model={codeModel} latest={latest} open={codeOpen} onOpen={setCodeOpen} />
      <LiveAnnounce source={layer$} text={summary} />
    </div>
  );
}

const pickX = (m: LayerModel) => m.x;
const pickB = (m: LayerModel) => m.b;
