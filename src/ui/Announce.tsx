import { useEffect, useRef, useState } from 'react';
import { settle } from './settle';

/** How long the text must stay still before a screen reader is told. */
export const SETTLE_MS = 700;

export function LiveRegion({ text }: { text: string }) {
  return (
    <p className="sr-only" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}

/**
 * A polite live region for a diagram's summary. It waits until the reader
 * stops dragging, so a screen reader hears the result once, not every step,
 * and it says nothing until something has changed.
 */
export function Announce({ text }: { text: string }) {
  const [spoken, setSpoken] = useState('');
  const first = useRef(text);
  const latest = useRef(text);
  latest.current = text;
  const [speak] = useState(() => settle(SETTLE_MS, () => setSpoken(latest.current)));
  useEffect(() => () => speak.cancel(), [speak]);
  useEffect(() => {
    if (text === first.current) return;
    first.current = '\u0000';
    speak.poke();
  }, [text, speak]);
  return <LiveRegion text={spoken} />;
}
