import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
// @ts-expect-error: plain ESM script without types
import { inputThread, inputWork, percentile, summarizeInputWork, traceEventsOf } from '../../../scripts/inputWork.mjs';

interface Work {
  at: number;
  windowMs: number;
  busyMs: number;
  workMs: number;
  committed: boolean;
  shared: boolean;
}

const CAT = 'disabled-by-default-devtools.timeline';
const meta = (pid: number, tid: number, name: string) => ({ name: 'thread_name', ph: 'M', pid, tid, cat: '__metadata', args: { name } });
const task = (ts: number, dur: number, tdur = dur, tid = 2) => ({ name: 'RunTask', cat: CAT, ph: 'X', pid: 1, tid, ts, dur, tdur });
const input = (ts: number, dur = 100, tid = 2) => ({
  name: 'EventDispatch',
  cat: 'devtools.timeline',
  ph: 'X',
  pid: 1,
  tid,
  ts,
  dur,
  args: { data: { type: 'input' } },
});
const commit = (ts: number, dur: number) => ({ name: 'Commit', cat: CAT, ph: 'X', pid: 1, tid: 2, ts, dur });

describe('inputWork: the main thread work per input, from a trace', () => {
  // One input per frame, times in µs. Frame 1: the input's task 0–2000, an idle gap, a frame task 5000–7000
  // whose commit ends at 6900; a task after the commit (8000) is not counted.
  // Frame 2: the input's own task commits inside it (10000–13000, commit 12000–12500), so the window ends
  // mid-task and the task after it (12800) is out; that task's thread time is half its wall time.
  // Frame 3: an input that changed nothing: no commit before the next input, so its window is its own task.
  // Frame 4: two inputs in one task share its frame.
  const events = [
    meta(1, 2, 'CrRendererMain'),
    meta(1, 9, 'CrRendererMain'),
    meta(1, 3, 'Compositor'),
    task(0, 2000),
    input(500),
    task(5000, 2000),
    commit(6500, 400),
    task(8000, 1000),
    task(10000, 3000, 1500),
    input(10500),
    commit(12000, 500),
    task(12800, 1000),
    task(20000, 1000),
    input(20200),
    task(30000, 4000),
    input(30100),
    input(30300),
    commit(33000, 500),
    // Another renderer's main thread with a single input, and a compositor task: both ignored.
    task(500, 9000, 9000, 9),
    input(600, 100, 9),
    task(0, 50000, 50000, 3),
  ];

  it('finds the renderer main thread that dispatched the inputs', () => {
    expect(inputThread(events)).toEqual({ pid: 1, tid: 2 });
    expect(inputThread([task(0, 10)])).toBeUndefined();
  });

  it('sums the tasks inside each window, from the input’s task to the end of the next commit', () => {
    const work = inputWork(events) as Work[];
    expect(work.map((w) => w.at)).toEqual([500, 10500, 20200, 30100, 30300]);
    // Frame 1: 0–6900; tasks 0–2000 and 5000–6900 inside it: 2000 + 1900 µs, not the idle gap.
    expect(work[0]).toMatchObject({ windowMs: 6.9, busyMs: 3.9, workMs: 3.9, committed: true, shared: false });
    // Frame 2: 10000–12500: 2500 µs of a task whose thread time is half its wall time.
    expect(work[1]).toMatchObject({ windowMs: 2.5, busyMs: 2.5, workMs: 1.25, committed: true });
    // Frame 3: no commit: just its own task.
    expect(work[2]).toMatchObject({ windowMs: 1, busyMs: 1, workMs: 1, committed: false });
    // Frame 4: 30000–33500 once, for the first of the two inputs of that task.
    expect(work[3]).toMatchObject({ windowMs: 3.5, busyMs: 3.5, workMs: 3.5, committed: true, shared: false });
    expect(work[4]).toMatchObject({ workMs: 0, shared: true });
  });

  it('summarises inputs that had a frame of their own', () => {
    const summary = summarizeInputWork(inputWork(events));
    expect(summary).toEqual({ inputs: 4, p50: 1.25, p95: 3.9, max: 3.9, busyP95: 3.9 });
  });

  it('takes the wall time when a trace has no thread times', () => {
    const noThreadTime = events.map((e) => Object.fromEntries(Object.entries(e).filter(([key]) => key !== 'tdur')));
    expect((inputWork(noThreadTime) as Work[])[1]!.workMs).toBe(2.5);
  });

  it('reads a trace object or a bare array, and refuses anything else', () => {
    expect(traceEventsOf({ traceEvents: events })).toBe(events);
    expect(traceEventsOf(events)).toBe(events);
    expect(() => traceEventsOf({ nothing: true })).toThrow(TypeError);
    expect(inputWork([])).toEqual([]);
  });

  it('takes nearest-rank percentiles', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile([3, 1, 2], 100)).toBe(3);
    expect(percentile([], 50)).toBeNaN();
  });

  it('measures a trace Chromium recorded of a real scrub (dendrite-sum, nine inputs)', () => {
    const trace = JSON.parse(readFileSync(new URL('./fixtures/scrub-trace.json', import.meta.url), 'utf8'));
    const work = inputWork(trace) as Work[];
    expect(work).toHaveLength(9);
    expect(work.every((w) => w.committed && !w.shared)).toBe(true);
    // Each window's work is at most the wall time its tasks ran, which is at most the window.
    for (const w of work) {
      expect(w.workMs).toBeGreaterThan(0);
      expect(w.workMs).toBeLessThanOrEqual(w.busyMs + 1e-9);
      expect(w.busyMs).toBeLessThanOrEqual(w.windowMs + 1e-9);
    }
    // The same sums done by hand: the window starts with the input's own task and ends at the first commit
    // after the input (inside that task, as Chromium dispatches a dragged slider's input in the frame itself),
    // and each task counts its thread time in proportion to the part of it inside the window.
    const events = trace.traceEvents as { name: string; cat: string; tid: number; ts: number; dur: number; tdur: number }[];
    const thread = inputThread(events).tid;
    const mine = events.filter((e) => e.tid === thread);
    const tasks = mine.filter((e) => e.name === 'RunTask' && e.cat === CAT);
    const commits = mine.filter((e) => e.name === 'Commit').sort((a, b) => a.ts - b.ts);
    for (const w of work) {
      const own = tasks.find((t) => t.ts <= w.at && w.at <= t.ts + t.dur)!;
      const commit = commits.find((c) => c.ts >= w.at)!;
      const end = commit.ts + commit.dur;
      expect(w.windowMs).toBeCloseTo((end - own.ts) / 1000, 9);
      const share = (t: { ts: number; dur: number; tdur: number }) => (t.tdur * Math.max(0, Math.min(t.ts + t.dur, end) - Math.max(t.ts, own.ts))) / t.dur;
      expect(w.workMs).toBeCloseTo(tasks.reduce((sum, t) => sum + share(t), 0) / 1000, 6);
    }
    expect(summarizeInputWork(work).inputs).toBe(9);
  });
});
