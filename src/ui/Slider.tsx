import { useId, type InputHTMLAttributes, type Ref } from 'react';
import { useLive } from '../diagrams/live';
import type { Source } from '../diagrams/store';

interface SliderFrameProps {
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

/** What a live slider shows for a value of its source. */
export interface SliderState {
  value: number;
  display: string;
  valueText?: string;
}

export interface LiveSliderProps<S> extends SliderFrameProps {
  source: Source<S>;
  view: (value: S) => SliderState;
}

interface FrameParts {
  /** What differs between the two sliders: value (controlled or live), value text, ref. */
  input: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
  output: { ref?: Ref<HTMLOutputElement>; text?: string };
}

function SliderFrame({ label, min, max, step, onChange, className, input, output }: SliderFrameProps & FrameParts) {
  const id = useId();
  return (
    <div className={`control slider${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {/* The track's box has a fixed size, so moving the thumb re-lays only the input, never the page. */}
      <div className="slider-track">
        <input id={id} type="range" min={min} max={max} step={step} {...input} onChange={(event) => onChange(Number(event.currentTarget.value))} />
      </div>
      <output ref={output.ref} htmlFor={id} aria-hidden="true">
        {output.text}
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

/**
 * The same slider bound live to a params store: its value, number and
 * value text are written directly on every change, whoever made it, and
 * dragging it re-renders nothing.
 */
export function LiveSlider<S>({ source, view, ...frame }: LiveSliderProps<S>) {
  const input = useLive<HTMLInputElement, S>(source, (value) => {
    const state = view(value);
    return { value: String(state.value), attrs: { 'aria-valuetext': state.valueText ?? state.display } };
  });
  const output = useLive<HTMLOutputElement, S>(source, (value) => ({ text: view(value).display }));
  return <SliderFrame {...frame} input={{ ref: input.ref, defaultValue: input.value, ...input.attrs }} output={output} />;
}
