import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Run `tick(dtMs)` once per animation frame while `running` is true and the
 * element is on screen; stops when it scrolls away, so an off-screen figure
 * costs nothing. `dtMs` is capped so a background tab does not jump ahead.
 *
 * The tick runs in a task of its own just after the frame is painted, not
 * inside requestAnimationFrame (as React's own scheduled renders do): what it
 * draws shows in the next frame, and a frame that answers a reader's input
 * never waits for the animation's script.
 */
export function useAnimationLoop(ref: RefObject<Element | null>, running: boolean, tick: (dtMs: number) => void): void {
  const tickRef = useRef(tick);
  tickRef.current = tick;
  const visible = useOnScreen(ref);
  const settled = usePageSettled();

  useEffect(() => {
    if (!running || !visible || !settled) return;
    let frame = 0;
    let last = performance.now();
    // Time since the last tick ran; 0 when no tick is waiting.
    let owed = 0;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const dt = Math.min(50, owed);
      owed = 0;
      tickRef.current(dt);
    };
    const loop = (now: number) => {
      if (owed === 0) channel.port2.postMessage(0);
      owed += Math.max(1e-6, now - last);
      last = now;
      frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => {
      cancelAnimationFrame(frame);
      channel.port1.onmessage = null;
      channel.port1.close();
    };
  }, [running, visible, settled]);
}

let pageSettled: Promise<void> | undefined;

/**
 * Resolves once the page has loaded and the main thread has had a quiet
 * moment (an idle callback, or at most a second after load): an animation
 * that starts while the page is still waking competes with it for a phone's
 * one busy core, and the reader sees its first frame either way.
 */
function whenPageSettled(): Promise<void> {
  pageSettled ??= new Promise<void>((done) => {
    const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => done(), { timeout: 1000 }) : setTimeout(done, 200));
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  });
  return pageSettled;
}

function usePageSettled(): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    let live = true;
    void whenPageSettled().then(() => live && setSettled(true));
    return () => {
      live = false;
    };
  }, []);
  return settled;
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
