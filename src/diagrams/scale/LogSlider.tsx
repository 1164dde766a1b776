import { Slider } from '../../ui/Slider';

export interface LogSliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  display: string;
  valueText: string;
}

/** Slider steps in decades: 0.02 of a decade is a ~5% change, so every arrow key press moves the value. */
const STEP = 0.02;

/**
 * A slider over a count spanning many powers of ten: a native range input
 * over log₁₀ of the value (so keyboard, touch and mouse behave natively);
 * values are kept to three significant digits so links stay short.
 */
export function LogSlider({ label, value, min, max, onChange, display, valueText }: LogSliderProps) {
  const lo = Math.log10(min);
  const hi = Math.log10(max);
  const exponent = Math.min(hi, Math.max(lo, Math.log10(value)));
  return (
    <Slider
      label={label}
      value={Math.round(exponent / STEP) * STEP}
      min={lo}
      max={hi}
      step={STEP}
      display={display}
      valueText={valueText}
      onChange={(next) => onChange(Math.min(max, Math.max(min, Number((10 ** next).toPrecision(3)))))}
    />
  );
}
