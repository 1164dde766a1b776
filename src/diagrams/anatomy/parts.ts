/** The parts of a neuron the anatomy diagram names, in the order a signal meets them. */
export const PARTS = ['dendrites', 'spines', 'soma', 'axon-hillock', 'axon', 'myelin', 'node', 'terminals', 'synapse'] as const;
export type Part = (typeof PARTS)[number];

/** Each part's name and what it does, in one or two plain sentences. */
export const PART_INFO: Record<Part, { name: string; text: string }> = {
  dendrites: {
    name: 'Dendrites',
    text: 'Branches that receive most of the cell’s inputs. Transmitter released onto them opens receptor channels, and the small potentials that result spread toward the soma, fading with distance and time.',
  },
  spines: {
    name: 'Dendritic spines',
    text: 'Tiny protrusions on the dendrites. Most excitatory synapses sit on a spine, each a small compartment of its own.',
  },
  soma: {
    name: 'Soma (cell body)',
    text: 'Holds the nucleus and the cell’s machinery. The potentials arriving from the dendrites add up here on their way to the axon.',
  },
  'axon-hillock': {
    name: 'Axon hillock and initial segment',
    text: 'Where the axon leaves the soma. The initial segment is packed with voltage-gated sodium channels: this is where the membrane potential is compared with threshold (about −55 mV) and an action potential starts.',
  },
  axon: {
    name: 'Axon',
    text: 'The output cable. An action potential is regenerated along it, all-or-none, and travels away from the soma toward the terminals.',
  },
  myelin: {
    name: 'Myelin sheath',
    text: 'Insulating wraps made by glial cells. They let the signal skip from gap to gap, which makes conduction much faster.',
  },
  node: {
    name: 'Node of Ranvier',
    text: 'A bare gap between myelin segments, dense with sodium channels, where the action potential is renewed.',
  },
  terminals: {
    name: 'Axon terminals and boutons',
    text: 'The axon branches and ends in boutons. When a spike arrives, calcium enters and vesicles release transmitter — the same transmitter at every terminal of the cell (Dale’s principle).',
  },
  synapse: {
    name: 'Synapse (enlarged)',
    text: 'The junction between two cells: a presynaptic bouton full of vesicles, a cleft about 20 nm wide, and receptors on the next cell. The chemical messengers are the transmitters; the synapse is the place.',
  },
};

/** Whether a part is drawn lit when `lit` is: a part, or the whole it belongs to (spines light the dendrites; myelin and nodes, the axon). */
export function isLit(part: Part, lit: Part | null): boolean {
  return lit === part || (part === 'dendrites' && lit === 'spines') || (part === 'axon' && (lit === 'myelin' || lit === 'node'));
}

/** The part a click on `part` leaves chosen: a click on the chosen part clears it. */
export function toggledPart(chosen: Part | 'none', part: Part): Part | 'none' {
  return chosen === part ? 'none' : part;
}

/** What the readout says for the lit part. */
export function partText(lit: Part | null): string {
  if (!lit) return 'Point at, tap or focus a part of the neuron to name it.';
  const info = PART_INFO[lit];
  return `${info.name}: ${info.text}`;
}
