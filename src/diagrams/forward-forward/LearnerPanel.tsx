import { memo, useMemo } from 'react';
import { palette } from '../../ui/palette';
import { fmt } from '../../chart/format';
import { chartGeometry, CHART, PLANE, px, py, regionPaths } from './layout';
import type { DataPoint } from './data';

interface LearnerPanelProps {
  which: 'bp' | 'ff';
  title: string;
  subtitle: string;
  points: readonly DataPoint[];
  grid: readonly number[];
  wrong: readonly number[];
  curve: readonly number[];
  curveLabel: string;
  /** The curve's y range always includes this (the initial loss, or a gap of 1). */
  curveFloor: number;
  readouts: React.ReactNode;
  uid: string;
  accuracyText: string;
}

/** One learner: its decision regions over the data, its numbers, and its curve. */
export const LearnerPanel = memo(function LearnerPanel({
  which,
  title,
  subtitle,
  points,
  grid,
  wrong,
  curve,
  curveLabel,
  curveFloor,
  readouts,
  uid,
  accuracyText,
}: LearnerPanelProps) {
  const [zero, one] = useMemo(() => regionPaths(grid), [grid]);
  const chart = useMemo(() => chartGeometry(curve, curveFloor), [curve, curveFloor]);
  const wrongSet = useMemo(() => new Set(wrong), [wrong]);
  return (
    <div className={`ff-panel ff-panel--${which}`}>
      <p className="ff-panel-title">{title}</p>
      <p className="ff-panel-sub">{subtitle}</p>
      <svg className="ff-plane" viewBox={`0 0 ${PLANE.width} ${PLANE.height}`} role="img" aria-labelledby={`${uid}-${which}-plane`}>
        <title id={`${uid}-${which}-plane`}>{`Decision regions of the ${title.toLowerCase()} net over the data: ${accuracyText}.`}</title>
        <rect x={0} y={0} width={PLANE.width} height={PLANE.height} fill={palette.panel} />
        <path d={zero} fill={palette.inhibitory} fillOpacity={0.2} />
        <path d={one} fill={palette.excitatory} fillOpacity={0.24} />
        <g aria-hidden="true">
          {points.map((p, i) => {
            const x = px(p.x[0]);
            const y = py(p.x[1]);
            const miss = wrongSet.has(i);
            return (
              <g key={i}>
                {miss && <circle cx={x} cy={y} r={6.5} fill="none" stroke={palette.fg} strokeWidth={1} />}
                {p.label === 1 ? (
                  <circle cx={x} cy={y} r={3.8} fill={palette.excitatory} stroke={palette.bg} strokeWidth={1} />
                ) : (
                  <rect x={x - 3.4} y={y - 3.4} width={6.8} height={6.8} fill={palette.inhibitory} stroke={palette.bg} strokeWidth={1} />
                )}
              </g>
            );
          })}
        </g>
      </svg>
      <div className="readouts">{readouts}</div>
      <p className="ff-chart-label">{curveLabel}</p>
      <svg className="ff-chart" viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby={`${uid}-${which}-chart`}>
        <title
          id={`${uid}-${which}-chart`}
        >{`${curveLabel} over ${curve.length - 1} epochs: from ${fmt(curve[0] ?? 0, 2)} to ${fmt(curve[curve.length - 1] ?? 0, 2)}.`}</title>
        <g aria-hidden="true">
          {chart.yTicks.map((t) => (
            <g key={t.value}>
              <line x1={CHART.left} x2={CHART.right} y1={t.y} y2={t.y} stroke={palette.faint} strokeWidth={t.value === 0 ? 1.2 : 0.6} />
              <text x={CHART.left - 5} y={t.y + 4} textAnchor="end" fontSize={10.5}>
                {fmt(t.value, Number.isInteger(t.value) ? 0 : 1)}
              </text>
            </g>
          ))}
          <text x={CHART.left} y={CHART.bottom + 14} fontSize={10.5}>
            0
          </text>
          <text x={CHART.right} y={CHART.bottom + 14} textAnchor="end" fontSize={10.5}>
            {chart.xMax}
          </text>
          <text x={(CHART.left + CHART.right) / 2} y={CHART.bottom + 14} textAnchor="middle" fontSize={10.5} className="ff-muted">
            epoch
          </text>
          <path d={chart.path} fill="none" stroke={which === 'bp' ? palette.accent : palette.spike} strokeWidth={2} />
          {chart.last && <circle cx={chart.last.x} cy={chart.last.y} r={3} fill={which === 'bp' ? palette.accent : palette.spike} />}
        </g>
      </svg>
    </div>
  );
});
