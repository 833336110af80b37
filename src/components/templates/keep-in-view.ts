// Figures and summaries change size as answers change, and often sit above what the person is looking at.
// Chromium and Firefox keep the view still by themselves (scroll anchoring); Safari does not, so there a change
// above the screen would push the question the person is on out from under their finger. This does the same as
// scroll anchoring, only where the browser lacks it.
const anchorsScroll = typeof CSS !== 'undefined' && CSS.supports('overflow-anchor', 'auto');

/** Runs `change`, then scrolls by however far it moved what was at the top of the screen. */
export function keepInView(change: () => void): void {
  if (anchorsScroll || window.scrollY === 0) {
    change();
    return;
  }
  const anchor = document.elementFromPoint(innerWidth / 2, Math.min(innerHeight / 4, 120));
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (!anchor?.isConnected || before === undefined) return;
  const moved = anchor.getBoundingClientRect().top - before;
  if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
}
