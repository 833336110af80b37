// The budget's worked-out figures on the page: each line's cost, each group's total, and the
// totals section with a bar chart of spend by group that is also a table, so nothing relies on colour.
import type { Display } from './index.ts';
import type { Draft, TemplateDefinition } from '../../../templates-engine/types.ts';
import type { CostTotals } from '../../../templates-engine/costs.ts';
import { ROUNDING_RULE, shareOf } from '../../../templates-engine/costs.ts';
import { totalsSoFar } from '../../../templates-engine/costs-draft.ts';
import { formatPence } from '../../../templates-engine/money.ts';
import { formatNumber } from '../../../templates-engine/number.ts';
import { h } from '../dom.ts';
import { incompleteSentence, showLineAmounts } from './line-amounts-dom.ts';

const pounds = (pence: number) => formatPence(pence, true);
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** "Service user leadership remuneration is 41% of the budget, the largest share." */
export function summarySentences(totals: CostTotals): string[] {
  if (totals.total === 0) return ['The budget comes to £0 so far. Fill in the figures of each line to see how it is shared between the groups.'];
  const ranked = [...totals.groups].sort((a, b) => b.total - a.total);
  const largest = ranked[0];
  const sentences = [`${largest.label} is ${shareOf(largest.total, totals.total)}% of the budget, the largest share.`];
  const headline = totals.groups[0];
  if (headline !== largest) sentences.push(`${headline.label} is ${shareOf(headline.total, totals.total)}% of the budget.`);
  return sentences;
}

export function totalSentence(def: TemplateDefinition, totals: CostTotals): string {
  const per = def.costs?.per;
  const each = per && totals.perEach !== null && totals.per! > 1 ? `, or ${pounds(totals.perEach)} for each of the ${formatNumber(totals.per!)} ${per.plural}` : '';
  return `The budget comes to ${pounds(totals.total)}${each}.`;
}

function mount(slot: HTMLElement) {
  slot.replaceChildren(
    h('p', { class: 'costs__total', 'data-costs': 'total' }),
    h('p', { 'data-costs': 'summary' }),
    h('p', { class: 'costs__incomplete', 'data-costs': 'incomplete', hidden: true }),
    h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-costs': 'live' }),
    // Focusable so that keyboard users can scroll it sideways on a narrow screen.
    h('div', { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-labelledby': 'costs-caption' },
      h('table', { class: 'costs-table' },
        h('caption', { id: 'costs-caption' }, 'Spend by group'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Group'), h('th', { scope: 'col', class: 'num' }, 'Cost'), h('th', { scope: 'col' }, 'Share of the budget'))),
        h('tbody', { 'data-costs': 'rows' }),
        h('tfoot', { 'data-costs': 'foot' }))),
    h('p', { class: 'hint' }, h('strong', {}, 'How the figures are rounded: '), ROUNDING_RULE),
  );
}

function shareCell(share: number): HTMLElement {
  const bar = h('span', { class: 'costs-bar', 'aria-hidden': 'true' });
  bar.style.setProperty('--share', `${share}%`);
  return h('td', { class: 'costs-share' }, h('span', { class: 'costs-share__text' }, `${share}%`), bar);
}

let liveTimer: number | undefined;

function update(form: HTMLElement, def: TemplateDefinition, draft: Draft) {
  const totals = totalsSoFar(def, draft);
  const per = def.costs?.per;
  // Each line's cost and each group's total, beside the questions.
  showLineAmounts(form, totals.groups, 'Cost of this line', (group) => `Total for ${lowerFirst(group.label)}: ${pounds(group.total)}`);
  const incomplete = incompleteSentence(totals.incomplete);
  // The bar at the foot of the window: the total and the lines left out stay in view while any line is edited.
  const bar = form.closest('[data-template-form]')?.querySelector<HTMLElement>('[data-form-bar]');
  if (bar) {
    bar.hidden = false;
    bar.querySelector('[data-bar-total]')!.textContent = `Budget so far: ${pounds(totals.total)}`;
    const left = bar.querySelector<HTMLElement>('[data-bar-incomplete]')!;
    left.textContent = totals.incomplete ? `${totals.incomplete === 1 ? '1 line' : `${totals.incomplete} lines`} left out until filled in or put right` : '';
    left.hidden = totals.incomplete === 0;
  }
  const slot = form.querySelector<HTMLElement>('[data-display="costs"]');
  if (!slot) return;
  const part = (name: string) => slot.querySelector<HTMLElement>(`[data-costs="${name}"]`)!;
  part('total').textContent = totalSentence(def, totals);
  part('summary').textContent = summarySentences(totals).join(' ');
  part('incomplete').textContent = incomplete;
  part('incomplete').hidden = incomplete === '';
  part('rows').replaceChildren(
    ...totals.groups.map((g) => h('tr', {}, h('th', { scope: 'row' }, g.label), h('td', { class: 'num' }, pounds(g.total)), shareCell(shareOf(g.total, totals.total)))),
    ...totals.additions.map((a) => h('tr', {}, h('th', { scope: 'row' }, a.percent === null ? a.label : `${a.label} (${formatNumber(a.percent)}%)`), h('td', { class: 'num' }, pounds(a.amount)), shareCell(shareOf(a.amount, totals.total)))),
  );
  const foot = [
    h('tr', {}, h('th', { scope: 'row' }, 'Total of all lines'), h('td', { class: 'num' }, pounds(totals.subtotal)), h('td', {})),
    h('tr', { class: 'costs-table__total' }, h('th', { scope: 'row' }, 'Total budget'), h('td', { class: 'num', 'data-costs': 'grand' }, pounds(totals.total)), h('td', {}, totals.total ? '100%' : '')),
  ];
  if (per) foot.push(h('tr', {}, h('th', { scope: 'row' }, `Cost for each ${per.singular}`), h('td', { class: 'num', 'data-costs': 'per' }, totals.perEach === null ? 'Not worked out yet' : pounds(totals.perEach)), h('td', {})));
  part('foot').replaceChildren(...foot);
  window.clearTimeout(liveTimer);
  liveTimer = window.setTimeout(() => {
    part('live').textContent = `${totalSentence(def, totals)}${incomplete ? ` ${incomplete}` : ''}`;
  }, 1500);
}

export const costsDisplay: Display = { mount, update };
