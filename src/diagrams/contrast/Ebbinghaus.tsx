import { memo } from 'react';
import { palette } from '../../ui/palette';
import { EBBINGHAUS_HEIGHT, EBBINGHAUS_WIDTH, ebbinghaus, type Circle } from './layout';

interface EbbinghausProps {
  centre: number;
  bigring: number;
  smallring: number;
  guides: boolean;
  titleId: string;
}

function Disc({ c, centre }: { c: Circle; centre?: boolean }) {
  return <circle cx={c.cx} cy={c.cy} r={c.r} fill={centre ? palette.highlight : palette.neutral} />;
}

/** The Ebbinghaus figure: two identical centre circles, one ringed by large circles, one by small ones. */
export const Ebbinghaus = memo(function Ebbinghaus({ centre, bigring, smallring, guides, titleId }: EbbinghausProps) {
  const { left, right } = ebbinghaus(centre, bigring, smallring);
  const top = left.centre.cy - left.centre.r;
  const bottom = left.centre.cy + left.centre.r;
  return (
    <svg viewBox={`0 0 ${EBBINGHAUS_WIDTH} ${EBBINGHAUS_HEIGHT}`} role="img" aria-labelledby={titleId}>
      <title
        id={titleId}
      >{`The Ebbinghaus illusion: two centre circles, each ${centre} px across. The left one is ringed by ${left.ring.length} large circles (${bigring} px), the right one by ${right.ring.length} small circles (${smallring} px); most people see the left centre circle as the smaller.`}</title>
      {[left, right].map((g, i) => (
        <g key={i}>
          {g.ring.map((c, j) => (
            <Disc key={j} c={c} />
          ))}
          <Disc c={g.centre} centre />
        </g>
      ))}
      {guides && (
        <g stroke={palette.fg} strokeDasharray="4 3" strokeWidth={1}>
          <line x1={0} x2={EBBINGHAUS_WIDTH} y1={top} y2={top} />
          <line x1={0} x2={EBBINGHAUS_WIDTH} y1={bottom} y2={bottom} />
        </g>
      )}
    </svg>
  );
});
