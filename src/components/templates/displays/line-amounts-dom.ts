// Each costed line's amount beside its row and each costed table's total below it, shared by the budget's
// costs display and the amounts display (an expenses claim), in a module of its own so each loads only this.
import type { CostGroup } from '../../../templates-engine/costs.ts';
import { formatPence } from '../../../templates-engine/money.ts';
import { h } from '../dom.ts';

const pounds = (pence: number) => formatPence(pence, true);

/** "1 line is left out of the total until its figures are filled in or put right." */
export const incompleteSentence = (n: number, of = 'the totals') =>
  n === 0 ? '' : `${n === 1 ? '1 line is' : `${n} lines are`} left out of ${of} until ${n === 1 ? 'its figures are' : 'their figures are'} filled in or put right.`;

/** Writes each line's amount beside its row, and each table's total below it. */
export function showLineAmounts(form: HTMLElement, groups: CostGroup[], line: string, total: (group: CostGroup) => string): void {
  for (const group of groups) {
    // Each table's slots are found once, in row order, and only a line whose amount changed is redrawn,
    // so typing in a long budget stays quick.
    const slots = form.querySelector(`#group-${group.name}`)?.querySelectorAll<HTMLElement>(`[data-amount-of="${group.name}"]`) ?? [];
    group.lines.forEach((pence, i) => {
      const slot = slots[i];
      const shown = pence === null ? '' : pounds(pence);
      if (!slot || slot.dataset.shown === shown) return;
      slot.dataset.shown = shown;
      slot.replaceChildren(h('strong', {}, `${line}: `), ...(pence === null
        ? [h('span', { class: 'row-amount__pending' }, 'fill in the figures to see it'), h('span', { class: 'row-amount__dash', 'aria-hidden': 'true' }, '–')]
        : [shown]));
    });
    const slot = form.querySelector<HTMLElement>(`[data-totals="${group.name}"][data-amount-total]`);
    if (slot) slot.textContent = total(group);
  }
}

