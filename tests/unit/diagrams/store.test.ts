/**
 * The params store a live view reads: a patch that changes nothing tells no
 * one; a derived value is computed once per value of its source.
 */
import { describe, expect, it, vi } from 'vitest';
import { createParamsStore, createStore, derive } from '../../../src/params/store';
import { lagging } from '../../../src/ui/live';
import { defineSchema, fitLength } from '../../../src/params/schema';

describe('createStore', () => {
  it('merges patches, tells listeners only of real changes, and replaces', () => {
    const store = createStore({ a: 1, b: 'x' });
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
    const store = createStore({ n: 0 });
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

const schema = defineSchema({
  fields: {
    k: { kind: 'number', label: 'k', description: 'How many inputs.', min: 1, max: 4, step: 1, integer: true, default: 2 },
    x: { kind: 'list', label: 'x', description: 'The inputs.', min: -1, max: 1, step: 0.1, default: [0.5, 0.5], maxLength: 4 },
    act: { kind: 'choice', label: 'act', description: 'An activation.', choices: ['relu', 'tanh'] as const, default: 'relu' },
  },
  normalize(params) {
    fitLength(params.x, params.k, () => 0);
    return [];
  },
});

describe('createParamsStore', () => {
  it('puts every change through the schema: values clamped, wrong kinds ignored, normalize run, unchanged lists kept', () => {
    const store = createParamsStore(schema, { k: 2, x: [0.5, 0.5], act: 'relu' });
    const x = store.get().x;
    let told = 0;
    store.subscribe(() => told++);
    store.set({ k: 3.4 });
    expect(store.get()).toEqual({ k: 3, x: [0.5, 0.5, 0], act: 'relu' });
    store.set({ k: 99 });
    expect(store.get().k).toBe(4);
    expect(store.get().x).toHaveLength(4);
    store.set({ act: 'evil' as 'relu', k: Number.NaN });
    expect(told).toBe(2);
    store.set({ x: [5, -5, 0, 0] });
    expect(store.get().x).toEqual([1, -1, 0, 0]);
    const before = store.get();
    store.set({ act: 'tanh' });
    expect(store.get().x).toBe(before.x);
    expect(x).toEqual([0.5, 0.5]);
  });

  it('tells observers (the page) after every subscriber (the view), and keeps notices beside the params', () => {
    const store = createParamsStore(schema, { k: 2, x: [0, 0], act: 'relu' }, ['first']);
    const order: string[] = [];
    store.observe(() => order.push('page'));
    store.subscribe(() => order.push('view'));
    store.set({ k: 1 });
    expect(order).toEqual(['view', 'page']);
    expect(store.notices.get().list).toEqual(['first']);
    store.replace({ k: 1, x: [1], act: 'tanh' }, ['second']);
    expect(store.notices.get().list).toEqual(['second']);
  });
});

describe('derive', () => {
  it('computes once per value of its source, however often it is read', () => {
    const store = createStore({ n: 1 });
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
      const store = createStore({ x: 1 });
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
