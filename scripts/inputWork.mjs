/**
 * The main thread's work per input event, from a Chrome trace (CDP Tracing
 * with the devtools.timeline categories). Pure arithmetic on the trace's
 * events, so it is unit-tested on a recorded fixture without a browser.
 *
 * For each `input` event the page dispatched, the window runs from the start
 * of the main-thread task that dispatched it to the end of the first
 * `Commit` after it (the frame that shows the change; script, style, layout,
 * paint and layerize come before the commit in that frame). The work is the
 * time main-thread tasks ran inside that window, so idle gaps between tasks
 * (waiting for the next vsync) do not count, and a window never reaches
 * into the next input's task.
 *
 * Why this and not wall-clock input-to-frame: on a shared 2-core VM with
 * software compositing, frame timing flaps by several milliseconds between
 * identical runs; the work a frame took moves by tenths.
 */

/** Trace event names this module reads. */
const TASK = 'RunTask';
const TASK_CATEGORY = 'disabled-by-default-devtools.timeline';
const DISPATCH = 'EventDispatch';
const COMMIT = 'Commit';

/** The events of a trace, whether it is `{ traceEvents: [...] }` or a bare array. */
export function traceEventsOf(trace) {
  const events = Array.isArray(trace) ? trace : trace?.traceEvents;
  if (!Array.isArray(events)) throw new TypeError('not a Chrome trace: expected an array of events or { traceEvents }');
  return events;
}

const isInput = (e) => e.name === DISPATCH && e.ph === 'X' && e.args?.data?.type === 'input';

/**
 * The renderer main thread that dispatched the page's input events: among
 * threads named CrRendererMain, the one with the most. Returns `{ pid, tid }`,
 * or undefined when no thread dispatched an input.
 */
export function inputThread(events) {
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const counts = new Map();
  for (const e of events) {
    if (!isInput(e)) continue;
    const key = `${e.pid}:${e.tid}`;
    if (mains.size && !mains.has(key)) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best;
  for (const [key, count] of counts) if (!best || count > best.count) best = { key, count };
  if (!best) return undefined;
  const [pid, tid] = best.key.split(':').map(Number);
  return { pid, tid };
}

/**
 * What the tasks did inside [from, to] (µs; tasks sorted by start): `wall`,
 * the time they ran, and `cpu`, the thread time they used (a task cut by
 * the window counts in proportion). Thread time is the work itself: when
 * another process takes the core mid-task, the wall time grows and it does not.
 */
function busyWithin(tasks, from, to) {
  let wall = 0;
  let cpu = 0;
  for (const task of tasks) {
    if (task.ts >= to) break;
    const end = task.ts + task.dur;
    if (end <= from) continue;
    const inside = Math.min(end, to) - Math.max(task.ts, from);
    wall += inside;
    cpu += task.dur > 0 ? (typeof task.tdur === 'number' ? task.tdur : task.dur) * (inside / task.dur) : 0;
  }
  return { wall, cpu };
}

/**
 * Per input event on the input thread, in dispatch order: `{ at, windowMs,
 * busyMs, workMs, committed, shared }` — when it was dispatched (trace µs),
 * how long its window lasted, the wall time main-thread tasks ran inside it,
 * the thread (CPU) time they used there (the work; the wall time when the
 * trace has no thread times), whether a commit closed it (false: the input
 * changed nothing that needed a frame, and the window is just its own task),
 * and whether an earlier input of the same task already counted its frame.
 */
export function inputWork(trace) {
  const events = traceEventsOf(trace);
  const thread = inputThread(events);
  if (!thread) return [];
  const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && typeof e.ts === 'number' && typeof e.dur === 'number');
  const tasks = mine.filter((e) => e.name === TASK && e.cat.split(',').includes(TASK_CATEGORY)).sort((a, b) => a.ts - b.ts);
  const commits = mine.filter((e) => e.name === COMMIT && e.cat.split(',').includes(TASK_CATEGORY)).sort((a, b) => a.ts - b.ts);
  const inputs = mine.filter(isInput).sort((a, b) => a.ts - b.ts);
  const taskAt = (ts) => tasks.find((t) => t.ts <= ts && ts <= t.ts + t.dur);

  const starts = inputs.map((input) => taskAt(input.ts)?.ts ?? input.ts);
  return inputs.map((input, i) => {
    const from = starts[i];
    const own = taskAt(input.ts);
    const ownEnd = own ? own.ts + own.dur : input.ts + input.dur;
    // Inputs dispatched by the same task share its frame: count that frame once, for the first of them.
    if (i > 0 && starts[i - 1] === from) return { at: input.ts, windowMs: 0, busyMs: 0, workMs: 0, committed: false, shared: true };
    const next = starts.slice(i + 1).find((s) => s !== from) ?? Infinity;
    const commit = commits.find((c) => c.ts >= input.ts && c.ts < next);
    const to = commit ? commit.ts + commit.dur : Math.min(ownEnd, next);
    const { wall, cpu } = busyWithin(tasks, from, to);
    return { at: input.ts, windowMs: (to - from) / 1000, busyMs: wall / 1000, workMs: cpu / 1000, committed: Boolean(commit), shared: false };
  });
}

/** The value at percentile p (0–100) of a list, nearest-rank; NaN for an empty list. */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * p50, p95 and max of the work per input (ms), over inputs that had a frame
 * of their own, and the p95 of the wall time the same tasks took (`busyP95`).
 */
export function summarizeInputWork(perInput) {
  const own = perInput.filter((w) => !w.shared);
  const work = own.map((w) => w.workMs);
  return {
    inputs: own.length,
    p50: percentile(work, 50),
    p95: percentile(work, 95),
    max: work.length ? Math.max(...work) : NaN,
    busyP95: percentile(
      own.map((w) => w.busyMs),
      95,
    ),
  };
}
