// Each costed row's amount and each costed table's total, worked out as the person types, for any
// template whose tables have an `amount` (an expenses claim); a budget's costs display does the same and more.
import type { Display } from './index.ts';
import type { Draft, TemplateDefinition } from '../../../templates-engine/types.ts';
import type { CostGroup } from '../../../templates-engine/costs.ts';
import { tableAmounts } from '../../../templates-engine/costs.ts';
import { answersSoFar } from '../../../templates-engine/costs-draft.ts';
import { formatPence } from '../../../templates-engine/money.ts';
import { h } from '../dom.ts';

const pounds = (pence: number) => formatPence(pence, true);
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

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

function mount(slot: HTMLElement) {
  slot.replaceChildren(
    h('p', { class: 'costs__incomplete', 'data-amounts': 'incomplete', hidden: true }),
    h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-amounts': 'live' }),
  );
}

let liveTimer: number | undefined;

function update(form: HTMLElement, def: TemplateDefinition, draft: Draft) {
  const groups = tableAmounts(def, answersSoFar(def, draft));
  const labelOf = (name: string) => {
    const field = def.sections.flatMap((s) => s.fields).find((f) => f.name === name);
    return field?.type === 'rows' && field.amount ? field.amount.label : 'Amount';
  };
  const totalOf = (group: CostGroup) => `Total ${lowerFirst(labelOf(group.name))}: ${pounds(group.total)}`;
  for (const group of groups) showLineAmounts(form, [group], `${labelOf(group.name)} for this line`, totalOf);
  const slot = form.querySelector<HTMLElement>('[data-display="amounts"]');
  if (!slot) return;
  const incomplete = incompleteSentence(groups.reduce((n, g) => n + g.lines.filter((l) => l === null).length, 0), 'the total');
  const note = slot.querySelector<HTMLElement>('[data-amounts="incomplete"]')!;
  note.textContent = incomplete;
  note.hidden = incomplete === '';
  window.clearTimeout(liveTimer);
  liveTimer = window.setTimeout(() => {
    slot.querySelector<HTMLElement>('[data-amounts="live"]')!.textContent = [...groups.map(totalOf), incomplete].filter(Boolean).join('. ');
  }, 1500);
}

export const amountsDisplay: Display = { mount, update };
