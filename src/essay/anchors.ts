/**
 * "Copy link to this section": a section's # anchor copies its URL and says so
 * (for a sighted reader beside the link, for a screen reader in a live
 * region). The link still navigates, so without a clipboard nothing is lost.
 */
export function watchSectionAnchors(root: Document = document): void {
  const status = root.createElement('p');
  status.className = 'sr-only';
  status.setAttribute('aria-live', 'polite');
  root.body.append(status);
  root.addEventListener('click', (event) => {
    const anchor = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.anchor');
    if (!anchor || !navigator.clipboard) return;
    const url = new URL(anchor.getAttribute('href') ?? '', window.location.href).href;
    navigator.clipboard.writeText(url).then(
      () => {
        anchor.dataset.copied = '';
        status.textContent = 'Link to the section copied.';
        setTimeout(() => delete anchor.dataset.copied, 2000);
      },
      () => undefined,
    );
  });
}
