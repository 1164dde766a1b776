import type { Primitives } from './primitives';
import { palette, INHIBITORY_DASH } from '../../ui/palette';
import { fmt, fmtSigned } from '../../chart/format';
import { ACTIVATIONS, type ActivationId } from '../../core';
import { activationCurve, BOUTONS, BOX, CENTER_POINT, edgeWidth, FORMS, MYELIN, OUTPUT, polygon, polyline, SUM_TO_BOX, type Form } from './layout';
import { INPUT_TRANSMITTERS, SUB, type TwoNeuronsModel } from './model';

const SHORT: Record<string, string> = { glu: 'Glu', ach: 'ACh', gaba: 'GABA', gly: 'Gly' };
const CURVE_RANGE: Record<ActivationId, readonly [number, number]> = {
  relu: [-0.2, 3],
  sigmoid: [-0.05, 1.05],
  step: [-0.1, 1.1],
  tanh: [-1.1, 1.1],
  identity: [-3, 3],
};

export interface MorphProps {
  form: Form;
  /** How shapes are drawn: plain, or animating to each new form. */
  kit: Primitives;
  x: readonly number[];
  w: readonly number[];
  act: ActivationId;
  model: TwoNeuronsModel;
}

/** The neuron drawn in one form, morphing into the other when `form` changes. */
export function Morph({ form, kit, x, w, act, model }: MorphProps) {
  const { Path, Circle, Only } = kit;
  const shapes = FORMS[form];
  const bio = form === 'biological';
  const { inputs } = model.bio;
  const vm = model.bio.soma.vmMilliVolts;
  return (
    <g>
      {/* presynaptic axons arriving from the left (biological) */}
      <Only shown={bio}>
        {FORMS.biological.inputs.map((c, i) => (
          <line key={i} x1={0} y1={c.cy} x2={c.cx - c.r} y2={c.cy} stroke={palette.neutral} strokeWidth={2.5} />
        ))}
        {MYELIN.map((seg, i) => (
          <rect key={i} x={seg.x} y={CENTER_POINT.y - 8} width={seg.width} height={16} rx={8} fill={palette.panel} stroke={palette.neutral} strokeWidth={1.5} />
        ))}
        {BOUTONS.map((b, i) => (
          <g key={i}>
            <path d={`M440,${CENTER_POINT.y}C450,${CENTER_POINT.y} ${b.x - 12},${b.y} ${b.x},${b.y}`} fill="none" stroke={palette.neutral} strokeWidth={2.5} />
            <circle cx={b.x} cy={b.y} r={5} fill={model.bio.soma.fires ? palette.spike : palette.neutral} />
          </g>
        ))}
      </Only>
      <Only shown={!bio}>
        <line x1={SUM_TO_BOX.x1} x2={SUM_TO_BOX.x2} y1={SUM_TO_BOX.y} y2={SUM_TO_BOX.y} stroke={palette.neutral} strokeWidth={2.5} />
        <circle cx={OUTPUT.cx} cy={OUTPUT.cy} r={OUTPUT.r} fill={palette.panel} stroke={palette.neutral} strokeWidth={2.5} />
      </Only>

      {shapes.dendrites.map((points, i) => {
        const input = inputs[i]!;
        const weight = w[i] ?? 0;
        const magnitude = bio ? (input.blocked ? 0 : Math.abs(weight)) : Math.abs(weight);
        const negative = bio ? !input.excitatory : weight < 0;
        return (
          <Path
            key={i}
            d={polyline(points)}
            fill="none"
            stroke={bio ? palette.neutral : negative ? palette.inhibitory : palette.excitatory}
            strokeWidth={edgeWidth(magnitude)}
            strokeDasharray={negative && !bio ? INHIBITORY_DASH : bio && input.blocked ? '2 4' : undefined}
            strokeLinecap="round"
          />
        );
      })}
      {shapes.inputs.map((c, i) => {
        const input = inputs[i]!;
        const excColor = input.excitatory ? palette.excitatory : palette.inhibitory;
        return <Circle key={i} cx={c.cx} cy={c.cy} r={c.r} fill={bio ? excColor : palette.panel} stroke={bio ? excColor : palette.neutral} strokeWidth={2.5} />;
      })}
      <Circle
        data-part="soma"
        cx={shapes.soma.cx}
        cy={shapes.soma.cy}
        r={shapes.soma.r}
        fill={palette.panel}
        stroke={palette.neutral}
        strokeWidth={bio ? 4 : 2.5}
      />
      <Path
        d={polygon(shapes.ais)}
        fill={bio ? (model.bio.soma.fires ? palette.spike : palette.neutral) : palette.bg}
        stroke={palette.neutral}
        strokeWidth={bio ? 0 : 2.5}
      />
      <Path d={polyline(shapes.axon)} fill="none" stroke={palette.neutral} strokeWidth={bio ? 4 : 2.5} />

      <Only shown={bio}>
        {FORMS.biological.inputs.map((c, i) => (
          <text key={i} x={c.cx - 14} y={c.cy - 12} textAnchor="end" fontSize={15} fontWeight={600}>
            {SHORT[INPUT_TRANSMITTERS[i]!]}
          </text>
        ))}
        <text x={150} y={16} textAnchor="middle" fontSize={14} className="two-neurons-small">
          dendrites
        </text>
        <text x={CENTER_POINT.x} y={CENTER_POINT.y + 5} textAnchor="middle" fontSize={14} className="two-neurons-small">
          soma
        </text>
        <text x={CENTER_POINT.x} y={CENTER_POINT.y + 56} textAnchor="middle" fontSize={16} fontWeight={700}>
          {`${fmt(vm)} mV`}
        </text>
        <text x={284} y={CENTER_POINT.y - 20} textAnchor="middle" fontSize={13} className="two-neurons-small">
          AIS
        </text>
        <text x={376} y={CENTER_POINT.y - 16} textAnchor="middle" fontSize={14} className="two-neurons-small">
          axon
        </text>
        <text x={376} y={CENTER_POINT.y + 34} textAnchor="middle" fontSize={16} fontWeight={700}>
          {`${fmt(model.bio.rateHz, 0)} Hz`}
        </text>
      </Only>
      <Only shown={!bio}>
        {FORMS.artificial.inputs.map((c, i) => (
          <g key={i}>
            <text x={c.cx} y={c.cy + 5} textAnchor="middle" fontSize={14} fontWeight={600}>
              {fmt(x[i] ?? 0, 2)}
            </text>
            <text x={c.cx - 24} y={c.cy + 5} textAnchor="end" fontSize={15} fontStyle="italic">
              {`x${SUB[i]}`}
            </text>
          </g>
        ))}
        {FORMS.artificial.dendrites.map((points, i) => {
          const mid = points[Math.floor(points.length * 0.4)]!;
          return (
            <text key={i} x={mid.x} y={mid.y - 10} textAnchor="middle" fontSize={14} stroke={palette.bg} strokeWidth={4} paintOrder="stroke">
              {`w${SUB[i]} ${fmtSigned(w[i] ?? 0, 2)}`}
            </text>
          );
        })}
        <text x={CENTER_POINT.x} y={CENTER_POINT.y + 8} textAnchor="middle" fontSize={24}>
          Σ
        </text>
        <text x={CENTER_POINT.x} y={CENTER_POINT.y + 50} textAnchor="middle" fontSize={16} fontWeight={700}>
          {`z = ${fmt(model.art.z, 2)}`}
        </text>
        <path d={activationCurve(ACTIVATIONS[act].f, CURVE_RANGE[act])} fill="none" stroke={palette.accent} strokeWidth={2.5} />
        <text x={(BOX.x0 + BOX.x1) / 2} y={BOX.y1 + 18} textAnchor="middle" fontSize={14} className="two-neurons-small">
          {ACTIVATIONS[act].label}
        </text>
        <text x={OUTPUT.cx} y={OUTPUT.cy + 5} textAnchor="middle" fontSize={14} fontWeight={600}>
          {fmt(model.art.y, 2)}
        </text>
        <text x={OUTPUT.cx} y={OUTPUT.cy - 26} textAnchor="middle" fontSize={15} fontStyle="italic">
          y
        </text>
      </Only>
    </g>
  );
}
