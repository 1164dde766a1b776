import { memo, useCallback, useRef } from 'react';
import { Slider } from '../../ui/Slider';
import { num, sub } from './model';

const MemoSlider = memo(Slider);

interface ItemProps {
  index: number;
  name: string;
  value: number;
  onItem: (index: number, value: number) => void;
}

/** One slider of a list; memoised, so moving x₁ does not re-render the other fifteen. */
const Item = memo(function Item({ index, name, value, onItem }: ItemProps) {
  const onChange = useCallback((v: number) => onItem(index, v), [index, onItem]);
  return <MemoSlider label={`${name}${sub(index)}`} value={value} min={-5} max={5} step={0.1} display={num(value)} onChange={onChange} />;
});

interface ListSlidersProps {
  legend: string;
  /** The item's label before its subscript ("Input x"). */
  name: string;
  values: readonly number[];
  onChange: (values: number[]) => void;
}

/** A fieldset of sliders, one per list item, from −5 to 5. */
export const ListSliders = memo(function ListSliders({ legend, name, values, onChange }: ListSlidersProps) {
  const latest = useRef(values);
  latest.current = values;
  const onItem = useCallback((index: number, value: number) => onChange(latest.current.map((old, m) => (m === index ? value : old))), [onChange]);
  return (
    <fieldset className="control list">
      <legend>{legend}</legend>
      {values.map((value, i) => (
        <Item key={i} index={i} name={name} value={value} onItem={onItem} />
      ))}
    </fieldset>
  );
});
