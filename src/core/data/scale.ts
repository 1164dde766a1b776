/**
 * Neuron, synapse and parameter counts for the scale chart, exactly as given
 * in shared/science-brief.md ("Comparison figures") and its detailed version
 * (§3). A parameter is not a synapse: a synapse is a dynamic, stochastic
 * device with its own time constants and plasticity (SCALE_CAVEAT).
 */

/** A count, with a low–high range where the source gives one. */
export interface Count {
  value: number;
  low?: number;
  high?: number;
  /** 'measured', or 'estimate' for derived order-of-magnitude figures. */
  quality: 'measured' | 'estimate';
  note?: string;
}

/** Where a figure comes from. */
export interface Source {
  citation: string;
  /** Keys of the works in content/references.ts (checked by tests/unit/references.test.ts). */
  refs: readonly string[];
  doi?: string;
  arxiv?: string;
  url?: string;
}

/** One row of the scale chart. */
export interface ScaleEntry {
  id: string;
  name: string;
  kind: 'species' | 'network';
  /** Year of the source (species) or of the model (networks). */
  year: number;
  neurons?: Count;
  synapses?: Count;
  parameters?: Count;
  /** Mixture-of-experts models: parameters used per token. */
  activeParameters?: Count;
  source: Source;
}

/** Nervous systems: neurons and synapses. */
export const SPECIES: readonly ScaleEntry[] = [
  {
    id: 'c-elegans', name: 'C. elegans (hermaphrodite)', kind: 'species', year: 2019,
    neurons: { value: 302, quality: 'measured' },
    synapses: {
      value: 7300, quality: 'measured',
      note: '~6,400 chemical synapses + ~900 gap junctions (6,393 + 890)',
    },
    source: {
      // The 6,393 + 890 are Varshney's counts for the 279 connected somatic neurons.
      citation: 'White et al. 1986, Phil. Trans. R. Soc. B 314:1; Varshney et al. 2011 (somatic network); Cook et al. 2019, Nature 571:63',
      refs: ['white1986', 'varshney2011', 'cook2019'],
      doi: '10.1038/s41586-019-1352-7',
    },
  },
  {
    id: 'fruit-fly', name: 'fruit fly (adult female brain)', kind: 'species', year: 2024,
    neurons: { value: 139255, quality: 'measured' },
    synapses: { value: 5e7, quality: 'measured', note: 'chemical synapses; 54.5 million reported' },
    source: { citation: 'Dorkenwald et al. 2024 (FlyWire), Nature 634:124', refs: ['dorkenwald2024'], doi: '10.1038/s41586-024-07558-y' },
  },
  {
    id: 'mouse', name: 'mouse', kind: 'species', year: 2006,
    neurons: { value: 7e7, quality: 'measured', note: '~70 million' },
    synapses: {
      value: 1e11, quality: 'estimate',
      note: 'order of magnitude, derived for the cortex: ~7 × 10⁸ synapses per mm³ (Braitenberg & Schüz 1998) × its volume',
    },
    source: {
      citation: 'Herculano-Houzel et al. 2006, PNAS 103:12138 (neurons); Braitenberg & Schüz 1998 (synapse density)',
      refs: ['herculanohouzel2006', 'braitenberg1998'],
      doi: '10.1073/pnas.0604911103',
    },
  },
  {
    id: 'macaque', name: 'macaque (rhesus)', kind: 'species', year: 2007,
    neurons: { value: 6.4e9, quality: 'measured', note: '~6.4 billion' },
    synapses: { value: 1e13, quality: 'estimate', note: 'order of magnitude only; no count exists' },
    source: { citation: 'Herculano-Houzel et al. 2007, PNAS 104:3562 (neurons)', refs: ['herculanohouzel2007'], doi: '10.1073/pnas.0611396104' },
  },
  {
    id: 'human', name: 'human', kind: 'species', year: 2009,
    neurons: {
      value: 86e9, low: 78e9, high: 94e9, quality: 'measured',
      note: '86 ± 8 billion: ~16 billion in the cerebral cortex, ~69 billion in the cerebellum',
    },
    synapses: {
      value: 1.5e14, low: 1e14, high: 1e15, quality: 'estimate',
      // Stereology counts the neocortex only; the whole-brain range is an order-of-magnitude
      // estimate (Drachman's 10¹⁵ is a child's figure, so it is only a loose upper bound).
      note: 'value: neocortex alone, a stereological estimate (Pakkenberg et al. 2003; Tang et al. 2001 give 1.64 × 10¹⁴); range: whole brain, 10¹⁴ to a loose upper bound of 10¹⁵',
    },
    source: {
      citation: 'Azevedo et al. 2009, J. Comp. Neurol. 513:532 (neurons); Pakkenberg et al. 2003, Exp. Gerontol. 38:95, and Tang et al. 2001, Synapse 41:258 (neocortical synapses)',
      refs: ['azevedo2009', 'pakkenberg2003', 'tang2001'],
      doi: '10.1002/cne.21974',
    },
  },
];

