import { memo } from 'react';
import { Slider } from '../../ui/controls';
import { sub } from './model';
import { linearLayerSchema } from './schema';

interface ListSlidersProps {
  /** The list field these sliders set, one slider per item. */
  field: 'x' | 'b';
  /** The item's label before its subscript ("Input x"). */
  name: string;
  /** How many items (re-rendered only when it changes). */
  count: number;
}

/** A fieldset of sliders, one per list item, each bound to its item of the field (moving x₁ writes its own number and re-renders nothing). */
export const ListSliders = memo(function ListSliders({ field, name, count }: ListSlidersProps) {
  return (
    <fieldset className="control list">
      <legend>{linearLayerSchema.fields[field].label}</legend>
      {Array.from({ length: count }, (_, i) => (
        <Slider key={i} field={field} index={i} label={`${name}${sub(i)}`} />
      ))}
    </fieldset>
  );
});
