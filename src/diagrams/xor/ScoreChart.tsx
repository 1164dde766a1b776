import { memo } from 'react';
import { palette } from '../../ui/palette';
import { CHART, CHART_EPOCHS, scoreBars, scoreScale } from './layout';

/** Bars of points right (0–4) after each epoch of the perceptron rule, with the never-reached 4/4 line. */
export const ScoreChart = memo(function ScoreChart({ scores, uid }: { scores: readonly number[]; uid: string }) {
  const bars = scoreBars(scores);
  return (
    <svg className="xor-chart" viewBox={`0 0 ${CHART.width} ${CHART.height}`} role="img" aria-labelledby={`${uid}-chart-title`}>
      <title id={`${uid}-chart-title`}>
        {scores.length ? `Points right after each epoch: ${scores.slice(-CHART_EPOCHS).join(', ')} (of 4).` : 'Points right after each epoch: none run yet.'}
      </title>
      {[0, 2, 4].map((v) => (
        <text key={v} x={CHART.left - 6} y={scoreScale(v) + 4} textAnchor="end" fontSize={11} className="xor-muted">
          {v}
        </text>
      ))}
      <line x1={CHART.left} x2={CHART.right} y1={scoreScale(4)} y2={scoreScale(4)} stroke={palette.fg} strokeDasharray="4 3" />
      <text x={CHART.right} y={scoreScale(4) - 4} textAnchor="end" fontSize={11}>
        4/4: all right
      </text>
      <line x1={CHART.left} x2={CHART.right} y1={CHART.bottom} y2={CHART.bottom} stroke={palette.muted} />
      {bars.map((bar) => (
        <rect key={bar.epoch} x={bar.x} y={bar.y} width={bar.width} height={CHART.bottom - bar.y} fill={palette.neutral} />
      ))}
      <text x={CHART.left} y={CHART.height - 6} fontSize={11} className="xor-muted">
        {scores.length ? `points right after each epoch (epochs ${bars[0]!.epoch}–${bars[bars.length - 1]!.epoch})` : 'points right after each epoch'}
      </text>
    </svg>
  );
});
