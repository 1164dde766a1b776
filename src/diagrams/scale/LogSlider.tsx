import { useState } from 'react';
import { fieldOf, SourceSlider, type SliderState } from '../../ui/controls';
import { useDiagram } from '../../ui/live';

export interface LogSliderProps {
  /** A number field of the diagram's schema: its label and range are the slider's. */
  field: string;
  display: (value: number) => string;
  valueText: (value: number) => string;
}

/** Slider steps in decades: 0.02 of a decade is a ~5% change, so every arrow key press moves the value. */
const STEP = 0.02;

/**
 * A slider over a count spanning many powers of ten: a native range input
 * over log₁₀ of the value (so keyboard, touch and mouse behave natively);
 * values are kept to three significant digits so links stay short.
 */
export function LogSlider({ field: name, display, valueText }: LogSliderProps) {
  const { store, schema } = useDiagram();
  const field = fieldOf(schema.fields, name);
  if (field.kind !== 'number') throw new Error(`“${name}” is not a number field.`);
  const { min, max } = field;
  const lo = Math.log10(min);
  const hi = Math.log10(max);
  const [view] = useState(() => (params: Record<string, unknown>): SliderState => {
    const value = params[name] as number;
    const exponent = Math.min(hi, Math.max(lo, Math.log10(value)));
    return { value: Math.round(exponent / STEP) * STEP, display: display(value), valueText: valueText(value) };
  });
  const [onChange] = useState(() => (next: number) => store.set({ [name]: Math.min(max, Math.max(min, Number((10 ** next).toPrecision(3)))) }));
  return <SourceSlider label={field.label} min={lo} max={hi} step={STEP} source={store} view={view} onChange={onChange} />;
}
