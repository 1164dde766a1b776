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
      citation: 'White et al. 1986, Phil. Trans. R. Soc. B 314:1; Varshney et al. 2011; Cook et al. 2019, Nature 571:63',
      doi: '10.1038/s41586-019-1352-7',
    },
  },
  {
    id: 'fruit-fly', name: 'fruit fly (adult female brain)', kind: 'species', year: 2024,
    neurons: { value: 139255, quality: 'measured' },
    synapses: { value: 5e7, quality: 'measured', note: 'chemical synapses; 54.5 million reported' },
    source: { citation: 'Dorkenwald et al. 2024 (FlyWire), Nature 634:124', doi: '10.1038/s41586-024-07558-y' },
  },
  {
    id: 'mouse', name: 'mouse', kind: 'species', year: 2006,
    neurons: { value: 7e7, quality: 'measured', note: '~70 million' },
    synapses: { value: 1e11, quality: 'estimate', note: 'order of magnitude, derived (cortex)' },
    source: { citation: 'Herculano-Houzel et al. 2006, PNAS 103:12138', doi: '10.1073/pnas.0604911103' },
  },
  {
    id: 'macaque', name: 'macaque (rhesus)', kind: 'species', year: 2007,
    neurons: { value: 6.4e9, quality: 'measured', note: '~6.4 billion' },
    synapses: { value: 1e13, quality: 'estimate', note: 'order of magnitude only' },
    source: { citation: 'Herculano-Houzel et al. 2007, PNAS 104:3562', doi: '10.1073/pnas.0611396104' },
  },
  {
    id: 'human', name: 'human', kind: 'species', year: 2009,
    neurons: {
      value: 86e9, low: 78e9, high: 94e9, quality: 'measured',
      note: '86 ± 8 billion: ~16 billion in the cerebral cortex, ~69 billion in the cerebellum',
    },
    synapses: {
      value: 1.5e14, low: 1e14, high: 1e15, quality: 'estimate',
      note: 'value: neocortex alone (Pakkenberg et al. 2003); range: whole brain, 10¹⁴–10¹⁵ (Drachman 2005)',
    },
    source: {
      citation: 'Azevedo et al. 2009, J. Comp. Neurol. 513:532; Pakkenberg et al. 2003, Exp. Gerontol. 38:95; Drachman 2005, Neurology 64:2004',
      doi: '10.1002/cne.21974',
    },
  },
];

/** Artificial networks: trainable parameters. */
export const NETWORKS: readonly ScaleEntry[] = [
  {
    id: 'perceptron-mark-i', name: 'perceptron (Mark I)', kind: 'network', year: 1958,
    parameters: {
      value: 512, quality: 'measured',
      note: 'hardware perceptron, one trainable layer: 400 photocells (20×20), 512 association units; ~512 adjustable weights (secondary source, check the primary)',
    },
    source: { citation: 'Rosenblatt 1958, Psychol. Rev. 65:386', doi: '10.1037/h0042519' },
  },
  {
    id: 'lenet-5', name: 'LeNet-5', kind: 'network', year: 1998,
    parameters: { value: 6e4, quality: 'measured', note: '~60,000' },
    source: { citation: 'LeCun et al. 1998, Proc. IEEE 86:2278' },
  },
  {
    id: 'alexnet', name: 'AlexNet', kind: 'network', year: 2012,
    neurons: { value: 650000, quality: 'measured', note: 'units ("neurons") reported in the paper' },
    parameters: { value: 6e7, quality: 'measured', note: '~60 million (61,100,840 in torchvision)' },
    source: { citation: 'Krizhevsky et al. 2012, NeurIPS 25:1097', doi: '10.1145/3065386' },
  },
  {
    id: 'resnet-50', name: 'ResNet-50', kind: 'network', year: 2016,
    parameters: { value: 2.56e7, quality: 'measured', note: '~25.6 million (25,557,032 in torchvision)' },
    source: { citation: 'He et al. 2016, CVPR' },
  },
  {
    id: 'bert-large', name: 'BERT-large', kind: 'network', year: 2019,
    parameters: { value: 3.4e8, quality: 'measured', note: '~340 million' },
    source: { citation: 'Devlin et al. 2019, NAACL' },
  },
  {
    id: 'gpt-2', name: 'GPT-2', kind: 'network', year: 2019,
    parameters: { value: 1.5e9, quality: 'measured', note: '1.5 billion' },
    source: { citation: 'Radford et al. 2019, OpenAI technical report' },
  },
  {
    id: 'gpt-3', name: 'GPT-3', kind: 'network', year: 2020,
    parameters: { value: 1.75e11, quality: 'measured', note: '175 billion' },
    source: { citation: 'Brown et al. 2020, NeurIPS', arxiv: '2005.14165' },
  },
  {
    id: 'llama-3.1-405b', name: 'Llama 3.1 405B', kind: 'network', year: 2024,
    parameters: { value: 4.05e11, quality: 'measured', note: '405 billion, dense' },
    source: { citation: 'Llama Team, AI @ Meta 2024', arxiv: '2407.21783' },
  },
  {
    id: 'deepseek-v3', name: 'DeepSeek-V3', kind: 'network', year: 2024,
    parameters: { value: 6.71e11, quality: 'measured', note: '671 billion total (mixture of experts)' },
    activeParameters: { value: 3.7e10, quality: 'measured', note: '37 billion active per token' },
    source: { citation: 'DeepSeek-AI 2024', arxiv: '2412.19437' },
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
