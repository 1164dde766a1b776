import { memo, useCallback, useMemo, useState } from 'react';
import type { DiagramViewProps } from '../types';
import { lagging, sameItems, useDerived, useLive, useSelect } from '../../ui/live';
import { Announce, Choice } from '../../ui/controls';
import type { ParamsStore } from '../../params/store';
import { linearLayerSchema, type LinearLayerParams } from './schema';
import { dotProductText, explain, layerModel, outputText, summary, withWeight, type LayerModel } from './model';
import { ListSliders } from './ListSliders';
import { Network } from './Network';
import { WeightGrid } from './WeightGrid';
import { CopyCode } from './CopyCode';

interface StepperProps {
  store: ParamsStore<LinearLayerParams>;
  field: 'k' | 'n';
  fewer: string;
  more: string;
}

/** The activation choice and the size steppers; memoised, as they rarely change while the reader scrubs. */
const Settings = memo(function Settings({ store }: { store: ParamsStore<LinearLayerParams> }) {
  return (
    <div className="linear-layer-settings">
      <Choice field="act" />
      <div className="linear-layer-sizes">
        <Stepper store={store} field="k" fewer="Fewer inputs" more="More inputs" />
        <Stepper store={store} field="n" fewer="Fewer neurons" more="More neurons" />
      </div>
    </div>
  );
});

/**
 * A size field's whole number with − and + buttons (kept off range inputs: resizing is a choice, not a scrub).
 * The store's `normalize` refits x, W and b, keeping each weight at its (neuron, input) place.
 */
function Stepper({ store, field: name, fewer, more }: StepperProps) {
  const field = linearLayerSchema.fields[name];
  const value = useSelect(store, (params) => params[name]);
  const setTo = (next: number) => store.set({ [name]: next } as Partial<LinearLayerParams>);
  return (
    <div className="control linear-layer-stepper" role="group" aria-label={field.label}>
      <span className="linear-layer-stepper-label" aria-hidden="true">
        {field.label}
      </span>
      <button type="button" aria-label={fewer} disabled={value <= field.min} onClick={() => setTo(value - field.step)}>
        −
      </button>
      <output aria-live="off">{value}</output>
      <button type="button" aria-label={more} disabled={value >= field.max} onClick={() => setTo(value + field.step)}>
        +
      </button>
    </div>
  );
}

/**
 * The linear layer: W as a draggable grid and as a network; x and b sliders;
 * y = f(Wx + b) live. React renders the structure (sizes, activation, the
 * weights, which neuron is lit); an x or b scrub writes only the numbers,
 * bars and sentences that change (src/ui/live.ts).
 */
export function LinearLayerView({ store, uid }: DiagramViewProps<LinearLayerParams>) {
  const layer$ = useDerived(store, layerModel);
  const n = useSelect(layer$, (m) => m.n);
  const k = useSelect(layer$, (m) => m.k);
  const row = useSelect(layer$, (m) => m.row);
  // The weights are the drawing's structure: a weight drag re-renders its row and the edges.
  const w = useSelect(layer$, (m) => m.w, sameItems);
  const [hover, setHover] = useState<number | null>(null);
  const lit = hover !== null && hover < n ? hover : row;

  const onWeight = useCallback((i: number, j: number, value: number) => store.set({ w: withWeight(layer$.get(), i, j, value) }), [store, layer$]);
  const onChoose = useCallback((chosen: number) => store.set({ row: chosen }), [store]);
  // Closed, the code block keeps the layer it was first drawn with (the server's), so it skips re-rendering.
  const [codeOpen, setCodeOpen] = useState(false);
  const [firstModel] = useState(() => layer$.get());
  const codeModel = useSelect(layer$, (m) => (codeOpen ? m : firstModel));
  const latest = useCallback(() => layer$.get(), [layer$]);
  // The sentences wrap, so they cannot have boxes of their own: they catch up when a scrub pauses (src/ui/live.ts, lagging).
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
        <ListSliders field="x" name="Input x" count={k} />
        <ListSliders field="b" name="Bias b" count={n} />
        <Settings store={store} />
      </div>
      <CopyCode model={codeModel} latest={latest} open={codeOpen} onOpen={setCodeOpen} />
      <Announce source={layer$} text={summary} />
    </div>
  );
}
