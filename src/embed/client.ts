import '../ui/theme.css';
import './embed.css';
import '../ui/diagramStyles';
import { mount } from '../mount';

/** Wake the embed page's one diagram with the params in the page's own URL. */
async function start(): Promise<void> {
  const island = document.querySelector<HTMLElement>('[data-island]');
  const id = island?.dataset.island;
  if (!island || !id) return;
  await mount(island, id, window.location.search);
}

void start();
