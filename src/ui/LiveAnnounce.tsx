import { useEffect, useRef, useState } from 'react';
import type { Source } from '../diagrams/store';
import { LiveRegion, SETTLE_MS } from './Announce';
import { settle } from './settle';

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
