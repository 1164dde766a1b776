/** The essay's title, subtitle and page metadata. */
export const essay = {
  title: 'Two Neurons',
  subtitle: 'How can we compare neurons in neuroscience and deep learning?',
  summary:
    'An interactive essay that sets a biological neuron beside an artificial one, from ions, synapses and spikes to dot products, activation functions and backpropagation, and shows where the analogy holds and where it breaks.',
  date: '2026-11-29',
  authors: ['Two Neurons team'],
};
