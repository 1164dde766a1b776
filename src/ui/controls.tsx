/**
 * The controls of every diagram, bound to its params by name. A control
 * finds its diagram's store itself (src/ui/live.ts, `useDiagram`) and takes
 * its label, range, step, choices and number format from the schema field
 * it names, so no view repeats them. Each writes itself in place when its
 * value changes (`useLive`): scrubbing a slider re-renders nothing.
 *
 * - `Slider field="tau"`: a number field, or `index` for one item of a list field.
 * - `SourceSlider`: a slider over a value that is not one field (a log position, one synapse's strength).
 * - `Choice field="act"`, `Toggle field="playing"`.
 * - `Readout name="rate" text={…}`: a public number, from the store or a source derived from it.
 * - `Announce text={…}`: a polite sentence for screen readers, once the reader pauses.
 */
import { memo, useEffect, useId, useRef, useState, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import type { Field, ListField, NumberField } from '../params/schema';
import type { Source } from '../params/store';
import { fmt } from '../chart/format';
import { LIVE_BOX } from './liveBox';
import { useDiagram, useLive, useSelect } from './live';
import { settle } from './settle';

/** How long text must stay still before a screen reader is told. */
export const SETTLE_MS = 700;

/** Decimals a step shows: 0.05 → 2, 1 → 0. */
function decimalsOf(step: number): number {
  const text = String(step);
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/** A number field's value as its controls show it: the step's decimals, a real minus sign, the unit. */
export function formatField(field: NumberField | ListField, value: number): string {
  if (field.format) return field.format(value);
  const unit = field.kind === 'number' && field.unit ? ` ${field.unit}` : '';
  return `${fmt(value, decimalsOf(field.step))}${unit}`;
}

/** The field a control is bound to; a name the schema lacks is a programming error, thrown at once. */
export function fieldOf(fields: Record<string, Field>, name: string): Field {
  const field = Object.prototype.hasOwnProperty.call(fields, name) ? fields[name] : undefined;
  if (!field) throw new Error(`No field “${name}” in this diagram's schema.`);
  return field;
}

/** What a slider shows for a value of its source. */
export interface SliderState {
  value: number;
  display: string;
  valueText?: string;
}

export interface SourceSliderProps<S> {
  label: string;
  min: number;
  max: number;
  step: number;
  source: Source<S>;
  view: (value: S) => SliderState;
  onChange: (value: number) => void;
  className?: string;
}

interface FrameParts {
  input: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
  output: { ref?: Ref<HTMLSpanElement>; text?: string };
}

function SliderFrame({ label, min, max, step, onChange, className, input, output }: Omit<SourceSliderProps<unknown>, 'source' | 'view'> & FrameParts) {
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
 * A labelled slider on a native range input (arrow keys, Page Up/Down,
 * Home/End, touch and mouse work as the platform intends), over any value
 * of a source: its value, number and value text are written in place on
 * every change, whoever made it.
 */
export function SourceSlider<S>({ source, view, ...frame }: SourceSliderProps<S>) {
  const input = useLive<HTMLInputElement, S>(source, (value) => {
    const state = view(value);
    return { value: String(state.value), attrs: { 'aria-valuetext': state.valueText ?? state.display } };
  });
  const output = useLive<HTMLSpanElement, S>(source, (value) => ({ text: view(value).display }));
  return <SliderFrame {...frame} input={{ ref: input.ref, defaultValue: input.value, ...input.attrs }} output={output} />;
}

export interface SliderProps {
  field: string;
  /** One item of a list field. */
  index?: number;
  label?: string;
  /** What a screen reader hears for a value, when more than the number shown helps (what the value does). */
  valueText?: (value: number) => string;
  className?: string;
}

/** The slider of a number field (or, with `index`, of one item of a list field). */
export function Slider({ field: name, index, label, valueText, className }: SliderProps) {
  const { store, schema } = useDiagram();
  const field = fieldOf(schema.fields, name);
  if (field.kind !== 'number' && field.kind !== 'list') throw new Error(`“${name}” is not a number field.`);
  const [view] = useState(() => (params: Record<string, unknown>): SliderState => {
    const raw = params[name];
    const value = index === undefined ? (raw as number) : ((raw as number[])[index] ?? 0);
    return { value, display: formatField(field, value), valueText: valueText?.(value) };
  });
  const [onChange] = useState(() => (value: number) => {
    if (index === undefined) store.set({ [name]: value });
    else store.set({ [name]: (store.get()[name] as number[]).map((old, j) => (j === index ? value : old)) });
  });
  const shown = label ?? (index === undefined ? field.label : `${field.label} ${index + 1}`);
  return <SourceSlider label={shown} min={field.min} max={field.max} step={field.step} source={store} view={view} onChange={onChange} className={className} />;
}

/** A segmented choice on native radio buttons (arrow keys move between them) for a choice field. */
export const Choice = memo(function Choice({ field: name, label }: { field: string; label?: string }) {
  const { store, schema } = useDiagram();
  const field = fieldOf(schema.fields, name);
  if (field.kind !== 'choice') throw new Error(`“${name}” is not a choice field.`);
  const value = useSelect(store, (params) => params[name] as string);
  const group = useId();
  return (
    <fieldset className="control choice">
      <legend>{label ?? field.label}</legend>
      <div className="choice-options">
        {field.choices.map((choice) => (
          <label key={choice} className={choice === value ? 'is-on' : undefined}>
            <input type="radio" name={group} value={choice} checked={choice === value} onChange={() => store.set({ [name]: choice })} />
            <span>{field.choiceLabels?.[choice] ?? choice}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
});

/** A checkbox for a boolean field. */
export const Toggle = memo(function Toggle({ field: name, label }: { field: string; label?: string }) {
  const { store, schema } = useDiagram();
  const field = fieldOf(schema.fields, name);
  const on = useSelect(store, (params) => params[name] === true);
  return (
    <label className="control toggle">
      <input type="checkbox" checked={on} onChange={(event) => store.set({ [name]: event.currentTarget.checked })} />
      <span>{label ?? field.label}</span>
    </label>
  );
});

/** What a readout says: the text, starting with the number ("−58.2 mV"), and words that put it in context. */
export type ReadoutText = string | { value: string; context?: string };

export const readoutText = (shown: ReadoutText): string =>
  typeof shown === 'string' ? shown : shown.context ? `${shown.value}, ${shown.context}` : shown.value;

export interface ReadoutProps<S> {
  /** The public readout name (`vm`, `y0`…): tests and host pages read it. */
  name: string;
  label: ReactNode;
  /** What it reads: the diagram's params unless given (a source derived from them, or a view's running state). */
  source?: Source<S>;
  text: (value: S) => ReadoutText;
}

/** One public result as text, `<output data-readout=name>`, written in place whenever its source changes. */
export function Readout<S = Record<string, unknown>>({ name, label, source, text }: ReadoutProps<S>) {
  const { store } = useDiagram();
  const from = source ?? (store as unknown as Source<S>);
  const output = useLive<HTMLOutputElement, S>(from, (value) => ({ text: readoutText(text(value)) }));
  return (
    <div className="readout">
      <span className="readout-label">{label}</span>{' '}
      <output ref={output.ref} className={LIVE_BOX} data-readout={name}>
        {output.text}
      </output>
    </div>
  );
}

/**
 * A polite live region for a diagram's summary. It waits until the reader
 * stops dragging, so a screen reader hears the result once, not every step,
 * and says nothing until the text has first changed. Nothing re-renders
 * until then.
 */
export function Announce<S = Record<string, unknown>>({ source, text }: { source?: Source<S>; text: (value: S) => string }) {
  const { store } = useDiagram();
  const from = source ?? (store as unknown as Source<S>);
  const [spoken, setSpoken] = useState('');
  const textRef = useRef(text);
  textRef.current = text;
  const first = useRef<string | null>(null);
  const [speak] = useState(() => settle(SETTLE_MS, () => setSpoken(textRef.current(from.get()))));
  useEffect(() => {
    first.current = textRef.current(from.get());
    let changed = false;
    const unsubscribe = from.subscribe(() => {
      changed ||= textRef.current(from.get()) !== first.current;
      if (changed) speak.poke();
    });
    return () => {
      speak.cancel();
      unsubscribe();
    };
  }, [from, speak]);
  // A text made from the parent's own state (not the source) changes on a render: treat that as a change too.
  const now = text(from.get());
  useEffect(() => {
    if (first.current !== null && now !== first.current) {
      first.current = '\u0000';
      speak.poke();
    }
  }, [now, speak]);
  return (
    <p className="sr-only" aria-live="polite" aria-atomic="true">
      {spoken}
    </p>
  );
}
