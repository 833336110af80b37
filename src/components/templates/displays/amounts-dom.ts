// Each costed row's amount and each costed table's total, kept up to date as the person types, for any
// template whose tables have an `amount` (an expenses claim); drawn at build time by markup/amounts.ts.
import type { Display } from './display.ts';
import type { Draft, TemplateDefinition } from '../../../templates-engine/types.ts';
import { tableAmounts } from '../../../templates-engine/costs.ts';
import { answersSoFar } from '../../../templates-engine/costs-draft.ts';
import { amountLine, amountTotal, amountsIncomplete } from '../markup/amounts.ts';
import { showLineAmounts } from './line-amounts-dom.ts';

let liveTimer: number | undefined;

function update(form: HTMLElement, def: TemplateDefinition, draft: Draft) {
  const groups = tableAmounts(def, answersSoFar(def, draft));
  for (const group of groups) showLineAmounts(form, [group], amountLine(def, group.name), (g) => amountTotal(def, g));
  const slot = form.querySelector<HTMLElement>('[data-display="amounts"]');
  if (!slot) return;
  const incomplete = amountsIncomplete(groups);
  const note = slot.querySelector<HTMLElement>('[data-amounts="incomplete"]')!;
  note.textContent = incomplete;
  note.hidden = incomplete === '';
  window.clearTimeout(liveTimer);
  liveTimer = window.setTimeout(() => {
    slot.querySelector<HTMLElement>('[data-amounts="live"]')!.textContent = [...groups.map((g) => amountTotal(def, g)), incomplete].filter(Boolean).join('. ');
  }, 1500);
}

export const amountsDisplay: Display = { update };
