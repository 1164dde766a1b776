import { defineDiagram } from '../types';
import { contrastSchema } from './schema';
import { ContrastView } from './View';

/** `contrast`: adaptation makes a neuron's answer depend on what came before; a feed-forward unit answers the same. */
export default defineDiagram({
  id: 'contrast',
  title: 'The same thing, seen twice',
  description:
    'Left: a timeline of a large, a small or no first stimulus followed by the same test stimulus. An adapting model neuron fires fewer spikes in the test after the large stimulus, because an adaptation current built up by its spikes holds it back; a feed-forward unit answers the test identically every time. Right: the Ebbinghaus illusion, two identical centre circles ringed by large and by small circles, with sliders for every size and guide lines to check.',
  schema: contrastSchema,
  scenes: {
    'after-large': { before: 'large', gap: 0 },
    'after-small': { before: 'small', gap: 0 },
    'no-stimulus': { before: 'none', gap: 0 },
    recovery: { before: 'large', gap: 400 },
    illusion: { guides: false },
    'illusion-guides': { guides: true },
  },
  View: ContrastView,
});
