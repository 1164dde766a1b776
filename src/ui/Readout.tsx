import { memo, type ReactNode } from 'react';

export interface ReadoutProps {
  /** The public readout name (`vm`, `y0`…): tests and host pages read it. */
  name: string;
  label: ReactNode;
  /** The text, starting with the number ("−58.2 mV"). */
  value: string;
  /** Words that put the number in context ("3 mV below threshold"). */
  context?: string;
}

export const readoutText = (value: string, context?: string): string => (context ? `${value}, ${context}` : value);

/** One numeric result as text: `<output data-readout=name>`. Memoised, so a readout that did not change skips its render. */
export const Readout = memo(function Readout({ name, label, value, context }: ReadoutProps) {
  return (
    <div className="readout">
      <span className="readout-label">{label}</span> <output data-readout={name}>{readoutText(value, context)}</output>
    </div>
  );
});
