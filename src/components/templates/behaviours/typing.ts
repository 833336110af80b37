// What happens as someone types: the character count of long answers, a message beside a wrong figure
// as soon as it is put right (or left wrong), and a table's running totals.
import type { FormContext } from '../form-context.ts';

import { readField, showTotals } from '../fields-dom.ts';
import { countId, remainingMessage } from '../markup/count.ts';

const isFigure = (el: HTMLElement): el is HTMLInputElement => el instanceof HTMLInputElement && el.inputMode === 'decimal';

export function characterCount(ctx: FormContext): void {
  let timer: number | undefined;
  ctx.form.addEventListener('input', (event) => {
    const target = event.target;
    if (!(target instanceof HTMLTextAreaElement) || !target.dataset.countMax) return;
    const name = target.id.replace(/^f-/, '');
    const message = remainingMessage([...target.value].length, Number(target.dataset.countMax));
    const visible = ctx.form.querySelector<HTMLElement>(`#${countId(name)}`)!;
    visible.textContent = message.text;
    visible.classList.toggle('is-over', message.over);
    // Said once typing pauses, not at every keystroke.
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const live = ctx.form.querySelector<HTMLElement>(`[data-count-live="${name}"]`);
      if (live) live.textContent = message.text;
    }, 1000);
  });
}

/** Checks figures as they are typed: a message appears beside a wrong one when it is left, and goes when it is put right. */
export function figureChecks(ctx: FormContext): void {
  ctx.onChange((draft, { control, committed }) => {
    if (!control || !isFigure(control)) return;
    if (!committed && control.getAttribute('aria-invalid') !== 'true') return;
    const row = control.closest('[data-row-of]');
    const controls = row ? [...row.querySelectorAll<HTMLElement>('input[inputmode="decimal"]')] : [control];
    // The checks (and their messages) load when a figure is first left, not with the page.
    void Promise.all([import('../../../templates-engine/schema.ts'), import('../errors-dom.ts')]).then(([{ validateDraft }, { showFieldError }]) => {
      const result = validateDraft(ctx.def, draft);
      for (const c of controls) {
        const error = result.ok ? undefined : result.errors.find((e) => e.target === c.id);
        showFieldError(ctx.form, c.id, error?.message ?? null);
      }
    });
  });
}

/** "Total days a month: 3.5 days" below a table with `totals`, as its figures are typed. */
export function tableTotals(ctx: FormContext): void {
  ctx.onChange((draft, { control }) => {
    const group = control?.closest<HTMLElement>('[data-field]');
    const field = group && ctx.fields.get(group.dataset.field!);
    if (field?.type !== 'rows' || !field.totals?.length) return;
    showTotals(group!, field, (draft[field.name] ?? readField(ctx.form, field)) as Array<Record<string, string>>);
  });
}

/** Every keystroke and every choice tells the other behaviours. */
export function answerEvents(ctx: FormContext): void {
  ctx.form.addEventListener('input', (event) => ctx.changed({ control: event.target as HTMLElement }));
  ctx.form.addEventListener('change', (event) => ctx.changed({ control: event.target as HTMLElement, committed: true }));
  ctx.form.addEventListener('submit', (event) => event.preventDefault());
}
