import scrollama from 'scrollama';
import { showScene } from './islands';

/**
 * Scroll steps set their figure's scene. One scrollama instance per scrolly,
 * owned here and destroyed here (scrollama keeps state per instance).
 *
 * Each instance is set up only when its scrolly comes within a screen of the
 * viewport: scrollama measures its steps, and measuring a section the browser
 * has not laid out yet (content-visibility) would lay it out on the first load.
 */
export function watchScrollies(root: ParentNode = document): () => void {
  const instances: { destroy(): void }[] = [];
  const setUp = (scrolly: HTMLElement) => {
    const island = scrolly.querySelector<HTMLElement>('[data-island]');
    const steps = [...scrolly.querySelectorAll<HTMLElement>('.step')];
    if (!island || steps.length === 0) return;
    // A scene changes only while its figure is on screen, so the reader sees it change; a step
    // passed while the figure is away (a fast scroll, a jump to a heading) is kept and shown on return.
    let visible = typeof IntersectionObserver === 'undefined';
    let pending: string | undefined;
    const apply = (scene: string) => {
      // A reader working the figure's controls keeps their state: focus
      // moving inside a sticky figure scrolls the steps, and a scene change
      // then could remove the very control they are on.
      if (island.contains(document.activeElement)) return;
      pending = undefined;
      showScene(island, scene);
    };
    const seen = visible
      ? undefined
      : new IntersectionObserver(([entry]) => {
          visible = entry.isIntersecting;
          if (visible && pending) apply(pending);
        });
    seen?.observe(island);
    // On a phone the steps pass over the sticky figure (essay.css): they end late enough that the
    // figure, however tall, is still pinned to the top while the last step is read.
    const figure = scrolly.querySelector<HTMLElement>('.scrolly-figure');
    const sized =
      figure && typeof ResizeObserver !== 'undefined'
        ? new ResizeObserver(() => scrolly.style.setProperty('--figure-height', `${Math.ceil(figure.offsetHeight)}px`))
        : undefined;
    if (figure) sized?.observe(figure);
    const scroller = scrollama();
    scroller.setup({ step: steps, offset: 0.6 }).onStepEnter(({ element }: { element: HTMLElement }) => {
      steps.forEach((step) => step.classList.toggle('is-active', step === element));
      const scene = element.dataset.scene;
      if (!scene) return;
      pending = scene;
      if (visible) apply(scene);
    });
    instances.push({ destroy: () => (scroller.destroy(), seen?.disconnect(), sized?.disconnect()) });
  };
  const scrollies = [...root.querySelectorAll<HTMLElement>('[data-scrolly]')];
  const near =
    typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              near?.unobserve(entry.target);
              setUp(entry.target as HTMLElement);
            }
          },
          { rootMargin: '100% 0px' },
        );
  // Without IntersectionObserver every scrolly is set up at once.
  scrollies.forEach((scrolly) => (near ? near.observe(scrolly) : setUp(scrolly)));
  return () => {
    near?.disconnect();
    instances.forEach((instance) => instance.destroy());
  };
}
