import { useState } from 'react';
import type { DiagramViewProps } from '../types';
import { useSelect } from '../../ui/live';
import { Announce } from '../../ui/controls';
import { palette } from '../../ui/palette';
import { isLit, PARTS, PART_INFO, partText, toggledPart, type Part } from './parts';
import { anatomyDrawing, HEIGHT, INSET, SOMA, WIDTH } from './layout';
import type { AnatomyParams } from './schema';

/** The anatomy diagram: a drawn neuron whose parts light up and name themselves. */
export function AnatomyView({ store, uid }: DiagramViewProps<AnatomyParams>) {
  // Fixed geometry, made once per instance.
  const [{ branches, hillock, axon, terminals, vesicles, insetBouton, labelAt }] = useState(anatomyDrawing);
  const chosen = useSelect(store, (p) => p.part);
  const [hover, setHover] = useState<Part | null>(null);
  const lit: Part | null = hover ?? (chosen === 'none' ? null : chosen);
  const on = (part: Part) => isLit(part, lit);
  const stroke = (part: Part) => (on(part) ? palette.highlight : palette.neutral);
  const dim = (part: Part) => (lit === null || on(part) ? 1 : 0.45);
  const choose = (part: Part) => store.set({ part: toggledPart(chosen, part) });
  const pointer = (part: Part) => ({
    onPointerEnter: () => setHover(part),
    onPointerLeave: () => setHover(null),
    onClick: () => choose(part),
    'data-part': part,
  });
  const info = lit ? PART_INFO[lit] : null;
  const label = lit ? labelAt[lit] : null;
  const spoken = info ? info.name : '';

  return (
    <div className="anatomy">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${uid}-anatomy-title`}>
        <title id={`${uid}-anatomy-title`}>
          {info
            ? `A neuron with the ${info.name.toLowerCase()} highlighted`
            : 'A neuron: dendrites, soma, axon with myelin, and terminals, with one synapse enlarged'}
        </title>
        <g {...pointer('dendrites')} opacity={dim('dendrites')}>
          {branches.map((branch, i) => (
            <path key={i} d={branch.d} fill="none" stroke={stroke('dendrites')} strokeWidth={branch.width} strokeLinecap="round" />
          ))}
        </g>
        <g {...pointer('spines')} opacity={dim('spines')}>
          {branches.flatMap((branch, i) =>
            branch.spines.map((s, j) => {
              const color = lit === 'spines' ? palette.highlight : palette.neutral;
              return (
                <g key={`${i}-${j}`}>
                  <line x1={s.x} y1={s.y} x2={s.tip.x} y2={s.tip.y} stroke={color} strokeWidth={1.5} />
                  <circle cx={s.tip.x} cy={s.tip.y} r={2.4} fill={color} />
                </g>
              );
            }),
          )}
        </g>
        <g {...pointer('soma')} opacity={dim('soma')}>
          <circle cx={SOMA.x} cy={SOMA.y} r={SOMA.r} fill={palette.panel} stroke={stroke('soma')} strokeWidth={5} />
          <circle cx={SOMA.x - 4} cy={SOMA.y - 2} r={11} fill={palette.faint} stroke={stroke('soma')} strokeWidth={1.5} />
        </g>
        <g {...pointer('axon-hillock')} opacity={dim('axon-hillock')}>
          <path d={hillock} fill={stroke('axon-hillock')} />
        </g>
        <g {...pointer('axon')} opacity={dim('axon')}>
          <line x1={axon.start} y1={SOMA.y} x2={axon.end} y2={SOMA.y} stroke={stroke('axon')} strokeWidth={5} />
        </g>
        <g {...pointer('myelin')} opacity={dim('myelin')}>
          {axon.myelin.map((m, i) => (
            <rect
              key={i}
              x={m.x}
              y={SOMA.y - 10}
              width={m.width}
              height={20}
              rx={10}
              fill={lit === 'myelin' ? palette.highlight : palette.panel}
              stroke={stroke('myelin')}
              strokeWidth={2}
            />
          ))}
        </g>
        <g {...pointer('node')} opacity={dim('node')}>
          {axon.nodes.map((x, i) => (
            <circle key={i} cx={x} cy={SOMA.y} r={lit === 'node' ? 6 : 3.5} fill={lit === 'node' ? palette.highlight : palette.neutral} />
          ))}
        </g>
        <g {...pointer('terminals')} opacity={dim('terminals')}>
          {terminals.map((t, i) => (
            <g key={i}>
              <path d={t.d} fill="none" stroke={stroke('terminals')} strokeWidth={3} />
              <circle cx={t.bouton.x} cy={t.bouton.y} r={7} fill={stroke('terminals')} />
            </g>
          ))}
        </g>
        <g {...pointer('synapse')} opacity={dim('synapse')}>
          <line x1={insetBouton.x} y1={insetBouton.y + 8} x2={INSET.x + 60} y2={INSET.y} stroke={palette.muted} strokeDasharray="3 3" />
          <rect
            x={INSET.x}
            y={INSET.y}
            width={INSET.width}
            height={INSET.height}
            rx={8}
            fill={palette.bg}
            stroke={lit === 'synapse' ? palette.highlight : palette.faint}
            strokeWidth={2}
          />
          {/* presynaptic bouton */}
          <path
            d={`M${INSET.x + 16},${INSET.y + 12} h118 a10,10 0 0 1 10,10 v52 a10,10 0 0 1 -10,10 h-118 Z`}
            fill={palette.panel}
            stroke={palette.neutral}
            strokeWidth={2}
          />
          {vesicles.map((v, i) => (
            <circle key={i} cx={v.x} cy={v.y} r={6} fill="none" stroke={palette.excitatory} strokeWidth={1.5} />
          ))}
          {/* postsynaptic membrane with receptors, across the cleft */}
          <line x1={INSET.x + 156} y1={INSET.y + 14} x2={INSET.x + 156} y2={INSET.y + 94} stroke={palette.neutral} strokeWidth={3} />
          {[0, 1, 2, 3, 4].map((i) => (
            <rect key={i} x={INSET.x + 150} y={INSET.y + 22 + i * 15} width={12} height={7} rx={2} fill={palette.inhibitory} />
          ))}
          <text x={INSET.x + 80} y={INSET.y + INSET.height - 6} textAnchor="middle" fontSize={11}>
            vesicles
          </text>
          <text x={INSET.x + 147} y={INSET.y + INSET.height - 6} textAnchor="middle" fontSize={11}>
            cleft
          </text>
          <text x={INSET.x + 214} y={INSET.y + 56} textAnchor="middle" fontSize={11}>
            receptors
          </text>
        </g>
        {label && info && (
          <text x={label.x} y={label.y} textAnchor={label.anchor} fontSize={16} fontWeight={600} aria-hidden="true">
            {info.name}
          </text>
        )}
      </svg>
      <div className="anatomy-parts" role="group" aria-label="Parts of the neuron">
        {PARTS.map((part) => (
          <button
            key={part}
            type="button"
            aria-pressed={chosen === part}
            onFocus={() => setHover(part)}
            onBlur={() => setHover(null)}
            onPointerEnter={() => setHover(part)}
            onPointerLeave={() => setHover(null)}
            onClick={() => choose(part)}
          >
            {PART_INFO[part].name}
          </button>
        ))}
      </div>
      <p className="explain">
        {/* A wrapped sentence about the part under the pointer (this view's own state), not a one-line number: a plain output, rendered. */}
        <output data-readout="part">{partText(lit)}</output>
      </p>
      <Announce text={() => spoken} />
    </div>
  );
}
