/** The essay's sections, in reading order; each module exports `default` (the MDX component) and `meta`. */
import * as s01 from './01-why-compare.mdx';
import * as s02 from './02-how-many.mdx';
import * as s03 from './03-chains-of-firing.mdx';
import * as s04 from './04-parts-of-a-neuron.mdx';
import * as s05 from './05-ions-and-membrane.mdx';
import * as s06 from './06-excitation-and-inhibition.mdx';
import * as s07 from './07-artificial-neuron.mdx';
import * as s08 from './08-side-by-side.mdx';
import * as s09 from './09-how-signals-travel.mdx';
import * as s10 from './10-how-they-learn.mdx';
import * as s11 from './11-input.mdx';
import * as s12 from './12-body-state.mdx';
import * as s13 from './13-context.mdx';
import * as s14 from './14-what-we-learned.mdx';

export const sections = [s01, s02, s03, s04, s05, s06, s07, s08, s09, s10, s11, s12, s13, s14];
