/**
 * Runs a training session on a clock and reports progress: the same code in
 * a diagram's Web Worker and, when no worker can start, on the main thread
 * in small slices. Commands in, progress messages out. What is trained, and
 * what a snapshot of it holds, is the diagram's `Course`.
 *
 *   reset ──► paused ──play──► playing ──(tick: a few units, one message)──┐
 *               ▲  ◄──pause──     │  ▲──────────────────────────────────────┘
 *               └──── step n ─────┘  stops by itself at the course's end
 */

/** What a diagram trains: made from a config (possibly after loading data), trained in units (epochs, SGD steps), seen through snapshots safe to post between threads. */
export interface Course<C, T, S> {
  create(config: C): T | Promise<T>;
  /** Train `units` more, in place. */
  train(trainer: T, units: number): void;
  /** Units trained so far. */
  done(trainer: T): number;
  snapshot(trainer: T): S;
  /** Units in a whole run: it stops by itself there. */
  total(trainer: T): number;
  /** Units per tick while playing, and the pause between ticks. */
  perTick: number;
  tickMs: number;
}

/** What the page asks of a run. `key` names the run, so late messages from an old one are ignored. */
export type Command<C> =
  { type: 'reset'; key: string; config: C; pretrain: number; play: boolean } | { type: 'play' } | { type: 'pause' } | { type: 'step'; units: number };

/** What a run reports after every tick or command. */
export interface Progress<S> {
  type: 'progress';
  key: string;
  playing: boolean;
  /** Units trained per second of training time, or null before any. */
  rate: number | null;
  /** Whether the run has trained all its units. */
  finished: boolean;
  snapshot: S | null;
  /** Why the run could not start (its data did not load), in a sentence. */
  error?: string;
}

/** A run driven by commands; `post` receives its progress. */
export function createRunner<C, T, S>(
  course: Course<C, T, S>,
  post: (progress: Progress<S>) => void,
): { handle: (command: Command<C>) => void; dispose: () => void } {
  let trainer: T | null = null;
  let key = '';
  let playing = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let trainedUnits = 0;
  let trainedMs = 0;
  // Steps asked for while a run is still being made (its data loading): trained once it is.
  let pendingUnits = 0;

  const left = (t: T) => Math.max(0, course.total(t) - course.done(t));
  const train = (t: T, units: number) => {
    const n = Math.max(0, Math.min(units, left(t)));
    if (n === 0) return;
    const started = performance.now();
    course.train(t, n);
    trainedMs += performance.now() - started;
    trainedUnits += n;
  };
  const send = (t: T) => {
    post({
      type: 'progress',
      key,
      playing,
      rate: trainedMs > 0 ? (trainedUnits * 1000) / trainedMs : null,
      finished: left(t) === 0,
      snapshot: course.snapshot(t),
    });
  };
  const stopClock = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const tick = () => {
    timer = null;
    if (!trainer || !playing) return;
    train(trainer, course.perTick);
    if (left(trainer) === 0) playing = false;
    send(trainer);
    if (playing) timer = setTimeout(tick, course.tickMs);
  };
  const startClock = () => {
    if (timer === null && playing) timer = setTimeout(tick, course.tickMs);
  };
  const begin = (command: Extract<Command<C>, { type: 'reset' }>, t: T) => {
    if (command.key !== key) return;
    trainer = t;
    train(t, command.pretrain + pendingUnits);
    pendingUnits = 0;
    // Play and pause that came while it was being made count.
    playing = playing && left(t) > 0;
    send(t);
    startClock();
  };

  return {
    handle(command) {
      switch (command.type) {
        case 'reset': {
          stopClock();
          key = command.key;
          trainer = null;
          trainedUnits = 0;
          trainedMs = 0;
          pendingUnits = 0;
          playing = command.play;
          let made: T | Promise<T>;
          try {
            made = course.create(command.config);
          } catch (error) {
            post({ type: 'progress', key, playing: false, rate: null, finished: false, snapshot: null, error: String((error as Error).message ?? error) });
            return;
          }
          if (made instanceof Promise)
            made.then(
              (t) => begin(command, t),
              (error: unknown) => {
                if (command.key === key)
                  post({
                    type: 'progress',
                    key,
                    playing: false,
                    rate: null,
                    finished: false,
                    snapshot: null,
                    error: String((error as Error)?.message ?? error),
                  });
              },
            );
          else begin(command, made);
          break;
        }
        case 'play':
          if (!trainer) playing = true;
          if (!trainer || left(trainer) === 0) return;
          playing = true;
          send(trainer);
          startClock();
          break;
        case 'pause':
          if (!trainer) playing = false;
          if (!trainer) return;
          playing = false;
          stopClock();
          send(trainer);
          break;
        case 'step':
          if (!trainer) pendingUnits += command.units;
          if (!trainer) return;
          train(trainer, command.units);
          send(trainer);
          break;
      }
    },
    dispose: stopClock,
  };
}
