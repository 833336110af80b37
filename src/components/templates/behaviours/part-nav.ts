// The list of parts of a long template, each with where it stands, kept up to date as answers change and
// as error messages appear and go. The bar at the foot of the window links back to it (form-bar).
import type { FormContext } from '../form-context.ts';
import { partStatus, STATUS_TEXT } from '../part-status.ts';

export function partNav(ctx: FormContext): void {
  const nav = ctx.root.querySelector<HTMLElement>('[data-part-nav]');
  if (!nav) return;
  const bar = ctx.root.querySelector<HTMLElement>('[data-form-bar]');
  nav.hidden = false;
  if (bar) bar.hidden = false;
  const update = (draft = ctx.readDraft()) => {
    const withErrors = new Set<string>();
    for (const el of ctx.form.querySelectorAll('.form-group--error')) {
      const name = el.closest<HTMLElement>('[data-field]')?.dataset.field ?? el.querySelector<HTMLElement>('[data-field]')?.dataset.field;
      if (name) withErrors.add(name);
    }
    for (const section of ctx.def.sections) {
      const status = partStatus(section, draft, withErrors);
      const tag = nav.querySelector<HTMLElement>(`[data-part-status="${section.id}"]`)!;
      if (tag.dataset.status === status) continue;
      tag.dataset.status = status;
      tag.textContent = STATUS_TEXT[status];
    }
  };
  // Not at every keystroke: once typing pauses, so typing in a long table stays quick.
  let timer: number | undefined;
  const soon = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => update(), 300);
  };
  ctx.onRender(update);
  ctx.onChange(soon);
  new MutationObserver(soon).observe(ctx.form, { subtree: true, attributes: true, attributeFilter: ['class'] });
}
