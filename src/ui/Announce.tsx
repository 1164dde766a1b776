import { useEffect, useRef, useState } from 'react';
import type { Source } from '../diagrams/store';
import { settle } from './settle';

/** How long the text must stay still before a screen reader is told. */
const SETTLE_MS = 700;

function LiveRegion({ text }: { text: string }) {
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

/** The same, listening to a source itself: nothing re-renders until the text has settled. */
export function LiveAnnounce<S>({ source, text }: { source: Source<S>; text: (value: S) => string }) {
  const [spoken, setSpoken] = useState('');
  const textRef = useRef(text);
  textRef.current = text;
  useEffect(() => {
    const first = textRef.current(source.get());
    let changed = false;
    const speak = settle(SETTLE_MS, () => setSpoken(textRef.current(source.get())));
    const unsubscribe = source.subscribe(() => {
      // Silent until the text differs from the first one; then it speaks whatever it has settled on.
      changed ||= textRef.current(source.get()) !== first;
      if (changed) speak.poke();
    });
    return () => {
      speak.cancel();
      unsubscribe();
    };
  }, [source]);
  return <LiveRegion text={spoken} />;
}
