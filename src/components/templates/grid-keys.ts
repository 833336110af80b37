// Which box a key moves to in a table laid out as a grid, as in a spreadsheet: up and down (or Enter and
// Shift+Enter) to the same column in the line above or below; left and right to the box before or after,
// once the caret is at the start or end of what is typed. Lists (select) and dates keep their own arrow keys;
// a box of several lines keeps up, down and Enter, which move and break lines within it.

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

const BOXES = ':is(input, select, textarea)[data-column]';
const boxesOf = (row: Element) => [...row.querySelectorAll<Control>(BOXES)];

/** Whether the caret is at the very start or end of a text box, with nothing selected. */
function caretAt(control: Control, end: 'start' | 'end'): boolean {
  if (control instanceof HTMLSelectElement || (control instanceof HTMLInputElement && control.type !== 'text')) return true;
  const { selectionStart, selectionEnd, value } = control;
  if (selectionStart !== selectionEnd) return false;
  return end === 'start' ? selectionStart === 0 : selectionEnd === value.length;
}

const keepsArrows = (control: Control) => control instanceof HTMLSelectElement || control.type === 'date';
/** Up and down move between the lines of a box of several lines. */
const keepsUpDown = (control: Control) => keepsArrows(control) || control instanceof HTMLTextAreaElement;

export function moveFor(target: HTMLElement, event: KeyboardEvent): HTMLElement | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) || !target.dataset.column)
    return null;
  const row = target.closest('[data-row-of]');
  const list = row?.parentElement;
  if (!row || !list) return null;
  const rows = [...list.children];
  const index = rows.indexOf(row);
  const sameColumn = (offset: number) => {
    const other = rows[index + offset];
    return other?.querySelector<HTMLElement>(`${BOXES}[data-column="${target.dataset.column}"]`) ?? null;
  };
  const boxes = boxesOf(row);
  const at = boxes.indexOf(target);
  switch (event.key) {
    case 'ArrowDown':
      return keepsUpDown(target) ? null : sameColumn(1);
    case 'ArrowUp':
      return keepsUpDown(target) ? null : sameColumn(-1);
    case 'Enter':
      return target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement ? null : sameColumn(event.shiftKey ? -1 : 1);
    case 'ArrowRight':
      return !keepsArrows(target) && caretAt(target, 'end') && !event.shiftKey ? (boxes[at + 1] ?? null) : null;
    case 'ArrowLeft':
      return !keepsArrows(target) && caretAt(target, 'start') && !event.shiftKey ? (boxes[at - 1] ?? null) : null;
    default:
      return null;
  }
}
