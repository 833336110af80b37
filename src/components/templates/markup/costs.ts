// The budget's worked-out figures as markup: each line's cost, each group's total, and the totals part with a
// table of spend by group (its bars are drawn by CSS from each share). Drawn with the form at build time, with the
// figures of the suggested answers; displays/costs-dom.ts keeps the same places up to date as the person types.
import type { Draft, TemplateDefinition } from '../../../templates-engine/types.ts';
import type { CostTotals } from '../../../templates-engine/costs.ts';
import { ROUNDING_RULE, shareOf } from '../../../templates-engine/costs.ts';
import { totalsSoFar } from '../../../templates-engine/costs-draft.ts';
import { formatPence } from '../../../templates-engine/money.ts';
import { formatNumber } from '../../../templates-engine/number.ts';
import { h, type Markup } from './h.ts';
import type { TableFigures } from './figures.ts';

const pounds = (pence: number) => formatPence(pence, true);
export const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s);

/** "1 line is left out of the total until its figures are filled in or put right." */
export const incompleteSentence = (n: number, of = 'the totals') =>
  n === 0
    ? ''
    : `${n === 1 ? '1 line is' : `${n} lines are`} left out of ${of} until ${n === 1 ? 'its figures are' : 'their figures are'} filled in or put right.`;

export const COST_LINE = 'Cost of this line';
export const groupTotal = (label: string, pence: number) => `Total for ${lowerFirst(label)}: ${pounds(pence)}`;

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

/** "1 line left out until filled in or put right", for the bar at the foot of the window. */
export const barIncomplete = (n: number) => (n ? `${n === 1 ? '1 line' : `${n} lines`} left out until filled in or put right` : '');
export const barTotal = (totals: CostTotals) => `Budget so far: ${pounds(totals.total)}`;

/** Each row of the table of spend by group: its label, cost and share. */
export function shareRows(totals: CostTotals): Array<{ label: string; pence: number; share: number }> {
  return [
    ...totals.groups.map((g) => ({ label: g.label, pence: g.total, share: shareOf(g.total, totals.total) })),
    ...totals.additions.map((a) => ({
      label: a.percent === null ? a.label : `${a.label} (${formatNumber(a.percent)}%)`,
      pence: a.amount,
      share: shareOf(a.amount, totals.total),
    })),
  ];
}

export const shareRow = (row?: { label: string; pence: number; share: number }) =>
  h(
    'tr',
    {},
    h('th', { scope: 'row' }, row?.label),
    h('td', { class: 'num' }, row ? pounds(row.pence) : ''),
    h(
      'td',
      { class: 'costs-share' },
      h('span', { class: 'costs-share__text' }, row ? `${row.share}%` : ''),
      // An SVG drawing: its bar's length is an attribute, as the Content-Security-Policy allows no inline styles.
      h(
        'svg',
        { class: 'costs-bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
        h('rect', { class: 'costs-bar__fill', x: 0, y: 0, height: 10, width: row?.share ?? 0 }),
      ),
    ),
  );

export function perEachText(totals: CostTotals): string {
  return totals.perEach === null ? 'Not worked out yet' : pounds(totals.perEach);
}

/** The totals part, with the figures of `draft`. */
export function costsMarkup(def: TemplateDefinition, draft: Draft): Markup {
  const totals = totalsSoFar(def, draft);
  const per = def.costs?.per;
  const incomplete = incompleteSentence(totals.incomplete);
  return h(
    'div',
    { class: 'computed', 'data-display': 'costs' },
    h('p', { class: 'costs__total', 'data-costs': 'total' }, totalSentence(def, totals)),
    h('p', { 'data-costs': 'summary' }, summarySentences(totals).join(' ')),
    h('p', { class: 'costs__incomplete', 'data-costs': 'incomplete', hidden: incomplete === '' }, incomplete),
    h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-costs': 'live' }),
    // Focusable so that keyboard users can scroll it sideways on a narrow screen; a named <section> is a region.
    h(
      'section',
      { class: 'table-wrap', tabindex: 0, 'aria-labelledby': 'costs-caption' },
      h(
        'table',
        { class: 'costs-table' },
        h('caption', { id: 'costs-caption' }, 'Spend by group'),
        h(
          'thead',
          {},
          h('tr', {}, h('th', { scope: 'col' }, 'Group'), h('th', { scope: 'col', class: 'num' }, 'Cost'), h('th', { scope: 'col' }, 'Share of the budget')),
        ),
        h('tbody', { 'data-costs': 'rows' }, ...shareRows(totals).map(shareRow)),
        h(
          'tfoot',
          { 'data-costs': 'foot' },
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, 'Total of all lines'),
            h('td', { class: 'num', 'data-costs': 'subtotal' }, pounds(totals.subtotal)),
            h('td', {}),
          ),
          h(
            'tr',
            { class: 'costs-table__total' },
            h('th', { scope: 'row' }, 'Total budget'),
            h('td', { class: 'num', 'data-costs': 'grand' }, pounds(totals.total)),
            h('td', { 'data-costs': 'whole' }, totals.total ? '100%' : ''),
          ),
          per
            ? h(
                'tr',
                {},
                h('th', { scope: 'row' }, `Cost for each ${per.singular}`),
                h('td', { class: 'num', 'data-costs': 'per' }, perEachText(totals)),
                h('td', {}),
              )
            : null,
        ),
      ),
    ),
    h('p', { class: 'hint' }, h('strong', {}, 'How the figures are rounded: '), ROUNDING_RULE),
  );
}

/** Each costed table's line costs and total, with the figures of `draft`. */
export function costsFigures(def: TemplateDefinition, draft: Draft): Record<string, TableFigures> {
  return Object.fromEntries(totalsSoFar(def, draft).groups.map((g) => [g.name, { line: COST_LINE, amounts: g.lines, total: groupTotal(g.label, g.total) }]));
}
