import { useEffect, useRef, useState } from 'react';

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
  useEffect(() => {
    if (text === first.current) return;
    first.current = '\u0000';
    const timer = setTimeout(() => setSpoken(text), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return <LiveRegion text={spoken} />;
}
