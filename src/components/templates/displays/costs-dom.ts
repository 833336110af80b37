// The budget's worked-out figures on the page: each line's cost, each group's total, and the
// totals section with a bar chart of spend by group that is also a table, so nothing relies on colour.
import type { Display } from './display.ts';
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
  const each =
    per && totals.perEach !== null && totals.per! > 1 ? `, or ${pounds(totals.perEach)} for each of the ${formatNumber(totals.per!)} ${per.plural}` : '';
  return `The budget comes to ${pounds(totals.total)}${each}.`;
}

function mount(slot: HTMLElement) {
  slot.replaceChildren(
    h('p', { class: 'costs__total', 'data-costs': 'total' }),
    h('p', { 'data-costs': 'summary' }),
    h('p', { class: 'costs__incomplete', 'data-costs': 'incomplete', hidden: true }),
    h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-costs': 'live' }),
    // Focusable so that keyboard users can scroll it sideways on a narrow screen.
    h(
      'div',
      { class: 'table-wrap', tabindex: 0, role: 'region', 'aria-labelledby': 'costs-caption' },
      h(
        'table',
        { class: 'costs-table' },
        h('caption', { id: 'costs-caption' }, 'Spend by group'),
        h(
          'thead',
          {},
          h('tr', {}, h('th', { scope: 'col' }, 'Group'), h('th', { scope: 'col', class: 'num' }, 'Cost'), h('th', { scope: 'col' }, 'Share of the budget')),
        ),
        h('tbody', { 'data-costs': 'rows' }),
        h('tfoot', { 'data-costs': 'foot' }),
      ),
    ),
    h('p', { class: 'hint' }, h('strong', {}, 'How the figures are rounded: '), ROUNDING_RULE),
  );
}

/** Writes text only when it has changed: at each keystroke most figures stay as they were, and are left alone. */
const setText = (el: Element, text: string) => {
  if (el.textContent !== text) el.textContent = text;
};

/** A row of the table (group, cost, share with its bar), drawn once and then only its text brought up to date. */
const shareRow = () =>
  h(
    'tr',
    {},
    h('th', { scope: 'row' }),
    h('td', { class: 'num' }),
    h('td', { class: 'costs-share' }, h('span', { class: 'costs-share__text' }), h('span', { class: 'costs-bar', 'aria-hidden': 'true' })),
  );

function showShareRow(row: Element, label: string, pence: number, share: number) {
  const [head, cost, cell] = row.children;
  setText(head, label);
  setText(cost, pounds(pence));
  setText(cell.firstElementChild!, `${share}%`);
  const bar = cell.lastElementChild as HTMLElement;
  if (bar.style.getPropertyValue('--share') !== `${share}%`) bar.style.setProperty('--share', `${share}%`);
}

function footRows(def: TemplateDefinition): HTMLElement[] {
  const per = def.costs?.per;
  return [
    h('tr', {}, h('th', { scope: 'row' }, 'Total of all lines'), h('td', { class: 'num', 'data-costs': 'subtotal' }), h('td', {})),
    h(
      'tr',
      { class: 'costs-table__total' },
      h('th', { scope: 'row' }, 'Total budget'),
      h('td', { class: 'num', 'data-costs': 'grand' }),
      h('td', { 'data-costs': 'whole' }),
    ),
    per ? h('tr', {}, h('th', { scope: 'row' }, `Cost for each ${per.singular}`), h('td', { class: 'num', 'data-costs': 'per' }), h('td', {})) : null,
  ].filter((row): row is HTMLTableRowElement => row !== null);
}

let liveTimer: number | undefined;

/**
 * The totals section and the bar at the foot of the window, found once: both come after every line, so looking for
 * them at each keystroke would search the whole of a long budget. Found again when the questions are drawn again.
 */
let found: { form: HTMLElement; slot: HTMLElement | null; bar: HTMLElement | null } | undefined;
function partsOf(form: HTMLElement) {
  if (!found || found.form !== form || (found.slot && !found.slot.isConnected)) {
    found = {
      form,
      slot: form.querySelector<HTMLElement>('[data-display="costs"]'),
      bar: form.closest('[data-template-form]')?.querySelector<HTMLElement>('[data-form-bar]') ?? null,
    };
  }
  return found;
}

function update(form: HTMLElement, def: TemplateDefinition, draft: Draft) {
  const totals = totalsSoFar(def, draft);
  const per = def.costs?.per;
  // Each line's cost and each group's total, beside the questions.
  showLineAmounts(form, totals.groups, 'Cost of this line', (group) => `Total for ${lowerFirst(group.label)}: ${pounds(group.total)}`);
  const incomplete = incompleteSentence(totals.incomplete);
  // The bar at the foot of the window: the total and the lines left out stay in view while any line is edited.
  const { slot, bar } = partsOf(form);
  if (bar) {
    bar.hidden = false;
    setText(bar.querySelector('[data-bar-total]')!, `Budget so far: ${pounds(totals.total)}`);
    const left = bar.querySelector<HTMLElement>('[data-bar-incomplete]')!;
    setText(left, totals.incomplete ? `${totals.incomplete === 1 ? '1 line' : `${totals.incomplete} lines`} left out until filled in or put right` : '');
    left.hidden = totals.incomplete === 0;
  }
  if (!slot) return;
  const part = (name: string) => slot.querySelector<HTMLElement>(`[data-costs="${name}"]`)!;
  setText(part('total'), totalSentence(def, totals));
  setText(part('summary'), summarySentences(totals).join(' '));
  setText(part('incomplete'), incomplete);
  part('incomplete').hidden = incomplete === '';
  // The table's rows are drawn once (a budget's groups and percentages are fixed); each keystroke changes only figures.
  const rows = part('rows');
  const count = totals.groups.length + totals.additions.length;
  if (rows.children.length !== count) rows.replaceChildren(...Array.from({ length: count }, shareRow));
  totals.groups.forEach((g, i) => showShareRow(rows.children[i], g.label, g.total, shareOf(g.total, totals.total)));
  totals.additions.forEach((a, i) =>
    showShareRow(
      rows.children[totals.groups.length + i],
      a.percent === null ? a.label : `${a.label} (${formatNumber(a.percent)}%)`,
      a.amount,
      shareOf(a.amount, totals.total),
    ),
  );
  const foot = part('foot');
  if (!foot.children.length) foot.replaceChildren(...footRows(def));
  setText(part('subtotal'), pounds(totals.subtotal));
  setText(part('grand'), pounds(totals.total));
  setText(part('whole'), totals.total ? '100%' : '');
  if (per) setText(part('per'), totals.perEach === null ? 'Not worked out yet' : pounds(totals.perEach));
  window.clearTimeout(liveTimer);
  liveTimer = window.setTimeout(() => {
    part('live').textContent = `${totalSentence(def, totals)}${incomplete ? ` ${incomplete}` : ''}`;
  }, 1500);
}

export const costsDisplay: Display = { mount, update };
