import { memo, type ReactNode } from 'react';
import { useLive } from '../diagrams/live';
import type { Source } from '../diagrams/store';

export interface ReadoutProps {
  /** The public readout name (`vm`, `y0`…): tests and host pages read it. */
  name: string;
  label: ReactNode;
  /** The text, starting with the number ("−58.2 mV"). */
  value: string;
  /** Words that put the number in context ("3 mV below threshold"). */
  context?: string;
}

const readoutText = (value: string, context?: string): string => (context ? `${value}, ${context}` : value);

/** One numeric result as text: `<output data-readout=name>`. Memoised, so a readout that did not change skips its render. */
export const Readout = memo(function Readout({ name, label, value, context }: ReadoutProps) {
  return (
    <div className="readout">
      <span className="readout-label">{label}</span> <output data-readout={name}>{readoutText(value, context)}</output>
    </div>
  );
});

export interface LiveReadoutProps<S> {
  name: string;
  label: ReactNode;
  source: Source<S>;
  view: (value: S) => { value: string; context?: string };
}

/** The same readout bound live to a source: its text is written directly on every change. */
export function LiveReadout<S>({ name, label, source, view }: LiveReadoutProps<S>) {
  const output = useLive<HTMLOutputElement, S>(source, (value) => {
    const shown = view(value);
    return { text: readoutText(shown.value, shown.context) };
  });
  return (
    <div className="readout">
      <span className="readout-label">{label}</span>{' '}
      <output ref={output.ref} data-readout={name}>
        {output.text}
      </output>
    </div>
  );
}
