// Keeps each summary a template defines (a coverage grid, a percentage), drawn after its question at build time
// (markup/summaries.ts), up to date as the person types.
import type { Draft, TemplateDefinition } from '../../templates-engine/types.ts';
import { panelId, summaryGrid, summaryView } from './markup/summaries.ts';
import { toElement } from './markup/h.ts';

export function updateSummaries(form: HTMLElement, def: TemplateDefinition, draft: Draft): void {
  for (const spec of def.summaries ?? []) {
    const panel = form.querySelector<HTMLElement>(`#${panelId(spec)}`);
    if (!panel) continue;
    const { lines, table } = summaryView(def, spec, draft);
    const words = panel.querySelector<HTMLElement>('[data-summary-words]')!;
    // Only a real change is announced, not every keystroke elsewhere in the table.
    if (words.dataset.said !== lines.join('\n')) {
      words.dataset.said = lines.join('\n');
      words.replaceChildren(...lines.map((line) => toElement({ tag: 'p', attrs: {}, children: [line] })));
    }
    panel.querySelector('.summary-panel__table')?.remove();
    if (table) words.after(toElement(summaryGrid(table)));
  }
}
