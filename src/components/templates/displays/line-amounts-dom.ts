// Each costed line's amount beside its row and each costed table's total below it, shared by the budget's
// costs display and the amounts display (an expenses claim), in a module of its own so each loads only this.
import type { CostGroup } from '../../../templates-engine/costs.ts';
import { formatPence } from '../../../templates-engine/money.ts';
import { toElement } from '../markup/h.ts';
import { lineAmount } from '../markup/figures.ts';

/** The lines each table's amounts were last drawn for, by the table's element (a table drawn again starts afresh). */
const drawn = new WeakMap<Element, Array<number | null>>();
const same = (a: Array<number | null> | undefined, b: Array<number | null>) => a !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);

/** Writes each line's amount beside its row, and each table's total below it. */
export function showLineAmounts(form: HTMLElement, groups: CostGroup[], line: string, total: (group: CostGroup) => string): void {
  for (const group of groups) {
    // By id, rather than a search of the form, which in a long budget is a long search.
    const table = form.ownerDocument.getElementById(`group-${group.name}`);
    // A keystroke changes one table: the others, whose lines are as they were drawn, are not looked at again.
    if (!table) continue;
    const before = drawn.get(table);
    if (same(before, group.lines)) continue;
    drawn.set(table, group.lines);
    // Each table's slots are found once, in row order, and only a line whose amount changed is redrawn,
    // so typing in a long budget stays quick.
    const slots = table.querySelectorAll<HTMLElement>(`[data-amount-of="${group.name}"]`);
    // Lines drawn before with the same amount are left as they are.
    const alike = before !== undefined && before.length === group.lines.length ? before : undefined;
    group.lines.forEach((pence, i) => {
      if (alike && alike[i] === pence) return;
      const slot = slots[i];
      const shown = pence === null ? '' : formatPence(pence, true);
      // The line as drawn at build time says the same already.
      if (!slot || (slot.dataset.shown === shown && slot.firstChild)) return;
      slot.dataset.shown = shown;
      slot.replaceChildren(...lineAmount(line, pence).map((c) => (typeof c === 'string' || !c ? c || '' : toElement(c))));
    });
    const slot = table.querySelector<HTMLElement>(`[data-totals="${group.name}"][data-amount-total]`);
    const text = total(group);
    if (slot && slot.textContent !== text) slot.textContent = text;
  }
}
