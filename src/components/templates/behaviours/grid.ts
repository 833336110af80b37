// Tables of rows laid out as grids at a desk (the layout is CSS; see template-form.css): the keys a
// spreadsheet user expects move between the boxes (grid-keys.ts), loaded the first time a box in a grid gets focus.
import type { FormContext } from '../form-context.ts';

/** The same width as the CSS that lays tables out as grids. */
export const DESK = '(min-width: 64rem)';

export function grid(ctx: FormContext): void {
  const desk = window.matchMedia(DESK);
  let moveFor: ((control: HTMLElement, event: KeyboardEvent) => HTMLElement | null) | undefined;
  let loading = false;
  ctx.form.addEventListener('focusin', (event) => {
    if (loading || !desk.matches || !(event.target as HTMLElement).closest('.rows-grid')) return;
    loading = true;
    void import('../grid-keys.ts').then((keys) => {
      moveFor = keys.moveFor;
    });
  });
  ctx.form.addEventListener('keydown', (event) => {
    if (!moveFor || !desk.matches) return;
    const next = moveFor(event.target as HTMLElement, event);
    if (!next) return;
    event.preventDefault();
    next.focus();
    if (next instanceof HTMLInputElement && next.type === 'text') next.select();
  });
}
