import { memo, useState } from 'react';
import { palette } from '../../ui/palette';
import { Readout } from '../../ui/controls';
import { fmt } from '../../chart/format';
import { Axes, PointMark } from './Marks';
import { DENDRITE } from './model';
import { ampScale, CURVE, dendriticFigure, nameAt, PLOT, sScale, toScreen } from './layout';

/** The dendritic unit: its answers on the plane and its dCaAP response curve with the four inputs marked. */
export const DendriticPanel = memo(function DendriticPanel({ uid }: { uid: string }) {
  const [{ model, region, curve, onCurve }] = useState(dendriticFigure);
  const theta = DENDRITE.thresholdInput;
  const cut = DENDRITE.outputThreshold;
  return (
    <div className="xor-panel xor-dendritic">
      <p className="xor-panel-title">One unit with a dendritic Ca²⁺ action potential</p>
      <p className="xor-formula">s = x₁ + x₂; answers 1 when the dCaAP amplitude is ≥ {fmt(cut, 1)}</p>
      <svg className="xor-plane" viewBox={`0 0 ${PLOT.width} ${PLOT.height}`} role="img" aria-labelledby={`${uid}-den-title`}>
        <title id={`${uid}-den-title`}>The four XOR points and the band of inputs where the dendritic unit answers 1: it answers all four right.</title>
        <rect x={PLOT.left} y={PLOT.top} width={PLOT.size} height={PLOT.size} fill={palette.inhibitory} fillOpacity={0.1} />
        <path d={region} fill={palette.excitatory} fillOpacity={0.18} />
        <Axes />
        {model.points.map((p, i) => {
          const [x, y] = toScreen(p.x);
          return <PointMark key={i} x={x} y={y} label={p.label} correct={p.correct} />;
        })}
      </svg>
      <svg className="xor-curve" viewBox={`0 0 ${CURVE.width} ${CURVE.height}`} role="img" aria-labelledby={`${uid}-curve-title`}>
        <title id={`${uid}-curve-title`}>
          {`The dCaAP response: no response below a threshold input, the largest right at threshold, smaller for stronger input. ${onCurve.map((g) => `${g.names}: input ${fmt(g.s, 0)}, amplitude ${fmt(g.amplitude, 2)}, answer ${g.label}`).join('; ')}.`}
        </title>
        <g aria-hidden="true">
          <line x1={CURVE.left} x2={CURVE.right} y1={CURVE.bottom} y2={CURVE.bottom} stroke={palette.muted} />
          <line x1={CURVE.left} x2={CURVE.left} y1={CURVE.top} y2={CURVE.bottom} stroke={palette.muted} />
          {[0, 1, 2].map((s) => (
            <text key={s} x={sScale(s)} y={CURVE.bottom + 14} textAnchor="middle" fontSize={11}>
              {s}
            </text>
          ))}
          {[0, 0.5, 1].map((a) => (
            <text key={a} x={CURVE.left - 5} y={ampScale(a) + 4} textAnchor="end" fontSize={11}>
              {fmt(a, a === 0.5 ? 1 : 0)}
            </text>
          ))}
          <text x={CURVE.right} y={CURVE.bottom + 30} textAnchor="end" fontSize={12} fontStyle="italic">
            summed input s = x₁ + x₂ →
          </text>
          <text x={CURVE.left + 4} y={CURVE.top - 8} fontSize={12} fontStyle="italic">
            dCaAP amplitude
          </text>
          <rect
            x={CURVE.left}
            y={ampScale(1)}
            width={CURVE.right - CURVE.left}
            height={ampScale(cut) - ampScale(1)}
            fill={palette.excitatory}
            fillOpacity={0.1}
          />
          <line x1={CURVE.left} x2={CURVE.right} y1={ampScale(cut)} y2={ampScale(cut)} stroke={palette.fg} strokeDasharray="4 3" />
          <text x={CURVE.left + 4} y={ampScale(cut) - 4} fontSize={11}>
            above: answers 1
          </text>
          <line x1={sScale(theta)} x2={sScale(theta)} y1={CURVE.top} y2={CURVE.bottom} stroke={palette.muted} strokeDasharray="2 3" />
          <text x={sScale(theta) - 4} y={CURVE.top + 12} textAnchor="end" fontSize={11} className="xor-muted">
            threshold
          </text>
          <path d={curve} fill="none" stroke={palette.spike} strokeWidth={2.5} />
          {onCurve.map((g) => (
            <g key={g.s}>
              <PointMark x={sScale(g.s)} y={ampScale(g.amplitude)} label={g.label} correct={g.correct} size={7} />
              <text {...nameAt(g.s, g.amplitude)} fontSize={10.5} className="xor-muted">
                {g.names}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <div className="readouts">
        <Readout name="dendriticScore" label="Score" text={() => ({ value: `${model.correct}/4 correct`, context: 'every point right' })} />
      </div>
      <p className="explain">
        Human layer 2/3 pyramidal neurons fire graded dendritic Ca²⁺ action potentials (dCaAPs) that are largest for input just at threshold and smaller for
        stronger input (Gidon et al. 2020, Science 367:83). A unit with that response answers 1 for s = 1 and 0 for both s = 0 and s = 2: XOR, with one unit.
        (The curve’s shape here is illustrative, not a fit to the recordings.)
      </p>
    </div>
  );
});
