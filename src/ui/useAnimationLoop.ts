import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Run `tick(dtMs)` once per animation frame while `running` is true and the
 * element is on screen; stops when it scrolls away, so an off-screen figure
 * costs nothing. `dtMs` is capped so a background tab does not jump ahead.
 */
export function useAnimationLoop(ref: RefObject<Element | null>, running: boolean, tick: (dtMs: number) => void): void {
  const tickRef = useRef(tick);
  tickRef.current = tick;
  const visible = useOnScreen(ref);

  useEffect(() => {
    if (!running || !visible) return;
    let frame = 0;
    let last = performance.now();
    const loop = (now: number) => {
      const dt = Math.min(50, now - last);
      last = now;
      tickRef.current(dt);
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [running, visible]);
}

/** Whether the element is (near) the viewport; true where IntersectionObserver is missing. */
export function useOnScreen(ref: RefObject<Element | null>): boolean {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (typeof IntersectionObserver === 'undefined') {
      setVisible(true);
      return;
    }
    const observer = new IntersectionObserver(([entry]) => setVisible(!!entry?.isIntersecting), { rootMargin: '100px 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return visible;
}
