import { useCallback, useMemo, useRef } from 'react';
import { palette } from '../../ui/palette';
import { Readout } from '../../ui/Readout';
import { Slider } from '../../ui/Slider';
import { fmt } from '../../ui/format';
import { usePointerDrag } from '../../ui/usePointerDrag';
import { Axes, PointMark } from './Marks';
import { ScoreChart } from './ScoreChart';
import { explainLinear, linearModel, pointName, POINTS, scoreContext } from './model';
import { linearGeometry, moveLineThrough, PLOT, toScreen, turnLine, UNIT, xScale, yScale, type Vec } from './layout';
import { WEIGHT_LIMIT, type XorParams } from './schema';

/** What a perceptron run has done so far. */
export interface LearnState {
  /** Perceptron-rule steps taken (one point each). */
  steps: number;
  /** Points correct after each finished epoch. */
  scores: number[];
  /** Index of the point the rule just looked at. */
  active: number | null;
  /** Epoch count the current run stops at. */
  target: number;
}

interface LinearPanelProps {
  params: XorParams;
  /** A reader's own change of the weights (ends any run). */
  onWeights: (patch: Partial<XorParams>) => void;
  learn: LearnState;
  running: boolean;
  reduced: boolean;
  onLearn: () => void;
  uid: string;
}

const snap = (v: number) => Math.min(WEIGHT_LIMIT, Math.max(-WEIGHT_LIMIT, Math.round(v * 100) / 100));
const num = (v: number) => fmt(v, Math.abs(v * 10 - Math.round(v * 10)) < 1e-9 ? 1 : 2);

/** The linear-threshold unit: the plane, its line with two drag handles, the sliders and the perceptron button. */
export function LinearPanel({ params, onWeights, learn, running, reduced, onLearn, uid }: LinearPanelProps) {
  const { w1, w2, b } = params;
  const model = useMemo(() => linearModel(w1, w2, b), [w1, w2, b]);
  const geometry = useMemo(() => linearGeometry(w1, w2, b), [w1, w2, b]);
  const svgRef = useRef<SVGSVGElement>(null);
  const latest = useRef({ w1, w2, b, geometry });
  latest.current = { w1, w2, b, geometry };

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
      onWeights({ b: snap(moveLineThrough(start.w1, start.w2, to).b) });
    },
    [onWeights],
  );
  const moveTip = useCallback(
    (start: ReturnType<typeof startDrag>, { dx, dy }: { dx: number; dy: number }) => {
      const to: Vec = [start.tip[0] + dx * start.perPixel, start.tip[1] - dy * start.perPixel];
      const next = turnLine(start.w1, start.w2, start.base, to);
      onWeights({ w1: snap(next.w1), w2: snap(next.w2), b: snap(next.b) });
    },
    [onWeights],
  );
  const baseDrag = usePointerDrag(startDrag, moveBase);
  const tipDrag = usePointerDrag(startDrag, moveTip);

  const [bx, by] = toScreen(geometry.base);
  const [tx, ty] = toScreen(geometry.tip);
  const epochs = learn.scores.length;
  const best = epochs ? Math.max(...learn.scores) : 0;
  const wrongText = model.points.filter((p) => !p.correct).map((p) => pointName(p.x));

  return (
    <div className="xor-panel xor-linear">
      <p className="xor-panel-title">One linear-threshold unit</p>
      <p className="xor-formula">
        answers 1 when w₁x₁ + w₂x₂ + b ≥ 0: {num(w1)}·x₁ {w2 < 0 ? '−' : '+'} {num(Math.abs(w2))}·x₂ {b < 0 ? '−' : '+'} {num(Math.abs(b))} ≥ 0
      </p>
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
        <Slider label="Weight w₁" value={w1} min={-WEIGHT_LIMIT} max={WEIGHT_LIMIT} step={0.1} display={num(w1)} onChange={(v) => onWeights({ w1: v })} />
        <Slider label="Weight w₂" value={w2} min={-WEIGHT_LIMIT} max={WEIGHT_LIMIT} step={0.1} display={num(w2)} onChange={(v) => onWeights({ w2: v })} />
        <Slider label="Bias b" value={b} min={-WEIGHT_LIMIT} max={WEIGHT_LIMIT} step={0.1} display={num(b)} onChange={(v) => onWeights({ b: v })} />
      </div>
      <div className="readouts">
        <Readout name="score" label="Score" value={`${model.correct}/4 correct`} context={scoreContext(model)} />
      </div>
      <p className="explain">{explainLinear(model)}</p>
      <div className="xor-learn">
        <button type="button" onClick={onLearn} aria-pressed={running ? true : undefined}>
          {running ? 'Stop learning' : reduced ? 'Run one epoch of the perceptron rule' : epochs ? 'Keep learning' : 'Try to learn it'}
        </button>
        <div className="readouts">
          <Readout
            name="epochs"
            label="Perceptron rule"
            value={`${epochs} ${epochs === 1 ? 'epoch' : 'epochs'}`}
            context={epochs ? `best ${best}/4${best < POINTS.length ? ', never 4/4' : ''}` : 'not run yet'}
          />
        </div>
      </div>
      <ScoreChart scores={learn.scores} uid={uid} />
      <p className="explain xor-learn-explain">
        {epochs === 0
          ? 'The button runs Rosenblatt’s perceptron rule from the current weights: show each point in turn and, when the answer is wrong, nudge w and b towards the right one (learning rate 0.5).'
          : `After ${epochs} ${epochs === 1 ? 'epoch' : 'epochs'} the rule is still chasing its errors: each correction that fixes one point spoils another, so it never settles. On data a line can separate it would stop with every point right.`}
      </p>
    </div>
  );
}
