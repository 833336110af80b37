// Each costed row's amount and each costed table's total, worked out as the person types, for any
// template whose tables have an `amount` (an expenses claim); a budget's costs display does the same and more.
import type { Display } from './display.ts';
import type { Draft, TemplateDefinition } from '../../../templates-engine/types.ts';
import type { CostGroup } from '../../../templates-engine/costs.ts';
import { tableAmounts } from '../../../templates-engine/costs.ts';
import { answersSoFar } from '../../../templates-engine/costs-draft.ts';
import { formatPence } from '../../../templates-engine/money.ts';
import { h } from '../dom.ts';
import { incompleteSentence, showLineAmounts } from './line-amounts-dom.ts';

const pounds = (pence: number) => formatPence(pence, true);
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

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
  const incomplete = incompleteSentence(
    groups.reduce((n, g) => n + g.lines.filter((l) => l === null).length, 0),
    'the total',
  );
  const note = slot.querySelector<HTMLElement>('[data-amounts="incomplete"]')!;
  note.textContent = incomplete;
  note.hidden = incomplete === '';
  window.clearTimeout(liveTimer);
  liveTimer = window.setTimeout(() => {
    slot.querySelector<HTMLElement>('[data-amounts="live"]')!.textContent = [...groups.map(totalOf), incomplete].filter(Boolean).join('. ');
  }, 1500);
}

export const amountsDisplay: Display = { mount, update };
