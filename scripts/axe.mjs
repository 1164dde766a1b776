/**
 * axe-core on a Playwright page, the one way the tests and the audit run it.
 *
 * Only violations carry node details (`resultTypes`), and axe.run runs
 * inside the page (legacy mode, which reaches same-origin frames only:
 * every frame on our pages is same-origin). On the 500 KB essay that takes
 * a third of the default's time, most of which went into serialising every
 * passing node and replaying it all in a blank page (axe's `finishRun`).
 */
import { AxeBuilder } from '@axe-core/playwright';

/** The rules a theme can change: the DOM is the same in light and dark, only the colours differ. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** The violations axe-core finds on `page`, leaving out the `exclude` selectors; only `rules` when given. */
export async function axeRun(page, exclude = [], rules = undefined) {
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  if (rules) builder = builder.withRules(rules);
  for (const selector of exclude) builder = builder.exclude(selector);
  return (await builder.analyze()).violations;
}
