import { defineDiagram } from '../types';
import { actionPotentialSchema } from './schema';
import { ActionPotentialView } from './View';

/** `action-potential`: drive a patch of membrane with a current and watch the ions and gates make a spike. */
export default defineDiagram({
  id: 'action-potential',
  title: 'The action potential, ion by ion',
  description:
    'A patch of membrane, as Hodgkin and Huxley’s equations describe it, driven by a current you choose: one pulse, a sustained step, or two pulses a gap apart. Traces show the membrane potential, the inward Na⁺ and outward K⁺ currents and the gates m, h and n; scrub the amplitude, duration and gap to find the threshold, the overshoot, the after-hyperpolarisation and the refractory period. Ion concentrations set each reversal potential (Nernst) and the resting potential (Goldman–Hodgkin–Katz); TTX and TEA block Na⁺ and K⁺ channels; temperature speeds the gates (Q10 = 3).',
  schema: actionPotentialSchema,
  scenes: {
    'below-threshold': { stim: 'pulse', amp: 5, dur: 1 },
    spike: { stim: 'pulse', amp: 10, dur: 1 },
    refractory: { stim: 'pair', amp: 10, dur: 1, gap: 6 },
    train: { stim: 'step', amp: 10 },
    'potassium-block': { ko: 20 },
    ttx: { ttx: 1, amp: 40 },
    tea: { tea: 0.5 },
    warm: { temp: 16.3 },
  },
  View: ActionPotentialView,
});
