// Each summary a template defines (a coverage grid, a percentage) as markup, shown after its question: drawn with
// the form at build time, and kept up to date by summaries-dom.ts as the person types.
import type { Draft, SummarySpec, TemplateDefinition } from '../../../templates-engine/types.ts';
import { computeSummary, type SummaryTable } from '../../../templates-engine/summaries.ts';
import { h, type Markup } from './h.ts';

export const panelId = (spec: SummarySpec) => `summary-${spec.id}`;

export function summaryGrid(table: SummaryTable): Markup {
  return h(
    'div',
    { class: 'table-wrap summary-panel__table' },
    h(
      'table',
      { class: 'comparison' },
      h('caption', {}, table.caption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, table.corner), ...table.head.map((label) => h('th', { scope: 'col' }, label)))),
      h(
        'tbody',
        {},
        ...table.rows.map((row) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, row.label),
            ...row.cells.map((value, i) => h('td', { 'data-label': table.head[i], class: value === 'None' ? 'is-none' : undefined }, value)),
          ),
        ),
      ),
    ),
  );
}

/** What the summary says of `draft`: its sentences, and its grid if it has one. */
export function summaryView(def: TemplateDefinition, spec: SummarySpec, draft: Draft): { lines: string[]; table?: SummaryTable } {
  const view = computeSummary(def, spec, draft);
  return { lines: view.paragraphs.length ? view.paragraphs : view.pending ? [view.pending] : [], table: view.table };
}

export function summaryMarkup(def: TemplateDefinition, spec: SummarySpec, draft: Draft): Markup {
  const { lines, table } = summaryView(def, spec, draft);
  return h(
    'section',
    { class: 'summary-panel', id: panelId(spec), 'data-summary': spec.id, 'aria-labelledby': `${panelId(spec)}-title` },
    h('h3', { id: `${panelId(spec)}-title`, class: 'summary-panel__title' }, spec.title),
    h(
      'div',
      { class: 'summary-panel__words', 'aria-live': 'polite', 'data-summary-words': '', 'data-said': lines.join('\n') },
      ...lines.map((line) => h('p', {}, line)),
    ),
    table ? summaryGrid(table) : null,
  );
}
