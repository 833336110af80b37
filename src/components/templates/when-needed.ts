// Code for figures worked out from the answers (a budget's totals, an expenses claim's amounts, a summary) loads
// when it is first needed, not with the page, so the page's first load stays small: at once when the form opens
// with answers kept in this browser, else when the person starts on the form (a box gets focus, an answer
// changes) or the part that shows the figures comes near the screen. Until then its place is left empty, so a
// figure is never shown wrong, only a moment later.
import type { FormContext } from './form-context.ts';

/** Runs `load` once, the first time it is needed; `near` lists the parts of the form that show what it loads. */
export function whenNeeded(ctx: FormContext, near: () => Array<Element | null>, load: () => void): void {
  let done = false;
  let watch: IntersectionObserver | undefined;
  const go = () => {
    if (done) return;
    done = true;
    watch?.disconnect();
    ctx.form.removeEventListener('focusin', go);
    load();
  };
  ctx.form.addEventListener('focusin', go);
  ctx.onRender(() => {
    if (done) return;
    watch?.disconnect();
    // Half a screen early, so the figures are there by the time they scroll into view.
    watch = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go(), { rootMargin: '50% 0px' });
    for (const el of near()) if (el) watch.observe(el);
  });
  ctx.onChange((_, { initial, kept }) => (!initial || kept) && go());
}
