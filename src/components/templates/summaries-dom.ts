// Shows each summary a template defines (a coverage grid, a percentage) after its question,
// and keeps it up to date as the person types.
import type { Draft, SummarySpec, TemplateDefinition } from '../../templates-engine/types.ts';
import { computeSummary, type SummaryTable } from '../../templates-engine/summaries.ts';
import { h } from './dom.ts';

const panelId = (spec: SummarySpec) => `summary-${spec.id}`;

function grid(table: SummaryTable): HTMLElement {
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

const wordsOf = (lines: string[]) => lines.join('\n');

function fill(panel: HTMLElement, spec: SummarySpec, def: TemplateDefinition, draft: Draft): void {
  const view = computeSummary(def, spec, draft);
  const lines = view.paragraphs.length ? view.paragraphs : view.pending ? [view.pending] : [];
  const words = panel.querySelector<HTMLElement>('[data-summary-words]')!;
  // Only a real change is announced, not every keystroke elsewhere in the table.
  if (words.dataset.said !== wordsOf(lines)) {
    words.dataset.said = wordsOf(lines);
    words.replaceChildren(...lines.map((line) => h('p', {}, line)));
  }
  panel.querySelector('.summary-panel__table')?.remove();
  if (view.table) words.after(grid(view.table));
}

export function mountSummaries(form: HTMLElement, def: TemplateDefinition, draft: Draft): void {
  for (const spec of def.summaries ?? []) {
    const group = form.querySelector(`#group-${spec.after}`);
    if (!group) continue;
    // Drawn once, even if the questions were drawn again while this code was loading.
    form.querySelector(`#${panelId(spec)}`)?.remove();
    const panel = h(
      'div',
      { class: 'summary-panel', id: panelId(spec), 'data-summary': spec.id, role: 'region', 'aria-labelledby': `${panelId(spec)}-title` },
      h('h3', { id: `${panelId(spec)}-title`, class: 'summary-panel__title' }, spec.title),
      h('div', { class: 'summary-panel__words', 'aria-live': 'polite', 'data-summary-words': '' }),
    );
    group.after(panel);
    fill(panel, spec, def, draft);
  }
}

export function updateSummaries(form: HTMLElement, def: TemplateDefinition, draft: Draft): void {
  for (const spec of def.summaries ?? []) {
    const panel = form.querySelector<HTMLElement>(`#${panelId(spec)}`);
    if (panel) fill(panel, spec, def, draft);
  }
}
