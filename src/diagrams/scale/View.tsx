import { memo, useCallback, useRef, useState, type KeyboardEvent } from 'react';
import type { DiagramViewProps } from '../types';
import { SCALE_CAVEAT, SPECIES } from '../../core';
import { Announce, Choice, Readout } from '../../ui/controls';
import { useDerived, useParams } from '../../ui/live';
import { palette } from '../../ui/palette';
import { calculator, chartPoints, perNeuron, rowCaption, shortName, type ChartPoint, type Measure } from './model';
import { AXIS_Y, CALC_LABEL_Y, DOMAIN, HEADINGS, HEIGHT, marker, PLOT_LEFT, PLOT_RIGHT, rowY, ticks, WIDTH, x } from './layout';
import { LogSlider } from './LogSlider';
import { pow10, sci, words } from './format';
import type { ScaleParams, Show } from './schema';

const POINTS = chartPoints();
const TICKS = ticks();
const ROWS = [...new Map(POINTS.map((p) => [p.entry.id, p.entry])).values()];

const COLOR: Record<Measure, string> = {
  neurons: palette.spike,
  synapses: palette.spike,
  units: palette.inhibitory,
  parameters: palette.inhibitory,
  active: palette.inhibitory,
};

function shown(show: Show, kind: 'species' | 'network'): boolean {
  return show === 'both' || (show === 'brains') === (kind === 'species');
}

interface ChartProps {
  show: Show;
  selected: string;
  active: string | null;
  onActive: (key: string | null) => void;
  onPick: (id: string) => void;
}

/** The calculator's total as a dashed line across the chart: all a slider redraws. */
function CalcLine({ total, totalText }: { total: number; totalText: string }) {
  const calcX = x(total);
  const anchor = calcX > PLOT_RIGHT - 90 ? 'end' : calcX < PLOT_LEFT + 90 ? 'start' : 'middle';
  const offChart = total > DOMAIN[1];
  return (
    <g className="scale-calc" aria-hidden="true">
      <line x1={calcX} x2={calcX} y1={CALC_LABEL_Y + 6} y2={AXIS_Y} stroke={palette.accent} strokeWidth={2} strokeDasharray="6 3" />
      <text x={calcX} y={CALC_LABEL_Y} textAnchor={anchor} fontSize={14} fontWeight={700} className="scale-calc-label">
        {offChart ? `${totalText} →` : `your total: ${totalText}`}
      </text>
    </g>
  );
}

