/**
 * Call `fire` once `ms` have passed since the last `poke()`. However often it
 * is poked (every input of a scrub), it keeps at most one timer and never
 * clears one: a poke only notes the time.
 */
export function settle(ms: number, fire: () => void): { poke: () => void; cancel: () => void } {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = (): void => {
    const wait = last + ms - performance.now();
    if (wait > 1) {
      timer = setTimeout(check, wait);
      return;
    }
    timer = undefined;
    fire();
  };
  return {
    poke() {
      last = performance.now();
      if (timer === undefined) timer = setTimeout(check, ms);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
