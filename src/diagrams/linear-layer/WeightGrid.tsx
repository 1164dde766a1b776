import { memo, useCallback, useMemo, type KeyboardEvent } from 'react';
import { useLive } from '../../ui/live';
import type { Source } from '../../params/store';
import { usePointerDrag } from '../../ui/usePointerDrag';
import { fmt } from '../../chart/format';
import { draggedWeight, keyedWeight, num, sub, type LayerModel } from './model';
import { cellLook } from './layout';
import { linearLayerSchema } from './schema';

const WEIGHT = linearLayerSchema.fields.w;

interface CellProps {
  i: number;
  j: number;
  value: number;
  onChange: (i: number, j: number, value: number) => void;
}

/** One weight: a focusable slider dragged up and down, or stepped with the keys. */
const WeightCell = memo(function WeightCell({ i, j, value, onChange }: CellProps) {
  const start = useCallback(() => value, [value]);
  const move = useCallback((from: number, { dy }: { dy: number }) => onChange(i, j, draggedWeight(from, dy)), [i, j, onChange]);
  const drag = usePointerDrag(start, move);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = keyedWeight(event.key, value);
    if (next === undefined) return;
    event.preventDefault();
    if (next !== value) onChange(i, j, next);
  };
  const { sign, tint } = cellLook(value);
  return (
    <div
      className={`linear-layer-cell draggable is-${sign}`}
      style={{ ['--strength' as string]: tint }}
      role="slider"
      tabIndex={0}
      aria-label={`Weight from input ${j + 1} to neuron ${i + 1}`}
      aria-valuemin={WEIGHT.min}
      aria-valuemax={WEIGHT.max}
      aria-valuenow={value}
      aria-valuetext={`${num(value)}${value > 0 ? ', excitatory' : value < 0 ? ', inhibitory' : ''}`}
      aria-orientation="vertical"
      data-cell={`${i}-${j}`}
      onKeyDown={onKeyDown}
      {...drag}
    >
      {num(value)}
    </div>
  );
});

interface RowCellsProps {
  i: number;
  k: number;
  w: readonly number[];
  onWeight: (i: number, j: number, value: number) => void;
}

/** A row's weight cells; memoised on W itself, so moving an input or a bias skips them all. */
const RowCells = memo(function RowCells({ i, k, w, onWeight }: RowCellsProps) {
  return (
    <>
      {Array.from({ length: k }, (_, j) => (
        <td key={j}>
          <WeightCell i={i} j={j} value={w[i * k + j] ?? 0} onChange={onWeight} />
        </td>
      ))}
    </>
  );
});

interface RowHeadProps {
  i: number;
  chosen: boolean;
  onChoose: (row: number) => void;
}

/** The row's header: a button that keeps this neuron lit. */
const RowHead = memo(function RowHead({ i, chosen, onChoose }: RowHeadProps) {
  return (
    <th scope="row">
      <button type="button" aria-pressed={chosen} onClick={() => onChoose(i)}>
        <span className="sr-only">Neuron </span>
        {i + 1}
      </button>
    </th>
  );
});

/** A number in a fixed box (its change re-lays only the box), written live. */
function Fixed({ layer$, text, className }: { layer$: Source<LayerModel>; text: (m: LayerModel) => string; className?: string }) {
  const live = useLive<HTMLSpanElement, LayerModel>(layer$, (m) => ({ text: text(m) }));
  return (
    <span ref={live.ref} className={`linear-layer-fixed${className ? ` ${className}` : ''}`}>
      {live.text}
    </span>
  );
}

/** One of a row's results, z or y: a readout, written live. */
function Result({ layer$, name, i }: { layer$: Source<LayerModel>; name: 'z' | 'y'; i: number }) {
  const live = useLive<HTMLOutputElement, LayerModel>(layer$, (m) => ({ text: fmt(m[name][i] ?? 0, 2) }));
  return (
    <output ref={live.ref} className="linear-layer-fixed" data-readout={`${name}${i}`}>
      {live.text}
    </output>
  );
}

interface RowProps {
  i: number;
  k: number;
  w: readonly number[];
  layer$: Source<LayerModel>;
  lit: boolean;
  chosen: boolean;
  onWeight: (i: number, j: number, value: number) => void;
  onLight: (row: number | null) => void;
  onChoose: (row: number) => void;
}

