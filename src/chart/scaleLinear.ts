/**
 * A linear scale with the part of d3-scale's `scaleLinear` API the diagrams
 * use (domain, range, clamp, nice, ticks, invert). d3-scale itself brings
 * interpolators, colour and time formatting along (~12 KB gzip), which would
 * push an embed page over its budget; the tick maths still comes from d3-array.
 */
import { tickIncrement, ticks as d3ticks } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  domain(domain: readonly number[]): LinearScale;
  range(): [number, number];
  range(range: readonly number[]): LinearScale;
  clamp(clamp: boolean): LinearScale;
  nice(count?: number): LinearScale;
  ticks(count?: number): number[];
  invert(value: number): number;
  copy(): LinearScale;
}

/** Make a linear scale, by default from [0, 1] to [0, 1]. */
export function scaleLinear(): LinearScale {
  let d0 = 0;
  let d1 = 1;
  let r0 = 0;
  let r1 = 1;
  let clamped = false;

  const scale = ((value: number) => {
    let t = d1 === d0 ? 0.5 : (value - d0) / (d1 - d0);
    if (clamped) t = Math.max(0, Math.min(1, t));
    return r0 + t * (r1 - r0);
  }) as LinearScale;

  scale.domain = ((domain?: readonly number[]) => {
    if (!domain) return [d0, d1];
    d0 = Number(domain[0]);
    d1 = Number(domain[domain.length - 1]);
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((range?: readonly number[]) => {
    if (!range) return [r0, r1];
    r0 = Number(range[0]);
    r1 = Number(range[range.length - 1]);
    return scale;
  }) as LinearScale['range'];
  scale.clamp = (clamp) => {
    clamped = clamp;
    return scale;
  };
  scale.nice = (count = 10) => {
    // d3's nice: widen the domain to whole multiples of the tick step, until stable.
    let start = Math.min(d0, d1);
    let stop = Math.max(d0, d1);
    let previous: number | undefined;
    for (let i = 0; i < 10; i++) {
      const step = tickIncrement(start, stop, count);
      if (step === previous || !Number.isFinite(step) || step === 0) break;
      if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      }
      previous = step;
    }
    [d0, d1] = d0 <= d1 ? [start, stop] : [stop, start];
    return scale;
  };
  scale.ticks = (count = 10) => d3ticks(Math.min(d0, d1), Math.max(d0, d1), count);
  scale.invert = (value) => (r1 === r0 ? d0 : d0 + ((value - r0) / (r1 - r0)) * (d1 - d0));
  scale.copy = () => scaleLinear().domain([d0, d1]).range([r0, r1]).clamp(clamped);
  return scale;
}
