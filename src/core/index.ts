/**
 * The neuron-math core of Two Neurons: pure TypeScript, no DOM, no global
 * randomness. Every diagram computes through these exports.
 */
export * from './units';
export * from './random';
export * from './ions';
export * from './transmitters';
export * from './summation';
export * from './hodgkinHuxley';
export * from './lif';
export * from './neuromodulation';
export * from './adaptation';
export * from './spontaneous';
export * from './priorityQueue';
export * from './network';
export * from './linalg';
export * from './activations';
export * from './layer';
export * from './mlp';
export * from './forwardForward';
export * from './xor';
export * from './perceptron';
export * from './dendriticUnit';
export * from './data/scale';
export * from './softmaxRegression';
export * from './digits';
export * from './receptiveField';
