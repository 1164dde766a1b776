/**
 * A diagram's training run, seen from the page: the engine (a Web Worker, or
 * the main thread when no worker can start) starts only when the reader
 * first asks for training, or when a scene wants a trained state; its
 * progress is a store, so readouts follow it in place.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createStore, type Store } from '../../params/store';
import { useSelect } from '../live';
import { createRunner, type Command, type Course, type Progress } from './runner';

/** Where training runs: a Web Worker, or the page's own thread in small slices. */
export type EngineKind = 'worker' | 'main';

/** The sentence that says where training runs (nothing until it has started). */
export function engineNote(kind: EngineKind | null): string {
  return kind === 'worker'
    ? 'Training runs in a background thread, so the page stays smooth.'
    : kind === 'main'
      ? 'Training runs in short slices on this page’s own thread.'
      : '';
}

/** The latest progress any run of one instance reported. */
export type ProgressStore<S> = Store<{ latest: Progress<S> | null }>;

interface Engine<C> {
  kind: EngineKind;
  send: (command: Command<C>) => void;
  dispose: () => void;
}

/** The main-thread engine: the runner's clock already trains in slices between frames. */
function mainEngine<C, S>(course: Course<C, unknown, S>, onProgress: (p: Progress<S>) => void): Engine<C> {
  const runner = createRunner(course, onProgress);
  return { kind: 'main', send: runner.handle, dispose: runner.dispose };
}

/**
 * A worker engine, or the main-thread one when a worker cannot start: no
 * Worker at all, a page of another origin (the web component on a host page),
 * or a worker that fails before it says anything. Commands are replayed on the
 * fallback, so the run goes on.
 */
function createEngine<C, S>(
  makeWorker: () => Worker,
  course: Course<C, unknown, S>,
  onProgress: (p: Progress<S>) => void,
  onKind: (kind: EngineKind) => void,
): Engine<C> {
  let worker: Worker | null = null;
  try {
    if (typeof Worker !== 'undefined') worker = makeWorker();
  } catch {
    worker = null;
  }
  if (!worker) {
    onKind('main');
    return mainEngine(course, onProgress);
  }
  let heard = false;
  let fallback: Engine<C> | null = null;
  let lastReset: Extract<Command<C>, { type: 'reset' }> | null = null;
  let playing = false;
  const live = worker;
  live.onmessage = (event: MessageEvent<Progress<S>>) => {
    heard = true;
    onProgress(event.data);
  };
  live.onerror = (event) => {
    if (heard || fallback) return;
    event.preventDefault();
    live.terminate();
    fallback = mainEngine(course, onProgress);
    onKind('main');
    if (lastReset) fallback.send({ ...lastReset, play: playing });
  };
  onKind('worker');
  return {
    kind: 'worker',
    send(command) {
      if (command.type === 'reset') {
        lastReset = command;
        playing = command.play;
      } else if (command.type === 'play') playing = true;
      else if (command.type === 'pause') playing = false;
      if (fallback) fallback.send(command);
      else live.postMessage(command);
    },
    dispose() {
      fallback?.dispose();
      live.terminate();
    },
  };
}

export interface TrainingOptions<C, S> {
  /** Names the run: a new key starts a fresh one. */
  key: string;
  config: C;
  /** Units trained at once on reset, before anything is shown. */
  pretrain: number;
  /** Whether the figure is on screen: off screen, nothing trains. */
  visible: boolean;
  course: Course<C, unknown, S>;
  /** The diagram's worker (`new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`). */
  makeWorker: () => Worker;
}

/** The latest progress of the current run (a store, and its value), and the commands to drive it. */
export function useTraining<C, S>({ key, config, pretrain, visible, course, makeWorker }: TrainingOptions<C, S>) {
  const [progress$] = useState((): ProgressStore<S> => createStore<{ latest: Progress<S> | null }>({ latest: null }));
  const [kind, setKind] = useState<EngineKind | null>(null);
  const engine = useRef<Engine<C> | null>(null);
  /** Whether the reader wants it running (it still pauses off screen). */
  const [wanted, setWanted] = useState(false);
  const latest = useRef({ key, config, pretrain, wanted, visible, course, makeWorker });
  latest.current = { key, config, pretrain, wanted, visible, course, makeWorker };

  // Reads the latest settings through the ref, so it never changes.
  const resetCommand = useCallback(
    (play: boolean, from = latest.current.pretrain): Command<C> => ({
      type: 'reset',
      key: latest.current.key,
      config: latest.current.config,
      pretrain: from,
      play,
    }),
    [],
  );

  /** The engine, started (with the current run) on first use. */
  const ensure = useCallback((): Engine<C> => {
    if (engine.current) return engine.current;
    const e = createEngine(latest.current.makeWorker, latest.current.course, (latest) => progress$.set({ latest }), setKind);
    engine.current = e;
    e.send(resetCommand(false));
    return e;
  }, [progress$, resetCommand]);

  useEffect(
    () => () => {
      engine.current?.dispose();
      engine.current = null;
    },
    [],
  );

  // A new setting starts a fresh run (playing on if it was); a pre-trained scene starts the engine.
  useEffect(() => {
    if (engine.current) engine.current.send(resetCommand(latest.current.wanted && latest.current.visible));
    else if (pretrain > 0) ensure();
  }, [key, pretrain, ensure, resetCommand]);

  // Off screen, nothing trains; back on screen, it goes on.
  useEffect(() => {
    if (wanted && visible) ensure().send({ type: 'play' });
    else engine.current?.send({ type: 'pause' });
  }, [wanted, visible, ensure]);

  const current = useSelect(progress$, ({ latest }) => (latest && latest.key === key ? latest : null));
  // A run that stopped by itself (at its end) is no longer wanted.
  useEffect(() => {
    if (current && current.finished && !current.playing && latest.current.wanted && latest.current.visible) setWanted(false);
  }, [current]);

  const play = useCallback(() => setWanted(true), []);
  const pause = useCallback(() => setWanted(false), []);
  const step = useCallback((units: number) => ensure().send({ type: 'step', units }), [ensure]);
  const reset = useCallback(() => {
    setWanted(false);
    engine.current?.send(resetCommand(false, 0));
  }, [resetCommand]);

  return { progress$, key, progress: current, playing: current?.playing ?? false, wanted, kind, play, pause, step, reset };
}
