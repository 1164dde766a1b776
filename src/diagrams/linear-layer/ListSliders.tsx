import { memo, useCallback } from 'react';
import { LiveSlider } from '../../ui/LiveSlider';
import type { Source } from '../store';
import { num, sub, type LayerModel } from './model';

interface ItemProps {
  index: number;
  name: string;
  source: Source<LayerModel>;
  pick: (m: LayerModel) => readonly number[];
  onItem: (index: number, value: number) => void;
}

/** One slider of a list, bound live: moving x₁ writes its own number and re-renders nothing. */
const Item = memo(function Item({ index, name, source, pick, onItem }: ItemProps) {
  const onChange = useCallback((v: number) => onItem(index, v), [index, onItem]);
  const view = useCallback(
    (m: LayerModel) => {
      const value = pick(m)[index] ?? 0;
      return { value, display: num(value) };
    },
    [pick, index],
  );
  return <LiveSlider label={`${name}${sub(index)}`} min={-5} max={5} step={0.1} source={source} view={view} onChange={onChange} />;
});

interface ListSlidersProps {
  legend: string;
  /** The item's label before its subscript ("Input x"). */
  name: string;
  source: Source<LayerModel>;
  /** How many items (re-rendered only when it changes). */
  count: number;
  /** The list these sliders set (x or b), from the layer. */
  pick: (m: LayerModel) => readonly number[];
  onChange: (values: number[]) => void;
}

/** A fieldset of sliders, one per list item, from −5 to 5. */
export const ListSliders = memo(function ListSliders({ legend, name, source, count, pick, onChange }: ListSlidersProps) {
  const onItem = useCallback(
    (index: number, value: number) => onChange(pick(source.get()).map((old, m) => (m === index ? value : old))),
    [onChange, pick, source],
  );
  return (
    <fieldset className="control list">
      <legend>{legend}</legend>
      {Array.from({ length: count }, (_, i) => (
        <Item key={i} index={i} name={name} source={source} pick={pick} onItem={onItem} />
      ))}
    </fieldset>
  );
});