/** The chart's rows and points; memoised, so a slider does not redraw them. */
const Chart = memo(function Chart({ show, selected, active, onActive, onPick }: ChartProps) {
  const refs = useRef(new Map<string, SVGGElement>());
  const focusable = POINTS.filter((p) => shown(show, p.entry.kind));
  const [roving, setRoving] = useState(0);
  const current = Math.min(roving, focusable.length - 1);

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowDown: index + 1,
      ArrowLeft: index - 1,
      ArrowUp: index - 1,
      Home: 0,
      End: focusable.length - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onPick(focusable[index]!.entry.id);
      return;
    }
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = focusable[Math.max(0, Math.min(focusable.length - 1, next))]!;
    refs.current.get(target.key)?.focus();
  };

  return (
    <>
      {TICKS.map((t) => (
        <line key={t.exponent} x1={t.x} x2={t.x} y1={HEADINGS.species.y + 8} y2={AXIS_Y} stroke={palette.faint} strokeWidth={t.labelled ? 1 : 0.5} />
      ))}
      <line x1={PLOT_LEFT} x2={PLOT_RIGHT} y1={AXIS_Y} y2={AXIS_Y} stroke={palette.muted} />
      {TICKS.filter((t) => t.labelled).map((t) => (
        <text key={t.exponent} x={t.x} y={AXIS_Y + 19} textAnchor="middle" fontSize={14} className="scale-tick">
          {pow10(t.exponent)}
        </text>
      ))}
      <text x={4} y={AXIS_Y + 19} fontSize={13} className="scale-muted">
        count (log scale)
      </text>
      <g className="scale-heading" opacity={shown(show, 'species') ? 1 : 0.35}>
        <text x={4} y={HEADINGS.species.y} fontSize={14.5} fontWeight={700}>
          Nervous systems
        </text>
      </g>
      <g className="scale-heading" opacity={shown(show, 'network') ? 1 : 0.35}>
        <text x={4} y={HEADINGS.network.y} fontSize={14.5} fontWeight={700}>
          Artificial networks
        </text>
      </g>
      {ROWS.map((entry) => {
        const y = rowY(entry);
        const points = POINTS.filter((p) => p.entry.id === entry.id);
        const xs = points.map((p) => x(p.count.value));
        const on = shown(show, entry.kind);
        return (
          <g key={entry.id} opacity={on ? 1 : 0.3} aria-hidden={on ? undefined : true}>
            <text x={4} y={y + 5} fontSize={14.5} fontWeight={selected === entry.id ? 700 : 400}>
              {shortName(entry)}
            </text>
            <line x1={PLOT_LEFT} x2={PLOT_RIGHT} y1={y} y2={y} stroke={palette.faint} strokeWidth={0.5} strokeDasharray="1 3" />
            {xs.length > 1 && <line x1={Math.min(...xs)} x2={Math.max(...xs)} y1={y} y2={y} stroke={COLOR[points[0]!.measure]} strokeWidth={1.5} />}
            {points.map((p) =>
              p.count.low !== undefined && p.count.high !== undefined ? (
                <line
                  key={`${p.key}-range`}
                  x1={x(p.count.low)}
                  x2={x(p.count.high)}
                  y1={y}
                  y2={y}
                  stroke={COLOR[p.measure]}
                  strokeWidth={6}
                  strokeOpacity={0.35}
                  strokeLinecap="round"
                />
              ) : null,
            )}
          </g>
        );
      })}
      <g role="list" aria-label="Points of the chart">
        {POINTS.map((p) => {
          const on = shown(show, p.entry.kind);
          const index = focusable.indexOf(p);
          const { d, filled } = marker(p.measure);
          const lit = active === p.key || selected === p.entry.id;
          return (
            <g
              key={p.key}
              ref={(el) => {
                if (el) refs.current.set(p.key, el);
                else refs.current.delete(p.key);
              }}
              role={on ? 'listitem' : undefined}
              aria-hidden={on ? undefined : true}
              aria-label={on ? p.caption : undefined}
              tabIndex={on ? (index === current ? 0 : -1) : undefined}
              className={`scale-point${lit ? ' is-lit' : ''}`}
              data-point={p.key}
              transform={`translate(${x(p.count.value)},${rowY(p.entry)})`}
              opacity={on ? 1 : 0.3}
              onFocus={() => {
                setRoving(index);
                onActive(p.key);
              }}
              onBlur={() => onActive(null)}
              onPointerEnter={() => onActive(p.key)}
              onPointerLeave={() => onActive(null)}
              onClick={() => on && onPick(p.entry.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              <circle r={12} fill="transparent" />
              {p.count.quality === 'estimate' && p.count.low === undefined && (
                <circle r={9.5} fill="none" stroke={COLOR[p.measure]} strokeWidth={1.2} strokeDasharray="2 2" />
              )}
              <path d={d} fill={filled ? COLOR[p.measure] : palette.bg} stroke={COLOR[p.measure]} strokeWidth={2} />
            </g>
          );
        })}
      </g>
    </>
  );
});

const LEGEND: [Measure, string][] = [
  ['neurons', 'neurons'],
  ['synapses', 'synapses'],
  ['parameters', 'parameters'],
  ['active', 'active per token'],
  ['units', 'units (“neurons”) of a net'],
];

/** The key to the marker shapes, in HTML so it stays legible on a phone. */
function Legend() {
  return (
    <ul className="scale-legend" aria-label="Key">
      {LEGEND.map(([measure, label]) => {
        const { d, filled } = marker(measure);
        return (
          <li key={measure}>
            <svg viewBox="-8 -8 16 16" width="14" height="14" aria-hidden="true">
              <path d={d} fill={filled ? COLOR[measure] : palette.bg} stroke={COLOR[measure]} strokeWidth={2} />
            </svg>
            {label}
          </li>
        );
      })}
      <li>
        <svg viewBox="-8 -8 16 16" width="14" height="14" aria-hidden="true">
          <line x1={-7} x2={7} y1={0} y2={0} stroke={palette.spike} strokeWidth={5} strokeOpacity={0.35} strokeLinecap="round" />
        </svg>
        range given by the source
      </li>
      <li>
        <span className="scale-legend-estimate" aria-hidden="true">
          ~
        </span>{' '}
        order-of-magnitude estimate (dashed ring)
      </li>
    </ul>
  );
}

