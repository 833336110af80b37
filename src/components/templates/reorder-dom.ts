// Move up / Move down for lists and tables whose order matters, such as an agenda. Focus stays on
// the moved item's button, and a live region says where the item has gone.
import type { DraftValue, ListField, RowsField } from '../../templates-engine/types.ts';
import { readField } from './fields-dom.ts';

/** The items with the one at `from` moved to `to`. */
export function moveItem<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function nameOf(field: ListField | RowsField, item: string | Record<string, string>): string {
  const text = (typeof item === 'string' ? item : (item[field.type === 'rows' ? field.columns[0].name : ''] ?? '')).trim().replace(/\s+/g, ' ');
  return text ? `“${[...text].length > 80 ? `${[...text].slice(0, 80).join('')}…` : text}”` : upperFirst(field.itemLabel);
}

export interface MoveContext {
  form: HTMLElement;
  rerender: (field: ListField | RowsField, value: DraftValue) => void;
  announce: (message: string) => void;
}

export function moveFromButton(button: HTMLButtonElement, field: ListField | RowsField, { form, rerender, announce }: MoveContext): void {
  const direction = button.dataset.move === 'up' ? -1 : 1;
  const from = Number(button.dataset.index);
  const items = readField(form, field) as Array<string | Record<string, string>>;
  const to = from + direction;
  if (to < 0 || to >= items.length) return;
  rerender(field, moveItem(items, from, to) as DraftValue);
  const buttons = (dir: string) => form.querySelector<HTMLButtonElement>(`button[data-move="${dir}"][data-move-field="${field.name}"][data-index="${to}"]`);
  const same = buttons(button.dataset.move!);
  (same ?? buttons(direction < 0 ? 'down' : 'up'))?.focus();
  announce(`${nameOf(field, items[from])} moved ${direction < 0 ? 'up' : 'down'} to ${field.itemLabel} ${to + 1} of ${items.length}.`);
}
