/** Which slider of which diagram the scrub benchmark and the audit drag. */
export const SCRUB_TARGETS = [
  { id: 'dendrite-sum', query: '', slider: 'input[type=range]' },
  { id: 'linear-layer', query: 'n=8&k=8', slider: 'input[type=range]' },
  { id: 'membrane', query: '', slider: 'input[type=range]' },
  { id: 'circuit', query: '', slider: 'input[type=range]' },
];
