import { memo } from 'react';
import { palette } from '../../ui/palette';
import { PLOT, TICKS, xScale, yScale } from './layout';

interface PointMarkProps {
  x: number;
  y: number;
  label: 0 | 1;
  /** Whether the unit answers this point right; undefined draws no ✓/✗. */
  correct?: boolean;
  /** Lit while the perceptron rule is looking at this point. */
  active?: boolean;
  size?: number;
}

/**
 * One XOR point: a circle for "should answer 1", a square for "should answer 0"
 * (colour repeats the shape), with ✓ or ✗ and a dashed ring when it is wrong.
 */
export function PointMark({ x, y, label, correct, active, size = 9 }: PointMarkProps) {
  const fill = label === 1 ? palette.excitatory : palette.inhibitory;
  return (
    <g className="xor-point" data-correct={correct === undefined ? undefined : String(correct)}>
      {active && <circle cx={x} cy={y} r={size + 8} fill="none" stroke={palette.highlight} strokeWidth={4} />}
      {correct === false && <circle cx={x} cy={y} r={size + 4} fill="none" stroke={palette.fg} strokeWidth={1.5} strokeDasharray="3 2" />}
      {label === 1 ? (
        <circle cx={x} cy={y} r={size} fill={fill} stroke={palette.bg} strokeWidth={1.5} />
      ) : (
        <rect x={x - size * 0.88} y={y - size * 0.88} width={size * 1.76} height={size * 1.76} fill={fill} stroke={palette.bg} strokeWidth={1.5} />
      )}
      {correct !== undefined && (
        <text x={x + size + 3} y={y - size + 1} fontSize={15} fontWeight={700} className="xor-mark">
          {correct ? '✓' : '✗'}
        </text>
      )}
    </g>
  );
}

/** The legend for shapes and marks, as HTML beside the drawings. */
export const Legend = memo(function Legend({ marks = true }: { marks?: boolean }) {
  return (
    <p className="xor-legend">
      <span>
        <svg viewBox="-8 -8 16 16" width="14" height="14" aria-hidden="true">
          <circle r={6.5} fill={palette.excitatory} />
        </svg>{' '}
        XOR = 1 (inputs differ)
      </span>
      <span>
        <svg viewBox="-8 -8 16 16" width="14" height="14" aria-hidden="true">
          <rect x={-6} y={-6} width={12} height={12} fill={palette.inhibitory} />
        </svg>{' '}
        XOR = 0 (inputs equal)
      </span>
      {marks && <span>✓ answered right · ✗ answered wrong</span>}
    </p>
  );
});

/** Ticks at 0 and 1 and the axis names. */
export function Axes() {
  const bottom = PLOT.top + PLOT.size;
  return (
    <g className="xor-axes" aria-hidden="true">
      {TICKS.map((t) => (
        <g key={t}>
          <line x1={xScale(t)} x2={xScale(t)} y1={PLOT.top} y2={bottom} stroke={palette.faint} strokeDasharray="2 3" />
          <line x1={PLOT.left} x2={PLOT.left + PLOT.size} y1={yScale(t)} y2={yScale(t)} stroke={palette.faint} strokeDasharray="2 3" />
          <text x={xScale(t)} y={bottom + 14} textAnchor="middle" fontSize={12}>
            {t}
          </text>
          <text x={PLOT.left - 6} y={yScale(t) + 4} textAnchor="end" fontSize={12}>
            {t}
          </text>
        </g>
      ))}
      <text x={PLOT.left + PLOT.size} y={bottom + 28} textAnchor="end" fontSize={12} fontStyle="italic">
        input x₁ →
      </text>
      <text x={PLOT.left - 22} y={PLOT.top} textAnchor="end" fontSize={12} fontStyle="italic" transform={`rotate(-90 ${PLOT.left - 22} ${PLOT.top})`}>
        input x₂ →
      </text>
    </g>
  );
}
