import scrollama from 'scrollama';
import { showScene } from './islands';

/**
 * Scroll steps set their figure's scene. One scrollama instance per scrolly,
 * owned here and destroyed here (scrollama keeps state per instance).
 */
export function watchScrollies(root: ParentNode = document): () => void {
  const instances: { destroy(): void }[] = [];
  for (const scrolly of root.querySelectorAll<HTMLElement>('[data-scrolly]')) {
    const island = scrolly.querySelector<HTMLElement>('[data-island]');
    const steps = [...scrolly.querySelectorAll<HTMLElement>('.step')];
    if (!island || steps.length === 0) continue;
    const scroller = scrollama();
    scroller
      .setup({ step: steps, offset: 0.6 })
      .onStepEnter(({ element }: { element: HTMLElement }) => {
        steps.forEach((step) => step.classList.toggle('is-active', step === element));
        const scene = element.dataset.scene;
        // A reader working the figure's controls keeps their state: focus
        // moving inside a sticky figure scrolls the steps, and a scene change
        // then could remove the very control they are on.
        if (scene && !island.contains(document.activeElement)) showScene(island, scene);
      });
    instances.push(scroller);
  }
  return () => instances.forEach((instance) => instance.destroy());
}
