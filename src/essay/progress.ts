/** The reading-progress bar: one transform per frame, no layout work. */
export function watchProgress(): void {
  const bar = document.querySelector<HTMLElement>('.progress-bar');
  if (!bar) return;
  let queued = false;
  const update = () => {
    queued = false;
    const doc = document.documentElement;
    const total = doc.scrollHeight - doc.clientHeight;
    const share = total > 0 ? Math.min(1, Math.max(0, window.scrollY / total)) : 0;
    bar.style.transform = `scaleX(${share})`;
  };
  // At most one measurement per frame, with the layout the browser does anyway (at start-up too, not forced).
  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(update);
  };
  window.addEventListener('scroll', schedule, { passive: true });
  schedule();
}
