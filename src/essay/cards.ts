/**
 * Hover and focus cards for citations: the card shows the bibliography entry
 * the link points to (a copy of our own DOM, never markup from outside).
 * Escape or leaving closes it. Without JavaScript the link still jumps there.
 */
export function watchCitationCards(root: Document = document): void {
  const card = root.createElement('div');
  card.className = 'cite-card';
  card.id = 'cite-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  root.body.append(card);
  let owner: HTMLElement | null = null;

  const hide = () => {
    card.hidden = true;
    owner?.removeAttribute('aria-describedby');
    owner = null;
  };
  const show = (link: HTMLElement) => {
    const entry = root.getElementById(`ref-${link.dataset.cite ?? ''}`);
    if (!entry) return;
    card.replaceChildren(...[...entry.childNodes].map((node) => node.cloneNode(true)));
    card.hidden = false;
    owner = link;
    link.setAttribute('aria-describedby', card.id);
    const box = link.getBoundingClientRect();
    const width = Math.min(360, root.documentElement.clientWidth - 16);
    card.style.width = `${width}px`;
    const left = Math.max(8, Math.min(box.left + window.scrollX - width / 2, root.documentElement.clientWidth - width - 8));
    card.style.left = `${left}px`;
    card.style.top = `${box.bottom + window.scrollY + 8}px`;
  };

  root.addEventListener('mouseover', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLElement>('a[data-cite]');
    if (link) show(link);
    else if (owner && !(event.target as Element | null)?.closest?.('.cite-card')) hide();
  });
  root.addEventListener('focusin', (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLElement>('a[data-cite]');
    if (link) show(link);
    else hide();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}
