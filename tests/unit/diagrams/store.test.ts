/**
 * The params store a live view reads: a patch that changes nothing tells no
 * one; a derived value is computed once per value of its source.
 */
import { describe, expect, it, vi } from 'vitest';
import { createParamsStore, derive, lagging } from '../../../src/diagrams/store';

describe('createParamsStore', () => {
  it('merges patches, tells listeners only of real changes, and replaces', () => {
    const store = createParamsStore({ a: 1, b: 'x' });
    const seen: unknown[] = [];
    const off = store.subscribe(() => seen.push(store.get()));
    store.set({ a: 1 });
    expect(seen).toEqual([]);
    store.set({ a: 2 });
    expect(seen).toEqual([{ a: 2, b: 'x' }]);
    const same = store.get();
    store.replace(same);
    expect(seen).toHaveLength(1);
    store.replace({ a: 3, b: 'y' });
    expect(seen).toEqual([
      { a: 2, b: 'x' },
      { a: 3, b: 'y' },
    ]);
    off();
    store.set({ a: 4 });
    expect(seen).toHaveLength(2);
    expect(store.get()).toEqual({ a: 4, b: 'y' });
  });

  it('lets a listener unsubscribe another while they run', () => {
    const store = createParamsStore({ n: 0 });
    const calls: string[] = [];
    const offSecond = store.subscribe(() => calls.push('second'));
    store.subscribe(() => {
      calls.push('third');
      offSecond();
    });
    store.set({ n: 1 });
    store.set({ n: 2 });
    expect(calls).toEqual(['second', 'third', 'third']);
  });
});

describe('derive', () => {
  it('computes once per value of its source, however often it is read', () => {
    const store = createParamsStore({ n: 1 });
    let runs = 0;
    const doubled = derive(store, ({ n }) => {
      runs += 1;
      return { twice: n * 2 };
    });
    expect(runs).toBe(0);
    const first = doubled.get();
    expect(doubled.get()).toBe(first);
    expect(first.twice).toBe(2);
    store.set({ n: 5 });
    expect(doubled.get().twice).toBe(10);
    expect(doubled.get().twice).toBe(10);
    expect(runs).toBe(2);
    let told = 0;
    doubled.subscribe(() => (told += 1));
    store.set({ n: 6 });
    expect(told).toBe(1);
  });
});

describe('lagging', () => {
  it('passes the first change of a burst at once, the rest once the source has been still, and is the source while nobody listens', () => {
    vi.useFakeTimers();
    try {
      const store = createParamsStore({ x: 1 });
      const late = lagging(store, 100);
      expect(late.get()).toEqual({ x: 1 });
      let heard = 0;
      const stop = late.subscribe(() => heard++);
      // After a quiet spell (a key press, the URL applied on load): at once.
      store.set({ x: 2 });
      expect(late.get()).toEqual({ x: 2 });
      expect(heard).toBe(1);
      // A scrub: the changes that follow within 100 ms wait until it pauses.
      vi.advanceTimersByTime(30);
      store.set({ x: 3 });
      vi.advanceTimersByTime(60);
      store.set({ x: 4 });
      vi.advanceTimersByTime(60);
      expect(late.get()).toEqual({ x: 2 });
      expect(heard).toBe(1);
      vi.advanceTimersByTime(100);
      expect(late.get()).toEqual({ x: 4 });
      expect(heard).toBe(2);
      // Quiet again: the next change is at once.
      vi.advanceTimersByTime(200);
      store.set({ x: 5 });
      expect(late.get()).toEqual({ x: 5 });
      expect(heard).toBe(3);
      stop();
      store.set({ x: 6 });
      expect(late.get()).toEqual({ x: 6 });
      vi.advanceTimersByTime(200);
      expect(heard).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });
});
