import type { ReactNode } from 'react';
import { useLive } from '../diagrams/live';
import { LIVE_BOX } from './liveBox';
import type { Source } from '../diagrams/store';
import { readoutText } from './Readout';

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
      <output ref={output.ref} className={LIVE_BOX} data-readout={name}>
        {output.text}
      </output>
    </div>
  );
}
