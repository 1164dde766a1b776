import { memo } from 'react';
import { palette } from '../../ui/palette';
import { fmt } from '../../chart/format';
import {
  adaptationPath,
  adaptationY,
  AXIS_Y,
  blocksPath,
  ffY,
  MAX_TIME_MS,
  PLOT,
  RASTER_TICK,
  rasterY,
  ROWS,
  stimulusY,
  TIME_TICKS,
  TIMELINE_HEIGHT,
  TIMELINE_WIDTH,
  timeX,
} from './layout';
import { ffOutput, TEST_MS, type ContrastModel } from './model';
import { BEFORE, type Before } from './schema';

const ROW_NAMES: Record<Before, string> = { large: 'after large', small: 'after small', none: 'none before' };

interface TimelineProps {
  m: ContrastModel;
  before: Before;
  test: number;
  titleId: string;
}

/** The protocol over time: stimulus, spikes after each first stimulus, adaptation current and the feed-forward output. */
export const Timeline = memo(function Timeline({ m, before, test, titleId }: TimelineProps) {
  const testX0 = timeX(m.testStartMs);
  const testX1 = timeX(m.testStartMs + TEST_MS);
  const run = m.runs[before];
  const label = (y: number, text: string, strong = false) => (
    <text x={PLOT.left - 6} y={y + 4} textAnchor="end" fontSize={12} fontWeight={strong ? 600 : 400} className={strong ? undefined : 'contrast-tick'}>
      {text}
    </text>
  );
  return (
    <svg viewBox={`0 0 ${TIMELINE_WIDTH} ${TIMELINE_HEIGHT}`} role="img" aria-labelledby={titleId}>
      <title
        id={titleId}
      >{`Timeline: a first stimulus of ${fmt(m.first, 1)} nA for 300 ms, a pause, then a test of ${fmt(test, 1)} nA for ${TEST_MS} ms. The adapting neuron fires ${fmt(m.rates.large, 0)} Hz in the test after a large first stimulus, ${fmt(m.rates.small, 0)} Hz after a small one and ${fmt(m.rates.none, 0)} Hz with none; the feed-forward unit gives ${fmt(m.ffTest, 2)} in every case.`}</title>
      <rect x={testX0} y={ROWS.stimulus.top - 8} width={testX1 - testX0} height={ROWS.ff.bottom - ROWS.stimulus.top + 14} className="contrast-test-band" />
      <text x={(testX0 + testX1) / 2} y={ROWS.stimulus.top - 12} textAnchor="middle" fontSize={12} fontWeight={600}>
        test
      </text>

      {label((ROWS.stimulus.top + ROWS.stimulus.bottom) / 2, 'stimulus')}
      <line x1={PLOT.left} x2={PLOT.right} y1={ROWS.stimulus.bottom} y2={ROWS.stimulus.bottom} stroke={palette.faint} />
      <path d={blocksPath(m.blocks, (b) => b.currentNanoAmps, stimulusY)} fill="none" stroke={palette.fg} strokeWidth={2} />
      {m.first > 0 && (
        <text x={timeX(150)} y={stimulusY(m.first) - 5} textAnchor="middle" fontSize={12} className="contrast-halo">
          {`${before} ${fmt(m.first, 1)} nA`}
        </text>
      )}
      <text x={testX1 + 4} y={stimulusY(test) + 4} fontSize={12} className="contrast-halo">
        {`${fmt(test, 1)} nA`}
      </text>

      {BEFORE.map((kind, i) => {
        const y = rasterY(i);
        const on = kind === before;
        return (
          <g key={kind}>
            {label(y, ROW_NAMES[kind], on)}
            <line x1={PLOT.left} x2={PLOT.right} y1={y} y2={y} stroke={palette.faint} strokeWidth={0.5} />
            <g opacity={on ? 1 : 0.55}>
              {m.runs[kind].spikesMs.map((t) => (
                <line key={t} x1={timeX(t)} x2={timeX(t)} y1={y - RASTER_TICK} y2={y + RASTER_TICK} stroke={palette.spike} strokeWidth={on ? 1.8 : 1.2} />
              ))}
            </g>
            <text x={PLOT.right + 6} y={y + 4} fontSize={12} fontWeight={on ? 600 : 400}>
              {`${fmt(m.rates[kind], 0)} Hz`}
            </text>
          </g>
        );
      })}

      {label((ROWS.adaptation.top + ROWS.adaptation.bottom) / 2 - 6, 'adaptation')}
      {label((ROWS.adaptation.top + ROWS.adaptation.bottom) / 2 + 7, 'current')}
      <line x1={PLOT.left} x2={PLOT.right} y1={ROWS.adaptation.bottom} y2={ROWS.adaptation.bottom} stroke={palette.faint} />
      <path d={adaptationPath(run.adaptationNanoAmps)} fill="none" stroke={palette.inhibitory} strokeWidth={2} />
      <text x={PLOT.right + 6} y={adaptationY(0) + 4} fontSize={11} className="contrast-tick">
        0 nA
      </text>
      <text x={PLOT.right + 6} y={adaptationY(2) + 4} fontSize={11} className="contrast-tick">
        2 nA
      </text>
      <line x1={PLOT.left} x2={PLOT.right} y1={adaptationY(2)} y2={adaptationY(2)} stroke={palette.faint} strokeWidth={0.5} />

      {label((ROWS.ff.top + ROWS.ff.bottom) / 2 - 6, 'feed-forward')}
      {label((ROWS.ff.top + ROWS.ff.bottom) / 2 + 7, 'output y')}
      <line x1={PLOT.left} x2={PLOT.right} y1={ROWS.ff.bottom} y2={ROWS.ff.bottom} stroke={palette.faint} />
      <path d={blocksPath(m.blocks, (b) => ffOutput(b.currentNanoAmps), ffY)} fill="none" stroke={palette.accent} strokeWidth={2} />
      <text x={PLOT.right + 6} y={ROWS.ff.top + 8} fontSize={12} fontWeight={600}>
        {fmt(m.ffTest, 2)}
      </text>

      {TIME_TICKS.filter((t) => t <= MAX_TIME_MS).map((t) => (
        <text key={t} x={timeX(t)} y={AXIS_Y} textAnchor="middle" fontSize={12} className="contrast-tick">
          {`${fmt(t, 0)}`}
        </text>
      ))}
      <text x={PLOT.right} y={AXIS_Y + 12} textAnchor="end" fontSize={12} className="contrast-tick">
        time (ms)
      </text>
    </svg>
  );
});
