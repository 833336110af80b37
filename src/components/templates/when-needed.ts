// Code that keeps figures worked out from the answers up to date (a budget's totals, an expenses claim's amounts, a
// summary) loads when it is first needed, not with the page, so the page's first load stays small: at once when the
// form opens with answers kept in this browser, else when the person starts on the form (a box gets focus, an answer
// changes). Until then the figures drawn at build time (markup/) are those of the answers shown, so nothing is wrong
// and nothing on the page moves when the code arrives.
import type { FormContext } from './form-context.ts';

/** Runs `load` once, the first time it is needed. */
export function whenNeeded(ctx: FormContext, load: () => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    ctx.form.removeEventListener('focusin', go);
    load();
  };
  ctx.form.addEventListener('focusin', go);
  ctx.onChange((_, { initial, kept }) => (!initial || kept) && go());
}