/** Artificial networks: trainable parameters. */
export const NETWORKS: readonly ScaleEntry[] = [
  {
    // The 1958 paper describes the perceptron, not the Mark I hardware (built 1958–60);
    // the hardware figures are from secondary accounts, so the count is an estimate.
    id: 'perceptron-mark-i', name: 'perceptron (Mark I)', kind: 'network', year: 1960,
    parameters: {
      value: 512, low: 512, high: 4096, quality: 'estimate',
      note: 'hardware perceptron (1958–60), one trainable layer: 400 photocells (20×20), 512 association units, 8 response units; 512 weights per response unit, up to 512 × 8 in all (hardware figures from secondary accounts)',
    },
    source: { citation: 'Rosenblatt 1958, Psychol. Rev. 65:386 (the perceptron; not the Mark I hardware)', refs: ['rosenblatt1958'], doi: '10.1037/h0042519' },
  },
  {
    id: 'lenet-5', name: 'LeNet-5', kind: 'network', year: 1998,
    parameters: { value: 6e4, quality: 'measured', note: '~60,000' },
    source: { citation: 'LeCun et al. 1998, Proc. IEEE 86:2278', refs: ['lecun1998'], doi: '10.1109/5.726791' },
  },
  {
    id: 'alexnet', name: 'AlexNet', kind: 'network', year: 2012,
    neurons: { value: 650000, quality: 'measured', note: 'units ("neurons") reported in the paper' },
    parameters: { value: 6e7, quality: 'measured', note: '~60 million (61,100,840 in torchvision)' },
    source: { citation: 'Krizhevsky et al. 2012, NeurIPS 25:1097', refs: ['krizhevsky2012'], doi: '10.1145/3065386' },
  },
  {
    id: 'resnet-50', name: 'ResNet-50', kind: 'network', year: 2016,
    // The paper gives no parameter count; the count is torchvision's implementation.
    parameters: { value: 2.56e7, quality: 'measured', note: '~25.6 million, as implemented in torchvision (25,557,032)' },
    source: { citation: 'He et al. 2016, CVPR (the network); torchvision documentation (the count)', refs: ['he2016', 'torchvision2024'], doi: '10.1109/CVPR.2016.90' },
  },
  {
    id: 'bert-large', name: 'BERT-large', kind: 'network', year: 2019,
    parameters: { value: 3.4e8, quality: 'measured', note: '~340 million' },
    source: { citation: 'Devlin et al. 2019, NAACL', refs: ['devlin2019'], doi: '10.18653/v1/N19-1423' },
  },
  {
    id: 'gpt-2', name: 'GPT-2', kind: 'network', year: 2019,
    parameters: { value: 1.5e9, quality: 'measured', note: '1.5 billion' },
    source: { citation: 'Radford et al. 2019, OpenAI technical report', refs: ['radford2019'] },
  },
  {
    id: 'gpt-3', name: 'GPT-3', kind: 'network', year: 2020,
    parameters: { value: 1.75e11, quality: 'measured', note: '175 billion' },
    source: { citation: 'Brown et al. 2020, NeurIPS', refs: ['brown2020'], arxiv: '2005.14165' },
  },
  {
    id: 'llama-3.1-405b', name: 'Llama 3.1 405B', kind: 'network', year: 2024,
    parameters: { value: 4.05e11, quality: 'measured', note: '405 billion, dense' },
    source: { citation: 'Llama Team, AI @ Meta 2024', refs: ['llama2024'], arxiv: '2407.21783' },
  },
  {
    id: 'deepseek-v3', name: 'DeepSeek-V3', kind: 'network', year: 2024,
    parameters: { value: 6.71e11, quality: 'measured', note: '671 billion total (mixture of experts)' },
    activeParameters: { value: 3.7e10, quality: 'measured', note: '37 billion active per token' },
    source: { citation: 'DeepSeek-AI 2024', refs: ['deepseek2024'], arxiv: '2412.19437' },
  },
];

/** Every row of the chart: species, then networks. */
export const SCALE_ENTRIES: readonly ScaleEntry[] = [...SPECIES, ...NETWORKS];

/** The caveat the brief asks to print beside the chart. */
export const SCALE_CAVEAT =
  'A parameter is not a synapse: a synapse is a dynamic, stochastic device with its own time constants and plasticity.';

/** Total synapses for a neuron count and an average synapses-per-neuron (the chart's calculator). */
export function synapseEstimate(neurons: number, synapsesPerNeuron: number): number {
  return neurons * synapsesPerNeuron;
}
