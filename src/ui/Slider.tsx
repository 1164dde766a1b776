import { useId, type InputHTMLAttributes, type Ref } from 'react';
import { LIVE_BOX } from './liveBox';

export interface SliderFrameProps {
  label: string;
  min: number;
  max: number;
  step: number;
  onChange: (value: number) => void;
  className?: string;
}

export interface SliderProps extends SliderFrameProps {
  value: number;
  /** What the value looks like beside the slider ("−58 mV"). */
  display?: string;
  /** What a screen reader says for the value; defaults to `display`. */
  valueText?: string;
}

interface FrameParts {
  /** What differs between the two sliders: value (controlled or live), value text, ref. */
  input: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
  output: { ref?: Ref<HTMLSpanElement>; text?: string };
}

export function SliderFrame({ label, min, max, step, onChange, className, input, output }: SliderFrameProps & FrameParts) {
  const id = useId();
  return (
    <div className={`control slider${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {/* The track's box has a fixed size, so moving the thumb re-lays only the input, never the page. */}
      <div className="slider-track">
        <input id={id} type="range" min={min} max={max} step={step} {...input} onChange={(event) => onChange(Number(event.currentTarget.value))} />
      </div>
      {/* The number sits in a live box: the output is a grid item, which can never be a relayout boundary itself. */}
      <output htmlFor={id} aria-hidden="true">
        <span ref={output.ref} className={LIVE_BOX}>
          {output.text}
        </span>
      </output>
    </div>
  );
}

/**
 * A labelled slider on a native range input: arrow keys, Page Up/Down,
 * Home/End, touch and mouse all work as the platform intends.
 */
export function Slider({ value, display, valueText, ...frame }: SliderProps) {
  const shown = display ?? String(value);
  return <SliderFrame {...frame} input={{ value, 'aria-valuetext': valueText ?? shown }} output={{ text: shown }} />;
}
