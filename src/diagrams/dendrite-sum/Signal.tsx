import { memo, useEffect, useState, type RefObject } from 'react';
import { useSelect } from '../../ui/live';
import type { Source } from '../../params/store';
import { settle } from '../../ui/settle';
import { useAnimationLoop } from '../../ui/useAnimationLoop';
import { palette } from '../../ui/palette';
import type { TransmitterKey } from '../../core';
import { along, axon, dendriteSlots, pulseRadius, SOMA, terminals, type Point } from './layout';
import { excites } from './transmitterInfo';

const SLOTS = dendriteSlots();
const AXON = axon();
const BOUTONS = terminals().map((t) => t.bouton);

/**
 * One signal's timeline, in ms:
 *
 *   0 ── PSPs travel to the soma ── 700 ─ 750 ── spike hops node to node ── 1200 ── transmitter released ── 1900
 *                                            (only if the potential reached threshold)
 */
const TRAVEL_MS = 700;
const SPIKE_START_MS = 750;
const HOP_MS = 90;
const RELEASE_START_MS = SPIKE_START_MS + HOP_MS * AXON.stops.length;
const RELEASE_MS = 700;
/** How long the params must stay still before a new signal is sent. */
const SETTLE_MS = 180;

/** What the signal carries: read when it is sent and while it travels. */
export interface SignalInput {
  types: readonly TransmitterKey[];
  psps: readonly number[];
  fires: boolean;
  /** Changes whenever a new signal should be sent. */
  version: string;
}

export interface SignalProps {
  svgRef: RefObject<SVGSVGElement | null>;
  source: Source<SignalInput>;
  /** Send the signal again when this changes (the replay button). */
  replays: number;
  reduced: boolean;
  /** Where the action-potential inset's cursor is, for a time into the spike (ms). */
  traceAt: (tMs: number) => Point;
}

/**
 * The moving parts: PSPs travelling down the dendrites, the spike renewed node
 * to node, transmitter leaving the terminals. Owns its clock, so a frame only
 * re-renders these few circles. With reduced motion (or between signals) it
 * shows the end state instead.
 */
export function Signal({ svgRef, source, replays, reduced, traceAt }: SignalProps) {
  // ms into the current signal; −1 when idle.
  const [t, setT] = useState(-1);
  const fires = useSelect(source, (input) => input.fires);

  // A change stops the signal in flight and sends a new one once the reader pauses:
  // while a slider is scrubbed nothing animates or re-renders here, so each input costs nothing.
  useEffect(() => {
    if (reduced) return;
    const start = settle(SETTLE_MS, () => setT(0));
    const send = (): void => {
      setT(-1);
      start.poke();
    };
    let version = source.get().version;
    send();
    const unsubscribe = source.subscribe(() => {
      const next = source.get().version;
      if (next === version) return;
      version = next;
      send();
    });
    return () => {
      start.cancel();
      unsubscribe();
    };
  }, [source, replays, reduced]);

  useAnimationLoop(svgRef, t >= 0 && !reduced, (dt) => {
    setT((now) => {
      if (now < 0) return now;
      const next = now + dt;
      const total = source.get().fires ? RELEASE_START_MS + RELEASE_MS : TRAVEL_MS + 150;
      return next < total ? next : -1;
    });
  });

  if (reduced || t < 0) return fires ? <EndState /> : null;

  const { types, psps } = source.get();
  const items = [];
  if (t < TRAVEL_MS) {
    const progress = t / TRAVEL_MS;
    for (let i = 0; i < psps.length; i++) {
      const psp = psps[i]!;
      const type = types[i]!;
      if (Math.abs(psp) < 0.05) continue;
      const at = along(SLOTS[i]!.toSoma, progress);
      const exc = excites(type);
      items.push(
        <circle
          key={`p${i}`}
          cx={at.x}
          cy={at.y}
          r={pulseRadius(psp)}
          fill={exc ? palette.excitatory : palette.bg}
          stroke={exc ? palette.excitatory : palette.inhibitory}
          strokeWidth={exc ? 0 : 2.5}
          opacity={0.9}
        />,
      );
    }
  }
  if (fires && t >= SPIKE_START_MS && t < RELEASE_START_MS) {
    const hop = Math.min(AXON.stops.length - 1, Math.floor((t - SPIKE_START_MS) / HOP_MS));
    items.push(<circle key="spike" cx={AXON.stops[hop]} cy={SOMA.y} r={9} fill={palette.spike} opacity={0.9} />);
    const cursor = traceAt(((t - SPIKE_START_MS) / (RELEASE_START_MS - SPIKE_START_MS)) * 8 + 1);
    items.push(<circle key="cursor" cx={cursor.x} cy={cursor.y} r={4} fill={palette.spike} />);
  }
  if (fires && t >= RELEASE_START_MS) {
    const p = Math.min(1, (t - RELEASE_START_MS) / RELEASE_MS);
    items.push(<Release key="release" spread={p} opacity={1 - p * 0.8} />);
  }
  return <g aria-hidden="true">{items}</g>;
}

/** Transmitter leaving each bouton: small dots spreading out. */
function Release({ spread, opacity }: { spread: number; opacity: number }) {
  return (
    <g opacity={opacity}>
      {BOUTONS.flatMap((b, i) =>
        [-0.6, 0, 0.6].map((angle, j) => (
          <circle
            key={`${i}-${j}`}
            cx={b.x + 8 + Math.cos(angle) * (4 + spread * 12)}
            cy={b.y + Math.sin(angle) * (4 + spread * 12)}
            r={2.2}
            fill={palette.spike}
          />
        )),
      )}
    </g>
  );
}

/** What a fired neuron looks like at rest: the spike marked at every node, transmitter at the terminals. */
const EndState = memo(function EndState() {
  return (
    <g aria-hidden="true">
      {AXON.stops.map((x, i) => (
        <circle key={i} cx={x} cy={SOMA.y} r={4.5} fill={palette.spike} />
      ))}
      <Release spread={0.5} opacity={1} />
    </g>
  );
});
