/** settle: one call, a fixed time after the last poke, with one timer however often it is poked. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settle } from '../../../src/ui/settle';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('settle', () => {
  it('fires once, ms after the last poke of a burst', () => {
    const fire = vi.fn();
    const s = settle(100, fire);
    for (let i = 0; i < 10; i++) {
      s.poke();
      vi.advanceTimersByTime(30);
    }
    // 300 ms of pokes every 30 ms: still waiting.
    expect(fire).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(69);
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2);
    expect(fire).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(fire).toHaveBeenCalledTimes(1);
    s.poke();
    vi.advanceTimersByTime(101);
    expect(fire).toHaveBeenCalledTimes(2);
  });

  it('does nothing once cancelled', () => {
    const fire = vi.fn();
    const s = settle(50, fire);
    s.poke();
    s.cancel();
    vi.advanceTimersByTime(500);
    expect(fire).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
