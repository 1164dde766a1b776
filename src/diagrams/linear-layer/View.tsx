import { memo, useCallback, useMemo, useRef, useState } from 'react';
import type { DiagramViewProps } from '../types';
import type { ActivationId } from '../../core';
import { Announce } from '../../ui/Announce';
import { Choice } from '../../ui/Choice';
import { linearLayerSchema, MAX_SIZE, type LinearLayerParams } from './schema';
import { dotProductText, explain, layerModel, outputText, resize, summary } from './model';
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

/** The linear layer: W as a draggable grid and as a network; x and b sliders; y = f(Wx + b) live. */
export function LinearLayerView({ params, set, uid }: DiagramViewProps<LinearLayerParams>) {
  const model = useMemo(() => layerModel(params), [params]);
  const [hover, setHover] = useState<number | null>(null);
  const lit = hover !== null && hover < model.n ? hover : model.row;

  // Callbacks read the latest model through a ref, so memoised cells keep their props while x moves.
  const latest = useRef(model);
  latest.current = model;
  const onWeight = useCallback(
    (i: number, j: number, value: number) => {
      const { w, k } = latest.current;
      const next = w.slice();
      next[i * k + j] = value;
      set({ w: next });
    },
    [set],
  );
  const onChoose = useCallback((row: number) => set({ row }), [set]);
  // Closed, the code block keeps the layer it was first drawn with (the server's), so it skips re-rendering.
  const [codeOpen, setCodeOpen] = useState(false);
  const [firstModel] = useState(model);
  const onX = useCallback((x: number[]) => set({ x }), [set]);
  const onB = useCallback((b: number[]) => set({ b }), [set]);
  const onAct = useCallback((act: ActivationId) => set({ act }), [set]);
  const onSize = useCallback((n: number, k: number) => set(resize(latest.current, n, k)), [set]);

  return (
    <div className="linear-layer">
      <div className="linear-layer-main">
        <Network model={model} lit={lit} titleId={`${uid}-net-title`} onLight={setHover} onChoose={onChoose} />
        <div className="linear-layer-side">
          <WeightGrid model={model} lit={lit} onWeight={onWeight} onLight={setHover} onChoose={onChoose} />
          <p className="linear-layer-dot" data-dot="">
            <span>{dotProductText(model, lit)}</span>
            <span>{outputText(model, lit)}</span>
          </p>
          <p className="linear-layer-hint">Drag a weight up or down, or focus it and use the arrow keys. Point at a row to light its neuron.</p>
        </div>
      </div>
      <p className="explain">{explain(model)}</p>
      <div className="linear-layer-controls">
        <ListSliders legend="Inputs x" name="Input x" values={model.x} onChange={onX} />
        <ListSliders legend="Biases b" name="Bias b" values={model.b} onChange={onB} />
        <Settings act={model.act} n={model.n} k={model.k} onAct={onAct} onSize={onSize} />
      </div>
      <CopyCode model={codeOpen ? model : firstModel} latest={latest} open={codeOpen} onOpen={setCodeOpen} />
      <Announce text={summary(model)} />
    </div>
  );
}
