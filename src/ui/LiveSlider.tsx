import { useLive } from '../diagrams/live';
import type { Source } from '../diagrams/store';
import { SliderFrame, type SliderFrameProps } from './Slider';

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
  const output = useLive<HTMLSpanElement, S>(source, (value) => ({ text: view(value).display }));
  return <SliderFrame {...frame} input={{ ref: input.ref, defaultValue: input.value, ...input.attrs }} output={output} />;
}
