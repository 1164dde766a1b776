import { useCallback, useEffect, useRef, useState } from 'react';
import { createStore, type Store } from '../../params/store';
import { useSelect } from '../../ui/live';
import { runKey, type EngineKind } from './model';
import { createRunner, type Command, type Progress } from './runner';
import type { TrainerConfig } from './trainer';

/** The latest progress any run of one instance reported. */
export type ProgressStore = Store<{ latest: Progress | null }>;

interface Engine {
  kind: EngineKind;
  send: (command: Command) => void;
  dispose: () => void;
}

/** The main-thread engine: the runner's clock already trains in slices between frames. */
function mainEngine(onProgress: (p: Progress) => void): Engine {
  const runner = createRunner(onProgress);
  return { kind: 'main', send: runner.handle, dispose: runner.dispose };
}

/**
 * A worker engine, or the main-thread one when a worker cannot start: no
 * Worker at all, a page of another origin (the web component on a host page),
 * or a worker that fails before it says anything. Commands are replayed on the
 * fallback, so the run goes on.
 */
function createEngine(onProgress: (p: Progress) => void, onKind: (kind: EngineKind) => void): Engine {
  let worker: Worker | null = null;
  try {
    if (typeof Worker !== 'undefined') worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  if (!worker) {
    onKind('main');
    return mainEngine(onProgress);
  }
  let heard = false;
  let fallback: Engine | null = null;
  let lastReset: Command | null = null;
  let playing = false;
  const live = worker;
  live.onmessage = (event: MessageEvent<Progress>) => {
    heard = true;
    onProgress(event.data);
  };
  live.onerror = (event) => {
    if (heard || fallback) return;
    event.preventDefault();
    live.terminate();
    fallback = mainEngine(onProgress);
    onKind('main');
    if (lastReset) fallback.send({ ...lastReset, play: lastReset.type === 'reset' ? playing : false } as Command);
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

/**
 * The latest progress (a store, so readouts can follow it in place), the
 * current run's key, and the commands to drive it. The
 * engine (and its worker) starts only when the reader first asks for training,
 * so a figure that is only looked at costs no thread and no extra download.
 */
export function useTraining(config: TrainerConfig, pretrain: number, visible: boolean) {
  const key = runKey(config, pretrain);
  const [progress$] = useState((): ProgressStore => createStore<{ latest: Progress | null }>({ latest: null }));
  const [kind, setKind] = useState<EngineKind | null>(null);
  const engine = useRef<Engine | null>(null);
  /** Whether the reader wants it running (it still pauses off screen). */
  const [wanted, setWanted] = useState(false);
  const latest = useRef({ key, config, pretrain, wanted, visible });
  latest.current = { key, config, pretrain, wanted, visible };

  const resetCommand = (play: boolean, from = latest.current.pretrain): Command => ({
    type: 'reset',
    key: latest.current.key,
    config: latest.current.config,
    pretrain: from,
    play,
  });

  /** The engine, started (with the current run) on first use. */
  const ensure = useCallback((): Engine => {
    if (engine.current) return engine.current;
    const e = createEngine((latest) => progress$.set({ latest }), setKind);
    engine.current = e;
    e.send(resetCommand(false));
    return e;
  }, [progress$]);

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
  }, [key, pretrain, ensure]);

  // Off screen, nothing trains; back on screen, it goes on.
  useEffect(() => {
    if (wanted && visible) ensure().send({ type: 'play' });
    else engine.current?.send({ type: 'pause' });
  }, [wanted, visible, ensure]);

  const current = useSelect(progress$, ({ latest }) => (latest && latest.key === key ? latest : null));
  // A run that stopped by itself (at the last epoch) is no longer wanted.
  useEffect(() => {
    if (current && !current.playing && latest.current.wanted && latest.current.visible && current.snapshot.epoch > 0) setWanted(false);
  }, [current]);

  const play = useCallback(() => setWanted(true), []);
  const pause = useCallback(() => setWanted(false), []);
  const step = useCallback((epochs: number) => ensure().send({ type: 'step', epochs }), [ensure]);
  const reset = useCallback(() => {
    setWanted(false);
    engine.current?.send(resetCommand(false, 0));
  }, []);

  return { progress$, key, progress: current, playing: current?.playing ?? false, wanted, kind, play, pause, step, reset };
}
