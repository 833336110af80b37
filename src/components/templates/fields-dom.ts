// The questions in the page, drawn at build time from the definition (markup/): reads the answers back from
// them, shows other answers in them, and draws a field again when its answers change shape (a row added).
import type { Draft, DraftValue, Field, RowsField } from '../../templates-engine/types.ts';
import { fieldId } from '../../templates-engine/ids.ts';
import { fieldMarkup, totalsText } from './markup/fields.ts';
import { toElement } from './markup/h.ts';
import { countId, remainingMessage } from './markup/count.ts';
import { pageFieldTypes } from './field-types.ts';
import { loadPart } from '../lazy-part.ts';

const hasOwnTypes = (fields: Field[]) => fields.some((f) => f.type === 'checkpoints');
let reading: Promise<unknown> | undefined;
let drawing: Promise<unknown> | undefined;

/**
 * Loads the form code of the page's own field types: what reads their answers, or with `draw` also what shows answers
 * in them and draws them afresh. Undefined when the page has none.
 */
export function loadFieldTypes(fields: Field[], questions: Element, { draw }: { draw: boolean }): Promise<unknown> | undefined {
  if (!hasOwnTypes(fields)) return undefined;
  if (draw) return (drawing ??= loadPart(questions, () => import('./checkpoints-dom.ts'), { inside: true }));
  return (reading ??= loadPart(questions, () => import('./checkpoints-read.ts'), { inside: true }));
}

/** Whether the fields can be filled and drawn now: the page has no field types of its own, or their code is here. */
export const canDraw = (fields: Field[]): boolean => !hasOwnTypes(fields) || pageFieldTypes.checkpoints?.fill !== undefined;

export function renderField(field: Field, value: DraftValue): HTMLElement {
  return toElement(fieldMarkup(field, value, { checkpoints: pageFieldTypes.checkpoints?.markup }));
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const setValue = (control: Control | null, value: string) => {
  if (control && control.value !== value) control.value = value;
};

/** Brings a long answer's "You have 120 characters remaining" up to date. */
export function showCount(root: ParentNode, name: string, value: string, max: number): void {
  const message = remainingMessage([...value].length, max);
  const visible = root.querySelector<HTMLElement>(`#${countId(name)}`);
  if (!visible) return;
  visible.textContent = message.text;
  visible.classList.toggle('is-over', message.over);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Shows `value` in the field as drawn: each box gets its answer. A list or table with a different number of lines
 * is drawn again; false if the field is not in the form.
 */
export function fillField(form: HTMLElement, field: Field, value: DraftValue): boolean {
  const group = form.querySelector<HTMLElement>(`#group-${field.name}`);
  if (!group) return false;
  if (same(readField(form, field), value)) return true;
  if (field.type === 'checkpoints') {
    pageFieldTypes.checkpoints!.fill!(group, field, value as Array<Record<string, string>>);
  } else if (field.type === 'list' || field.type === 'rows') {
    const items = value as Array<string | Record<string, string>>;
    const lines = group.querySelectorAll<HTMLElement>(field.type === 'list' ? `[data-item-of="${field.name}"]` : `[data-row-of="${field.name}"]`);
    if (lines.length !== items.length) {
      group.replaceWith(renderField(field, value));
      return true;
    }
    if (field.type === 'list') lines.forEach((box, i) => setValue(box as HTMLTextAreaElement, items[i] as string));
    else {
      lines.forEach((line, i) => {
        for (const box of line.querySelectorAll<Control>(':is(input, select, textarea)[data-column]'))
          setValue(box, (items[i] as Record<string, string>)[box.dataset.column!] ?? '');
      });
      showTotals(group, field, items as Array<Record<string, string>>);
    }
  } else if (field.type === 'choice' && field.control !== 'select') {
    for (const radio of group.querySelectorAll<HTMLInputElement>('input[type="radio"]')) radio.checked = radio.value === value;
  } else {
    const control = group.querySelector<Control>(`#${fieldId(field.name)}`);
    setValue(control, value as string);
    if (field.type === 'longText') showCount(group, field.name, value as string, field.maxLength);
  }
  return true;
}

/** "Total days a month: 3.5 days" below a table with `totals`. */
export function showTotals(group: ParentNode, field: RowsField, rows: Array<Record<string, string>>): void {
  if (!field.totals?.length) return;
  const totals = group.querySelector(`[data-totals="${field.name}"]:not([data-amount-total])`);
  const text = totalsText(field, rows);
  if (totals && totals.textContent !== text) totals.textContent = text;
}

/** Shows every answer of `draft` in the form. */
export function fillForm(form: HTMLElement, fields: Field[], draft: Draft): void {
  for (const field of fields) fillField(form, field, draft[field.name]);
}

/** The answers as they are in the form right now. */
export function readField(root: ParentNode, field: Field): DraftValue {
  const group = root.querySelector<HTMLElement>(`#group-${field.name}`);
  if (!group) return field.type === 'list' || field.type === 'rows' ? [] : '';
  if (field.type === 'checkpoints') return pageFieldTypes.checkpoints!.read(group, field);
  if (field.type === 'list') return [...group.querySelectorAll<HTMLTextAreaElement>(`[data-item-of="${field.name}"]`)].map((t) => t.value);
  if (field.type === 'rows') {
    // Two queries for the whole table rather than one a line: every keystroke reads every line of a long budget.
    const rowOf = `[data-row-of="${field.name}"]`;
    const controls = group.querySelectorAll<Control>(`${rowOf} :is(input, select, textarea)[data-column]`);
    let next = 0;
    return [...group.querySelectorAll<HTMLElement>(rowOf)].map((row) => {
      const cells: Record<string, string> = Object.fromEntries(field.columns.map((c) => [c.name, '']));
      for (; next < controls.length && row.contains(controls[next]); next++) cells[controls[next].getAttribute('data-column')!] = controls[next].value;
      return cells;
    });
  }
  if (field.type === 'choice' && field.control !== 'select') return group.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? '';
  return group.querySelector<Control>(`#${fieldId(field.name)}`)?.value ?? '';
}
