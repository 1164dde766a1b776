import { useCallback, useEffect, useRef, useState } from 'react';
import type { DiagramViewProps } from '../types';
import { createStore } from '../../params/store';
import { useParams, useSelect } from '../../ui/live';
import { Announce, Choice } from '../../ui/controls';
import { useAnimationLoop } from '../../ui/useAnimationLoop';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { DendriticPanel } from './DendriticPanel';
import { Legend } from './Marks';
import { LinearPanel } from './LinearPanel';
import { epochScore, IDLE, learnStep, paramsLinearModel, POINTS, summary, type LearnState } from './model';
import { RUN_EPOCHS } from './layout';
import type { XorParams } from './schema';

/** Time per perceptron step (one point) while the rule runs. */
const STEP_MS = 200;
const weightsKey = ({ w1, w2, b }: Pick<XorParams, 'w1' | 'w2' | 'b'>) => `${w1},${w2},${b}`;

/** The XOR figure: a linear-threshold unit that cannot solve XOR, and a dendritic unit that can. */
export function XorView({ store, uid }: DiagramViewProps<XorParams>) {
  const reduced = useReducedMotion();
  // The perceptron run is the view's own state: a store, so its readout writes itself (src/params/store.ts).
  const [learn$] = useState(() => createStore<LearnState>(IDLE));
  const learn = useParams(learn$);
  const running = !reduced && learn.scores.length < learn.target;
  const rootRef = useRef<HTMLDivElement>(null);
  const mode = useSelect(store, (p) => p.mode);

  // Weights the rule itself wrote; any other change of w (a reader, a scene) starts the history afresh.
  const written = useRef<string | null>(null);
  const key = useSelect(store, weightsKey);
  useEffect(() => {
    if (written.current !== null && written.current !== key) {
      written.current = null;
      learn$.replace(IDLE);
    }
  }, [key, learn$]);

  /** Apply `count` perceptron steps from the current weights. */
  const advance = useCallback(
    (count: number, showActive: boolean, from: LearnState = learn$.get()) => {
      let { w1, w2, b } = store.get();
      let state = from;
      for (let i = 0; i < count; i++) {
        const next = learnStep(w1, w2, b, state.steps);
        ({ w1, w2, b } = next);
        const steps = state.steps + 1;
        const scores = steps % POINTS.length === 0 ? [...state.scores, epochScore(w1, w2, b)] : state.scores;
        state = { ...state, steps, scores, active: showActive ? next.index : null };
      }
      if (!showActive || state.scores.length >= state.target) state = { ...state, active: null };
      written.current = weightsKey({ w1, w2, b });
      learn$.replace(state);
      store.set({ w1, w2, b });
    },
    [store, learn$],
  );

  const elapsed = useRef(0);
  useAnimationLoop(rootRef, running, (dt) => {
    elapsed.current += dt;
    if (elapsed.current < STEP_MS) return;
    elapsed.current = 0;
    advance(1, true);
  });

  const onLearn = useCallback(() => {
    const old = learn$.get();
    if (reduced) {
      // One press, one whole epoch: a discrete before/after step instead of motion.
      const done = old.scores.length;
      advance(POINTS.length, false, { ...old, target: done + 1, steps: done * POINTS.length });
      return;
    }
    if (running) {
      // Finish the epoch in progress, so every recorded score is a whole epoch's.
      learn$.set({ target: Math.ceil(old.steps / POINTS.length) });
      return;
    }
    elapsed.current = STEP_MS;
    learn$.set({ target: old.scores.length + RUN_EPOCHS });
  }, [advance, learn$, reduced, running]);

  return (
    <div ref={rootRef} className={`xor xor--${mode}`}>
      <Choice field="mode" />
      <Legend />
      <div className="xor-panels">
        {mode !== 'dendritic' && <LinearPanel store={store} learn={learn} learn$={learn$} running={running} reduced={reduced} onLearn={onLearn} uid={uid} />}
        {mode !== 'linear' && <DendriticPanel uid={uid} />}
      </div>
      <Announce text={(p: XorParams) => summary(p.mode, paramsLinearModel(p), learn.scores, running)} />
    </div>
  );
}
