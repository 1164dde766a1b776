import { defineDiagram } from '../types';
import { circuitSchema, RUN_MS } from './schema';
import { CircuitView } from './View';

/** `circuit`: asynchronous spikes through a recurrent circuit against one synchronous feed-forward pass. */
export default defineDiagram({
  id: 'circuit',
  title: 'Seeing a dog: spikes in a loop, or one pass through layers',
  description:
    'Press “Show a dog”: visual-feature cells fire, and spikes spread through a small recurrent circuit of spiking neurons to two “dog” concept cells and on to bark, fur, walk, leash and ball, each spike arriving after its own delay, with loops that re-excite. Beside it a feed-forward net computes the same input once, layer by layer on a global clock, and stops. A raster plot shows when each cell fired.',
  schema: circuitSchema,
  scenes: {
    before: { at: 0 },
    cascade: { at: 25 },
    loops: { at: 50 },
    after: { at: RUN_MS },
  },
  View: CircuitView,
});
