/**
 * Words and numbers for the forward-forward figure, from a training snapshot.
 */
import { fmt, fmtSigned } from '../../chart/format';
import type { ReadoutText } from '../../ui/controls';
import type { Progress } from '../../ui/training/runner';
import { MAX_EPOCHS, type ForwardForwardParams } from './schema';
import { createTrainer, snapshot, type Snapshot, type TrainerConfig } from './trainer';

/** The run's settings from the params. */
export function configOf(params: ForwardForwardParams): TrainerConfig {
  return { data: params.data, seed: params.seed, bplr: params.bplr, fflr: params.fflr };
}

/** The run a set of params asks for, as one string: progress of any other run is stale. */
export function runKey(config: TrainerConfig, pretrain: number): string {
  return `${config.data}|${config.seed}|${config.bplr}|${config.fflr}|${pretrain}`;
}

/** The untrained state (learning rates play no part in it): what the server draws, and what shows until the first message from the run. */
export function initialState(data: TrainerConfig['data'], seed: number): { snapshot: Snapshot; points: ReturnType<typeof createTrainer>['points'] } {
  const trainer = createTrainer({ data, seed, bplr: 0, fflr: 0 });
  return { snapshot: snapshot(trainer), points: trainer.points };
}

/** "94 %". */
export const percent = (fraction: number): string => `${Math.round(fraction * 100)} %`;

/** Readout texts. */
export function readoutTexts(s: Snapshot) {
  const loss = s.bpLoss[s.bpLoss.length - 1] ?? 0;
  const gap = s.ffGap[s.ffGap.length - 1] ?? 0;
  return {
    epoch: `${s.epoch} of ${MAX_EPOCHS}`,
    epochContext: s.epoch >= MAX_EPOCHS ? 'finished' : undefined,
    bpAccuracy: percent(s.bpAccuracy),
    ffAccuracy: percent(s.ffAccuracy),
    bpLoss: fmt(loss, 3),
    ffGap: fmtSigned(gap, 2),
    gapContext: gap > 0 ? 'correct labels light the layers more than wrong ones' : 'wrong labels light the layers as much as correct ones, or more',
  };
}

/** One settled sentence for screen readers. */
export function summary(s: Snapshot): string {
  const t = readoutTexts(s);
  return `Epoch ${t.epoch}: backpropagation classifies ${t.bpAccuracy} of the points right, forward–forward ${t.ffAccuracy}; goodness gap ${t.ffGap}.`;
}

/** What the picture shows now, in words. */
export function explain(s: Snapshot, rateNote: string): string {
  if (s.epoch === 0)
    return `Both nets start from random weights drawn from the same seed, so their regions are arbitrary and the curves have one point. Press Play to train both on the same data, one full-batch update per epoch. ${rateNote}`;
  const lead =
    s.bpAccuracy > s.ffAccuracy + 0.02
      ? 'Backpropagation is ahead: its error signal reaches every weight exactly.'
      : s.ffAccuracy > s.bpAccuracy + 0.02
        ? 'Forward–forward is ahead for now.'
        : 'The two are level.';
  const done = s.epoch >= MAX_EPOCHS ? ` The run stopped at epoch ${MAX_EPOCHS}; Reset starts it again.` : '';
  return `${lead} Forward–forward never sends an error backwards: each layer only learns to give correct-label inputs more goodness than wrong-label ones, and that gap (${fmtSigned(s.ffGap[s.ffGap.length - 1] ?? 0, 2)}) is all it optimises.${done} ${rateNote}`;
}

/** What the figure shows of the current run: its latest snapshot (the untrained one until the run reports), and its readouts' texts. */
export interface RunShown {
  snap: Snapshot;
  texts: ReturnType<typeof readoutTexts>;
  /** A pre-trained run that has not reported yet, and how many epochs it trains first. */
  waiting: boolean;
  pretrain: number;
  playing: boolean;
  /** Epochs per second, once known. */
  rate: number | null;
}

/** What the figure shows for the latest progress of any run, given the current run's key, its untrained snapshot and its pretraining. */
export function runShownFor(key: string, initial: Snapshot, pretrain: number): (state: { latest: Progress<Snapshot> | null }) => RunShown {
  return ({ latest }) => {
    const current = latest && latest.key === key ? latest : null;
    const snap = current?.snapshot ?? initial;
    return { snap, texts: readoutTexts(snap), waiting: pretrain > 0 && !current, pretrain, playing: current?.playing ?? false, rate: current?.rate ?? null };
  };
}

/** The `epoch` readout: "120 of 600", "finished" at the end, or the pretraining under way. */
export const epochReadout = ({ texts, waiting, pretrain }: RunShown): ReadoutText => ({
  value: texts.epoch,
  context: waiting ? `training ${pretrain} epochs…` : texts.epochContext,
});
export const bpAccuracyReadout = ({ texts }: RunShown): ReadoutText => texts.bpAccuracy;
export const bpLossReadout = ({ texts }: RunShown): ReadoutText => texts.bpLoss;
export const ffAccuracyReadout = ({ texts }: RunShown): ReadoutText => texts.ffAccuracy;
export const ffGapReadout = ({ texts }: RunShown): ReadoutText => texts.ffGap;

/** What a screen reader is told: the settled summary, and nothing while the run plays. */
export const announcement = ({ snap, playing }: RunShown): string => (playing ? '' : summary(snap));
