import { useCallback, useMemo, useRef } from 'react';
import type { ParamsStore, Source } from '../../params/store';
import { palette } from '../../ui/palette';
import { useDerived, useParams } from '../../ui/live';
import { Readout, Slider } from '../../ui/controls';
import { usePointerDrag } from '../../ui/usePointerDrag';
import { Axes, PointMark } from './Marks';
import { ScoreChart } from './ScoreChart';
import { epochsReadout, explainLearning, explainLinear, linearFormula, paramsLinearModel, pointName, scoreReadout, snapWeight, type LearnState } from './model';
import { linearGeometry, moveLineThrough, PLOT, toScreen, turnLine, UNIT, xScale, yScale, type Vec } from './layout';
import type { XorParams } from './schema';

interface LinearPanelProps {
  store: ParamsStore<XorParams>;
  /** The perceptron run so far (the view's own state), and its source for the readout. */
  learn: LearnState;
  learn$: Source<LearnState>;
  running: boolean;
  reduced: boolean;
  onLearn: () => void;
  uid: string;
}

/** The linear-threshold unit: the plane, its line with two drag handles, the sliders and the perceptron button. */
export function LinearPanel({ store, learn, learn$, running, reduced, onLearn, uid }: LinearPanelProps) {
  const { w1, w2, b } = useParams(store);
  const model$ = useDerived(store, paramsLinearModel);
  const model = useParams(model$);
  const geometry = useMemo(() => linearGeometry(w1, w2, b), [w1, w2, b]);
  const svgRef = useRef<SVGSVGElement>(null);
  const latest = useRef({ w1, w2, b, geometry });
  latest.current = { w1, w2, b, geometry };
  // A reader's own change of the weights (ends any run: the view sees weights the rule did not write).
  const onWeights = useCallback((patch: Partial<XorParams>) => store.set(patch), [store]);

  // Pixels to data units: read the drawing's size once, when a drag starts.
  const startDrag = useCallback(() => {
    const rect = svgRef.current?.getBoundingClientRect();
    const perPixel = rect && rect.width > 0 ? PLOT.width / rect.width / UNIT : 1 / UNIT;
    const { geometry: g, ...weights } = latest.current;
    return { perPixel, base: g.base, tip: g.tip, ...weights };
  }, []);
  const moveBase = useCallback(
    (start: ReturnType<typeof startDrag>, { dx, dy }: { dx: number; dy: number }) => {
      const to: Vec = [start.base[0] + dx * start.perPixel, start.base[1] - dy * start.perPixel];
      if (start.w1 === 0 && start.w2 === 0) return;
      onWeights({ b: snapWeight(moveLineThrough(start.w1, start.w2, to).b) });
    },
    [onWeights],
  );
  const moveTip = useCallback(
    (start: ReturnType<typeof startDrag>, { dx, dy }: { dx: number; dy: number }) => {
      const to: Vec = [start.tip[0] + dx * start.perPixel, start.tip[1] - dy * start.perPixel];
      const next = turnLine(start.w1, start.w2, start.base, to);
      onWeights({ w1: snapWeight(next.w1), w2: snapWeight(next.w2), b: snapWeight(next.b) });
    },
    [onWeights],
  );
  const baseDrag = usePointerDrag(startDrag, moveBase);
  const tipDrag = usePointerDrag(startDrag, moveTip);

  const [bx, by] = toScreen(geometry.base);
  const [tx, ty] = toScreen(geometry.tip);
  const epochs = learn.scores.length;
  const wrongText = model.points.filter((p) => !p.correct).map((p) => pointName(p.x));

  return (
    <div className="xor-panel xor-linear">
      <p className="xor-panel-title">One linear-threshold unit</p>
      <p className="xor-formula">answers 1 when w₁x₁ + w₂x₂ + b ≥ 0: {linearFormula({ w1, w2, b })}</p>
      <svg ref={svgRef} className="xor-plane" viewBox={`0 0 ${PLOT.width} ${PLOT.height}`} role="img" aria-labelledby={`${uid}-lin-title`}>
        <title id={`${uid}-lin-title`}>
          {`The four XOR points and the unit's line: ${model.correct} of 4 answered right${wrongText.length ? `; wrong: ${wrongText.join(', ')}` : ''}.`}
        </title>
        <rect x={PLOT.left} y={PLOT.top} width={PLOT.size} height={PLOT.size} fill={palette.panel} />
        <path d={geometry.onePath} fill={palette.excitatory} fillOpacity={0.16} />
        <path d={geometry.zeroPath} fill={palette.inhibitory} fillOpacity={0.1} />
        <Axes />
        {geometry.segment && (
          <line
            x1={xScale(geometry.segment[0][0])}
            y1={yScale(geometry.segment[0][1])}
            x2={xScale(geometry.segment[1][0])}
            y2={yScale(geometry.segment[1][1])}
            stroke={palette.fg}
            strokeWidth={2.5}
          />
        )}
        {model.points.map((p, i) => {
          const [x, y] = toScreen(p.x);
          return <PointMark key={i} x={x} y={y} label={p.label} correct={p.correct} active={learn.active === i} />;
        })}
        {!model.flat && (
          <g className="xor-handles" aria-hidden="true">
            <line x1={bx} y1={by} x2={tx} y2={ty} stroke={palette.fg} strokeWidth={1.5} />
            <text x={tx + (tx - bx) * 0.35} y={ty + (ty - by) * 0.35 + 4} textAnchor="middle" fontSize={13} fontWeight={700} className="xor-side-label">
              1
            </text>
            <circle
              className="draggable xor-handle"
              cx={bx}
              cy={by}
              r={9}
              fill={palette.bg}
              stroke={palette.fg}
              strokeWidth={2}
              data-handle="move"
              {...baseDrag}
            />
            <circle className="draggable xor-handle" cx={tx} cy={ty} r={8} fill={palette.fg} data-handle="turn" {...tipDrag} />
          </g>
        )}
      </svg>
      <p className="xor-hint">Drag the ring to move the line and the dot to turn it, or use the sliders (arrow keys work).</p>
      <div className="xor-sliders">
        <Slider field="w1" />
        <Slider field="w2" />
        <Slider field="b" />
      </div>
      <div className="readouts">
        <Readout name="score" label="Score" source={model$} text={scoreReadout} />
      </div>
      <p className="explain">{explainLinear(model)}</p>
      <div className="xor-learn">
        <button type="button" onClick={onLearn} aria-pressed={running ? true : undefined}>
          {running ? 'Stop learning' : reduced ? 'Run one epoch of the perceptron rule' : epochs ? 'Keep learning' : 'Try to learn it'}
        </button>
        <div className="readouts">
          <Readout name="epochs" label="Perceptron rule" source={learn$} text={epochsReadout} />
        </div>
      </div>
      <ScoreChart scores={learn.scores} uid={uid} />
      <p className="explain xor-learn-explain">{explainLearning(learn)}</p>
    </div>
  );
}
