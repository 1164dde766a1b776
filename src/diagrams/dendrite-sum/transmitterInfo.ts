import type { TransmitterKey } from '../../core';
import { TRANSMITTERS, TRANSMITTER_KEYS } from '../../core';

/** How each transmitter is named in the drawing (short) and in the controls (with its receptor). */
export const TRANSMITTER_LABELS: Readonly<Record<TransmitterKey, { short: string; long: string; shape: string }>> = {
  glu: { short: 'Glu', long: 'Glutamate (AMPA receptor)', shape: 'triangle' },
  ach: { short: 'ACh', long: 'Acetylcholine (nicotinic receptor)', shape: 'diamond' },
  gaba: { short: 'GABA', long: 'GABA (GABA-A receptor)', shape: 'circle' },
  gly: { short: 'Gly', long: 'Glycine (glycine receptor)', shape: 'square' },
};

/** The transmitters in the order the controls list them. */
export const TRANSMITTER_ORDER: readonly TransmitterKey[] = TRANSMITTER_KEYS;

/** Whether a transmitter's receptor excites (reversal above threshold) here. */
export function excites(type: TransmitterKey): boolean {
  return TRANSMITTERS[type].sign === 'excitatory';
}
