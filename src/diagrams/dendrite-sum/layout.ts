/**
 * Geometry of the dendrite-sum drawing: pure data (path strings, points,
 * scales), no JSX, identical on the server and in the browser.
 *
 *   dendrites + synapses ─► soma ─► AIS (gauge above) ─► axon, node to node ─► terminals
 *                                                     action potential inset
 */
import { MAX_SYNAPSES } from './schema';
import { bentControl, polylinePath, quadAt, quadPath, type Point } from '../../chart/path';
import { scaleLinear } from '../../chart/scaleLinear';

export const WIDTH = 480;
export const HEIGHT = 300;

export type { Point };

export const SOMA = { x: 160, y: 150, r: 26 };
export const AIS = { x0: SOMA.x + SOMA.r - 3, x1: SOMA.x + SOMA.r + 30, y: SOMA.y };
const AXON_END = 408;

/** One dendrite: its path, where its synapse sits, where its label goes, and the way to the soma. */
export interface DendriteSlot {
  d: string;
  synapse: Point;
  label: Point & { anchor: 'start' | 'middle' | 'end' };
  /** Points from the synapse to the soma, for the travelling PSP. */
  toSoma: Point[];
}

const SYNAPSE_AT = 0.8;
const PULSE_SAMPLES = 24;

/** Which dendrite (0 = top, 7 = bottom) synapse i sits on, so the first few spread over the tree. */
const SLOT_ORDER = [1, 3, 5, 6, 2, 4, 0, 7];

/** The eight dendrites, fanned around the left of the soma (fixed, not random); entry i carries synapse i. */
export function dendriteSlots(): DendriteSlot[] {
  return SLOT_ORDER.map((i) => {
    const angle = ((245 - (i * 130) / (MAX_SYNAPSES - 1)) * Math.PI) / 180;
    const length = i % 2 === 0 ? 122 : 102;
    const bend = i % 2 === 0 ? 0.21 : -0.17;
    const start = { x: SOMA.x + Math.cos(angle) * SOMA.r * 0.9, y: SOMA.y + Math.sin(angle) * SOMA.r * 0.9 };
    const tip = { x: SOMA.x + Math.cos(angle) * length, y: SOMA.y + Math.sin(angle) * length };
    const control = bentControl(start, tip, bend);
    const synapse = quadAt(start, control, tip, SYNAPSE_AT);
    const toSoma = Array.from({ length: PULSE_SAMPLES + 1 }, (_, k) => quadAt(start, control, tip, SYNAPSE_AT * (1 - k / PULSE_SAMPLES)));
    const cos = Math.cos(angle);
    const anchor = cos < -0.55 ? 'end' : 'middle';
    const out = 17;
    const label = {
      x: synapse.x + cos * out,
      y: synapse.y + Math.sin(angle) * out + (anchor === 'end' ? 5 : Math.sin(angle) < 0 ? -2 : 11),
      anchor,
    } as const;
    return { d: quadPath(start, control, tip), synapse, label, toSoma };
  });
}

/** The axon: myelin segments, and the places the spike is renewed (AIS, nodes, end). */
export function axon(): { myelin: { x: number; width: number }[]; stops: number[]; start: number; end: number } {
  const count = 4;
  const gap = 7;
  const first = AIS.x1 + 8;
  const width = (AXON_END - first - gap * (count - 1)) / count;
  const myelin = Array.from({ length: count }, (_, i) => ({ x: first + i * (width + gap), width }));
  const nodes = myelin.slice(0, -1).map((m) => m.x + m.width + gap / 2);
  return { myelin, stops: [(AIS.x0 + AIS.x1) / 2, ...nodes, AXON_END], start: AIS.x1, end: AXON_END };
}

/** Terminal branches, each ending in a bouton. */
export function terminals(): { d: string; bouton: Point }[] {
  const ends = [
    { x: 452, y: 110 },
    { x: 464, y: 150 },
    { x: 452, y: 184 },
  ];
  return ends.map((end) => ({
    d: `M${AXON_END},${SOMA.y}C${AXON_END + 22},${SOMA.y} ${end.x - 24},${end.y} ${end.x},${end.y}`,
    bouton: end,
  }));
}

/** The AIS drawn as a tapering neck from the soma. */
export const AIS_PATH = `M${AIS.x0},${SOMA.y - 11}L${AIS.x1},${SOMA.y - 3.5}L${AIS.x1},${SOMA.y + 3.5}L${AIS.x0},${SOMA.y + 11}Z`;

/** The membrane-potential gauge above the AIS: a vertical scale in mV. */
export const GAUGE = { x: 262, top: 16, bottom: 128, width: 16 };
/** Gauge range: covers the linear model's extremes (8 × GABA to 8 × glutamate). */
export const GAUGE_DOMAIN: readonly [number, number] = [-105, -20];
/** Gauge position (SVG y) of a potential in mV, clamped to the gauge. */
export const gaugeY = scaleLinear().domain(GAUGE_DOMAIN).range([GAUGE.bottom, GAUGE.top]).clamp(true);

/** The action-potential inset. */
export const INSET = { x: 226, y: 198, width: 214, height: 100 };

/** Path of the Hodgkin–Huxley trace inside the inset, with its scales. */
export function tracePath(tMs: ArrayLike<number>, vMilliVolts: ArrayLike<number>): { d: string; y: (v: number) => number; x: (t: number) => number } {
  const last = tMs[tMs.length - 1] ?? 1;
  const x = scaleLinear()
    .domain([0, last])
    .range([INSET.x + 10, INSET.x + INSET.width - 10]);
  const y = scaleLinear()
    .domain([-85, 45])
    .range([INSET.y + INSET.height - 10, INSET.y + 26]);
  const points = Array.from({ length: tMs.length }, (_, i) => [x(tMs[i]!), y(vMilliVolts[i]!)] as const);
  return { d: polylinePath(points, 1), x, y };
}

/** Where a point list is at fraction `t` in [0, 1] (linear between samples). */
export function along(points: readonly Point[], t: number): Point {
  const f = Math.min(1, Math.max(0, t)) * (points.length - 1);
  const i = Math.min(points.length - 2, Math.floor(f));
  const a = points[i]!;
  const b = points[i + 1]!;
  const u = f - i;
  return { x: a.x + (b.x - a.x) * u, y: a.y + (b.y - a.y) * u };
}

/** Radius of a travelling PSP for its size in mV (area grows with the PSP). */
export function pulseRadius(pspMilliVolts: number): number {
  return 2.5 + Math.sqrt(Math.abs(pspMilliVolts)) * 2.2;
}

/**
 * Marker path for a transmitter, centred on 0,0, so the type reads without
 * colour: glutamate ▲, acetylcholine ◆, GABA ●, glycine ■.
 */
export function markerPath(type: 'glu' | 'ach' | 'gaba' | 'gly', size: number): string {
  const s = size;
  switch (type) {
    case 'glu':
      return `M0,${-s}L${s * 0.95},${s * 0.7}L${-s * 0.95},${s * 0.7}Z`;
    case 'ach':
      return `M0,${-s}L${s},0L0,${s}L${-s},0Z`;
    case 'gaba':
      return `M${-s * 0.85},0A${s * 0.85},${s * 0.85} 0 1 0 ${s * 0.85},0A${s * 0.85},${s * 0.85} 0 1 0 ${-s * 0.85},0Z`;
    case 'gly':
      return `M${-s * 0.75},${-s * 0.75}H${s * 0.75}V${s * 0.75}H${-s * 0.75}Z`;
  }
}
