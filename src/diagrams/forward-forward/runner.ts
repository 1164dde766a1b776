/**
 * Runs a training session on a clock and reports progress: the same code in
 * the Web Worker and, when no worker can start, on the main thread in small
 * slices. Commands in, progress messages out.
 *
 *   reset ──► paused ──play──► playing ──(tick: a few epochs, one message)──┐
 *               ▲  ◄──pause──     │  ▲───────────────────────────────────────┘
 *               └──── step n ─────┘  stops by itself at MAX_EPOCHS
 */
import { MAX_EPOCHS } from './schema';
import { createTrainer, snapshot, trainEpochs, type Snapshot, type Trainer, type TrainerConfig } from './trainer';

/** What the page asks of a run. `key` names the run, so late messages from an old one are ignored. */
export type Command =
  | { type: 'reset'; key: string; config: TrainerConfig; pretrain: number; play: boolean }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; epochs: number };

/** What a run reports after every tick or command. */
export interface Progress {
  type: 'progress';
  key: string;
  playing: boolean;
  /** Epochs trained per second of training time (both nets, curves included), or null before any. */
  rate: number | null;
  snapshot: Snapshot;
}

/** Epochs per tick and the pause between ticks: about 60 epochs a second on screen. */
export const EPOCHS_PER_TICK = 2;
export const TICK_MS = 33;

/** A run driven by commands; `post` receives its progress. It stops by itself after `maxEpochs`. */
export function createRunner(post: (progress: Progress) => void, maxEpochs = MAX_EPOCHS): { handle: (command: Command) => void; dispose: () => void } {
  let trainer: Trainer | null = null;
  let key = '';
  let playing = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let trainedEpochs = 0;
  let trainedMs = 0;

  const train = (t: Trainer, epochs: number) => {
    const n = Math.max(0, Math.min(epochs, maxEpochs - t.epoch));
    if (n === 0) return;
    const started = performance.now();
    trainEpochs(t, n);
    trainedMs += performance.now() - started;
    trainedEpochs += n;
  };
  const send = (t: Trainer) => {
    post({ type: 'progress', key, playing, rate: trainedMs > 0 ? (trainedEpochs * 1000) / trainedMs : null, snapshot: snapshot(t) });
  };
  const stopClock = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const tick = () => {
    timer = null;
    if (!trainer || !playing) return;
    train(trainer, EPOCHS_PER_TICK);
    if (trainer.epoch >= maxEpochs) playing = false;
    send(trainer);
    if (playing) timer = setTimeout(tick, TICK_MS);
  };
  const startClock = () => {
    if (timer === null && playing) timer = setTimeout(tick, TICK_MS);
  };

  return {
    handle(command) {
      switch (command.type) {
        case 'reset':
          stopClock();
          key = command.key;
          trainer = createTrainer(command.config);
          train(trainer, command.pretrain);
          playing = command.play && trainer.epoch < maxEpochs;
          send(trainer);
          startClock();
          break;
        case 'play':
          if (!trainer || trainer.epoch >= maxEpochs) return;
          playing = true;
          send(trainer);
          startClock();
          break;
        case 'pause':
          if (!trainer) return;
          playing = false;
          stopClock();
          send(trainer);
          break;
        case 'step':
          if (!trainer) return;
          train(trainer, command.epochs);
          send(trainer);
          break;
      }
    },
    dispose: stopClock,
  };
}
