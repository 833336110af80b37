// Each costed row's amount and each costed table's total (an expenses claim) as markup, drawn with the form
// at build time; displays/amounts-dom.ts keeps them up to date as the person types.
import type { Draft, TemplateDefinition } from '../../../templates-engine/types.ts';
import type { CostGroup } from '../../../templates-engine/costs.ts';
import { tableAmounts } from '../../../templates-engine/costs.ts';
import { answersSoFar } from '../../../templates-engine/costs-draft.ts';
import { formatPence } from '../../../templates-engine/money.ts';
import { h, type Markup } from './h.ts';
import { incompleteSentence, lowerFirst } from './costs.ts';
import type { TableFigures } from './figures.ts';

export function amountLabel(def: TemplateDefinition, name: string): string {
  const field = def.sections.flatMap((s) => s.fields).find((f) => f.name === name);
  return field?.type === 'rows' && field.amount ? field.amount.label : 'Amount';
}

export const amountTotal = (def: TemplateDefinition, group: CostGroup) =>
  `Total ${lowerFirst(amountLabel(def, group.name))}: ${formatPence(group.total, true)}`;
export const amountLine = (def: TemplateDefinition, name: string) => `${amountLabel(def, name)} for this line`;
export const amountsIncomplete = (groups: CostGroup[]) =>
  incompleteSentence(
    groups.reduce((n, g) => n + g.lines.filter((l) => l === null).length, 0),
    'the total',
  );

export function amountsMarkup(def: TemplateDefinition, draft: Draft): Markup {
  const incomplete = amountsIncomplete(tableAmounts(def, answersSoFar(def, draft)));
  return h(
    'div',
    { class: 'computed', 'data-display': 'amounts' },
    h('p', { class: 'costs__incomplete', 'data-amounts': 'incomplete', hidden: incomplete === '' }, incomplete),
    h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-amounts': 'live' }),
  );
}

export function amountsFigures(def: TemplateDefinition, draft: Draft): Record<string, TableFigures> {
  return Object.fromEntries(
    tableAmounts(def, answersSoFar(def, draft)).map((g) => [g.name, { line: amountLine(def, g.name), amounts: g.lines, total: amountTotal(def, g) }]),
  );
}
