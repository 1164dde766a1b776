import { useCallback, useEffect, useRef, useState } from 'react';
import type { DiagramViewProps } from '../types';
import { Announce } from '../../ui/Announce';
import { Choice } from '../../ui/Choice';
import { useAnimationLoop } from '../../ui/useAnimationLoop';
import { useReducedMotion } from '../../ui/useReducedMotion';
import { DendriticPanel } from './DendriticPanel';
import { Legend } from './Marks';
import { LinearPanel, type LearnState } from './LinearPanel';
import { epochScore, learnStep, linearModel, POINTS } from './model';
import { RUN_EPOCHS } from './layout';
import { MODES, xorSchema, type XorParams } from './schema';

/** Time per perceptron step (one point) while the rule runs. */
const STEP_MS = 200;
const IDLE: LearnState = { steps: 0, scores: [], active: null, target: 0 };

/** The XOR figure: a linear-threshold unit that cannot solve XOR, and a dendritic unit that can. */
export function XorView({ params, set, uid }: DiagramViewProps<XorParams>) {
  const reduced = useReducedMotion();
  const [learn, setLearn] = useState<LearnState>(IDLE);
  const running = !reduced && learn.scores.length < learn.target;
  const rootRef = useRef<HTMLDivElement>(null);

  // Weights the rule itself wrote; any other change of w (a reader, a scene) starts the history afresh.
  const written = useRef<string | null>(null);
  const key = `${params.w1},${params.w2},${params.b}`;
  useEffect(() => {
    if (written.current !== null && written.current !== key) {
      written.current = null;
      setLearn(IDLE);
    }
  }, [key]);

  const latest = useRef(params);
  latest.current = params;
  const learnRef = useRef(learn);
  learnRef.current = learn;

  /** Apply `count` perceptron steps from the current weights. */
  const advance = useCallback(
    (count: number, showActive: boolean) => {
      let { w1, w2, b } = latest.current;
      let state = learnRef.current;
      for (let i = 0; i < count; i++) {
        const next = learnStep(w1, w2, b, state.steps);
        ({ w1, w2, b } = next);
        const steps = state.steps + 1;
        const scores = steps % POINTS.length === 0 ? [...state.scores, epochScore(w1, w2, b)] : state.scores;
        state = { ...state, steps, scores, active: showActive ? next.index : null };
      }
      if (!showActive || state.scores.length >= state.target) state = { ...state, active: null };
      written.current = `${w1},${w2},${b}`;
      latest.current = { ...latest.current, w1, w2, b };
      learnRef.current = state;
      setLearn(state);
      set({ w1, w2, b });
    },
    [set],
  );

  const elapsed = useRef(0);
  useAnimationLoop(rootRef, running, (dt) => {
    elapsed.current += dt;
    if (elapsed.current < STEP_MS) return;
    elapsed.current = 0;
    advance(1, true);
  });

  const onLearn = useCallback(() => {
    if (reduced) {
      // One press, one whole epoch: a discrete before/after step instead of motion.
      const done = learnRef.current.scores.length;
      learnRef.current = { ...learnRef.current, target: done + 1, steps: done * POINTS.length };
      advance(POINTS.length, false);
      return;
    }
    if (running) {
      // Finish the epoch in progress, so every recorded score is a whole epoch's.
      setLearn((old) => ({ ...old, target: Math.ceil(old.steps / POINTS.length) }));
      return;
    }
    elapsed.current = STEP_MS;
    setLearn((old) => ({ ...old, target: old.scores.length + RUN_EPOCHS }));
  }, [advance, reduced, running]);

  const onWeights = useCallback((patch: Partial<XorParams>) => set(patch), [set]);

  const showLinear = params.mode !== 'dendritic';
  const showDendritic = params.mode !== 'linear';
  const model = linearModel(params.w1, params.w2, params.b);
  const epochs = learn.scores.length;
  const summary = [
    showLinear ? `Linear unit: ${model.correct} of 4 right.` : '',
    showLinear && epochs && !running ? `After ${epochs} epochs of the perceptron rule the best was ${Math.max(...learn.scores)} of 4.` : '',
    showDendritic ? 'Dendritic unit: 4 of 4 right.' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div ref={rootRef} className={`xor xor--${params.mode}`}>
      <Choice
        label={xorSchema.fields.mode.label}
        value={params.mode}
        choices={MODES}
        labels={xorSchema.fields.mode.choiceLabels}
        onChange={(mode) => set({ mode })}
      />
      <Legend />
      <div className="xor-panels">
        {showLinear && <LinearPanel params={params} onWeights={onWeights} learn={learn} running={running} reduced={reduced} onLearn={onLearn} uid={uid} />}
        {showDendritic && <DendriticPanel uid={uid} />}
      </div>
      <Announce text={summary} />
    </div>
  );
}
