import { defineSchema, type ParamsOf } from '../../params/schema';

/** Length of one run of the spiking circuit, in simulated milliseconds. */
export const RUN_MS = 100;

export const circuitSchema = defineSchema({
  fields: {
    speed: {
      kind: 'number',
      label: 'Speed',
      description: 'Playback speed: 1× shows 25 ms of simulated time per second (0.1× to 2×).',
      min: 0.1,
      max: 2,
      step: 0.1,
      default: 1,
      unit: '×',
    },
    seed: {
      kind: 'number',
      label: 'Seed',
      description: 'Seed of the random jitter in when each feature cell fires (a whole number, 1 to 999); the same seed gives the same run.',
      min: 1,
      max: 999,
      step: 1,
      integer: true,
      default: 1,
      hidden: true,
    },
    at: {
      kind: 'number',
      label: 'Time',
      description: 'The moment of the run the picture shows, in ms (0 = before the dog is shown, 100 = the end).',
      min: 0,
      max: RUN_MS,
      step: 0.5,
      default: 0,
      unit: 'ms',
      hidden: true,
    },
  },
});

export type CircuitParams = ParamsOf<typeof circuitSchema.fields>;