const PRESETS = SPECIES.map((s) => ({
  id: s.id,
  name: shortName(s),
  neurons: s.neurons!.value,
  // The human preset uses the commonly quoted cortical average of ~7,000 synapses per neuron.
  synapses: s.id === 'human' ? 7000 : Number(perNeuron(s).toPrecision(3)),
}));

type Calc = ReturnType<typeof calculator>;
/** The calculator, computed once per change of the params for the view, both readouts and the summary. */
const calcOf = (p: ScaleParams): Calc => calculator(p.neurons, p.synapses);
const totalReadout = (calc: Calc) => ({ value: calc.totalText, context: calc.compare });
const ratioReadout = (calc: Calc) => calc.ratioText;
const summary = (calc: Calc) => `${calc.totalText}, ${calc.compare}; ${calc.ratioText}.`;
const neuronsText = (n: number) => `${words(n)} neurons`;
const synapsesText = (n: number) => `${words(n)} synapses per neuron`;

/** The scale diagram: a log chart of counts with sources, and a neurons × synapses calculator. */
export function ScaleView({ store, uid }: DiagramViewProps<ScaleParams>) {
  const params = useParams(store);
  const set = store.set;
  const [active, setActive] = useState<string | null>(null);
  const calc$ = useDerived(store, calcOf);
  const calc = calc$.get();
  const pick = useCallback((id: string) => set({ point: params.point === id ? 'none' : id }), [set, params.point]);

  const activePoint: ChartPoint | undefined = POINTS.find((p) => p.key === active);
  const captionText = activePoint
    ? activePoint.caption
    : params.point !== 'none'
      ? rowCaption(POINTS.filter((p) => p.entry.id === params.point))
      : 'Point at, tap or focus a marker (Tab, then the arrow keys) to read its figure and its source.';

  return (
    <div className="scale">
      <div className="scale-main">
        <div className="scale-figure">
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="scale-chart" role="group" aria-labelledby={`${uid}-scale-title`}>
            <title id={`${uid}-scale-title`}>
              Log-scale chart of neuron and synapse counts of five nervous systems beside the parameter counts of nine artificial networks; use the arrow keys
              to move between points.
            </title>
            <Chart show={params.show} selected={params.point} active={active} onActive={setActive} onPick={pick} />
            <CalcLine total={calc.total} totalText={sci(calc.total)} />
          </svg>
          <Legend />
          <p className="scale-caption">
            <output data-readout="point">{captionText}</output>
          </p>
        </div>
        <div className="scale-side">
          <p className="scale-caveat">
            <strong>Not like for like.</strong> {SCALE_CAVEAT} Parameter counts are only a rough yardstick beside synapse counts.
          </p>
          <fieldset className="scale-calculator">
            <legend>Calculator: neurons × synapses per neuron</legend>
            <div className="controls">
              <LogSlider field="neurons" display={sci} valueText={neuronsText} />
              <LogSlider field="synapses" display={words} valueText={synapsesText} />
            </div>
            <div className="scale-presets" role="group" aria-label="Presets">
              {PRESETS.map((p) => (
                <button
                  key={p.id}
                  type="button"
                  aria-pressed={params.neurons === p.neurons && params.synapses === p.synapses}
                  onClick={() => set({ neurons: p.neurons, synapses: p.synapses })}
                >
                  {p.name}
                </button>
              ))}
            </div>
            <div className="readouts">
              <Readout name="total" label="Total" source={calc$} text={totalReadout} />
              <Readout name="ratio" label="Compared with the largest network" source={calc$} text={ratioReadout} />
            </div>
            <p className="explain">
              {words(params.neurons)} neurons × {words(params.synapses)} synapses each = {calc.totalText}: {calc.ratioContext}. {calc.extreme}
            </p>
          </fieldset>
          <Choice field="show" />
        </div>
      </div>
      <Announce source={calc$} text={summary} />
    </div>
  );
}
