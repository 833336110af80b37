// "Add another", "Remove", and "Move up" / "Move down" for lists and tables (GOV.UK's add another pattern).
import type { FormContext } from '../form-context.ts';
import type { Draft } from '../../../templates-engine/types.ts';
import { addButtonId, cellId, itemId } from '../../../templates-engine/ids.ts';
import { readField } from '../fields-dom.ts';

export function addAnother(ctx: FormContext): void {
  const { form, fields } = ctx;
  form.addEventListener('click', (event) => {
    const move = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-move]');
    const movable = move && fields.get(move.dataset.moveField!);
    if (movable && (movable.type === 'list' || movable.type === 'rows')) {
      // Moving code loads on the first move, not with the page.
      void import('../reorder-dom.ts').then(({ moveFromButton }) => {
        moveFromButton(move, movable, { form, rerender: ctx.rerenderField, announce: ctx.announce });
        ctx.changed();
      });
      return;
    }
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-add], button[data-remove]');
    const field = button && fields.get(button.dataset.add ?? button.dataset.remove!);
    if (!field || (field.type !== 'list' && field.type !== 'rows')) return;
    const items = readField(form, field) as Array<string | Record<string, string>>;
    const focusOn = (index: number) => (field.type === 'list' ? itemId(field.name, index) : cellId(field.name, index, field.columns[0].name));
    let focusId: string;
    if (button.dataset.add) {
      items.push(field.type === 'list' ? '' : Object.fromEntries(field.columns.map((c) => [c.name, ''])));
      focusId = focusOn(items.length - 1);
    } else {
      const index = Number(button.dataset.index);
      items.splice(index, 1);
      focusId = items.length === 0 ? addButtonId(field.name) : focusOn(Math.min(index, items.length - 1));
    }
    ctx.rerenderField(field, items as Draft[string]);
    form.querySelector<HTMLElement>(`#${focusId}`)?.focus();
    ctx.changed();
  });
}