/** One neuron's row: its weights, its bias, and its z and y (the readouts). */
const Row = memo(function Row({ i, k, w, layer$, lit, chosen, onWeight, onLight, onChoose }: RowProps) {
  const handlers = useMemo(() => {
    const on = () => onLight(i);
    const off = () => onLight(null);
    return { onPointerEnter: on, onPointerLeave: off, onFocus: on, onBlur: off };
  }, [i, onLight]);
  const bias = useCallback((m: LayerModel) => num(m.b[i] ?? 0), [i]);
  return (
    <tr className={lit ? 'is-lit' : undefined} {...handlers}>
      <RowHead i={i} chosen={chosen} onChoose={onChoose} />
      <RowCells i={i} k={k} w={w} onWeight={onWeight} />
      <td className="linear-layer-sep linear-layer-num linear-layer-b">
        <Fixed layer$={layer$} text={bias} />
      </td>
      <td className="linear-layer-num">
        <Result layer$={layer$} name="z" i={i} />
      </td>
      <td className="linear-layer-num">
        <Result layer$={layer$} name="y" i={i} />
      </td>
    </tr>
  );
});

/** The column heads: each input's name and value, then b, z and y. */
const Head = memo(function Head({ layer$, k }: { layer$: Source<LayerModel>; k: number }) {
  return (
    <thead>
      <tr>
        <th scope="col" className="linear-layer-corner">
          neuron
        </th>
        {Array.from({ length: k }, (_, j) => (
          <InputHead key={j} j={j} layer$={layer$} />
        ))}
        <th scope="col" className="linear-layer-sep linear-layer-b">
          <span className="linear-layer-var">b</span>
        </th>
        <th scope="col">
          <span className="linear-layer-var">z</span>
        </th>
        <th scope="col">
          <span className="linear-layer-var">y</span>
        </th>
      </tr>
    </thead>
  );
});

const InputHead = memo(function InputHead({ j, layer$ }: { j: number; layer$: Source<LayerModel> }) {
  const value = useCallback((m: LayerModel) => num(m.x[j] ?? 0), [j]);
  return (
    <th scope="col">
      <span className="linear-layer-var">{`x${sub(j)}`}</span>
      <Fixed layer$={layer$} className="linear-layer-val" text={value} />
    </th>
  );
});

/** Fixed column widths: a changed number never makes the table measure itself again. */
const Columns = memo(function Columns({ k }: { k: number }) {
  return (
    <colgroup>
      <col className="linear-layer-col-head" />
      {Array.from({ length: k }, (_, j) => (
        <col key={j} className="linear-layer-col-w" />
      ))}
      <col className="linear-layer-col-b" />
      <col className="linear-layer-col-out" />
      <col className="linear-layer-col-out" />
    </colgroup>
  );
});

interface GridProps {
  layer$: Source<LayerModel>;
  n: number;
  k: number;
  w: readonly number[];
  lit: number;
  /** The chosen neuron (kept lit). */
  row: number;
  onWeight: (i: number, j: number, value: number) => void;
  onLight: (row: number | null) => void;
  onChoose: (row: number) => void;
}

/** W as a grid: a row per neuron, a column per input, then the bias and the row's z and y (the readouts). */
export const WeightGrid = memo(function WeightGrid({ layer$, n, k, w, lit, row, onWeight, onLight, onChoose }: GridProps) {
  const width = useMemo(() => ({ width: `calc(var(--head) + ${k} * var(--cell) + var(--b) + 2 * var(--out) + ${k + 5} * var(--gap))` }), [k]);
  return (
    <div className="linear-layer-scroll">
      <table className="linear-layer-grid" style={width}>
        <caption className="sr-only">Weights W, a row per neuron and a column per input, with each neuron’s bias b, pre-activation z and output y</caption>
        <Columns k={k} />
        <Head layer$={layer$} k={k} />
        <tbody>
          {Array.from({ length: n }, (_, i) => (
            <Row key={i} i={i} k={k} w={w} layer$={layer$} lit={i === lit} chosen={i === row} onWeight={onWeight} onLight={onLight} onChoose={onChoose} />
          ))}
        </tbody>
      </table>
    </div>
  );
});
