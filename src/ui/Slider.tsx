import { useId } from 'react';

export interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  /** What the value looks like beside the slider ("−58 mV"). */
  display?: string;
  /** What a screen reader says for the value; defaults to `display`. */
  valueText?: string;
  className?: string;
}

/**
 * A labelled slider on a native range input: arrow keys, Page Up/Down,
 * Home/End, touch and mouse all work as the platform intends.
 */
export function Slider({ label, value, min, max, step, onChange, display, valueText, className }: SliderProps) {
  const id = useId();
  const shown = display ?? String(value);
  return (
    <div className={`control slider${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {/* The track's box has a fixed size, so moving the thumb re-lays only the input, never the page. */}
      <div className="slider-track">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={step}
          value={value}
          aria-valuetext={valueText ?? shown}
          onChange={(event) => onChange(Number(event.currentTarget.value))}
        />
      </div>
      <output htmlFor={id} aria-hidden="true">
        {shown}
      </output>
    </div>
  );
}
