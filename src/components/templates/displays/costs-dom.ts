// The budget's worked-out figures in the browser: each line's cost, each group's total, the totals part drawn at
// build time (markup/costs.ts) and the bar at the foot of the window, kept up to date as the person types.
import type { Display } from './display.ts';
import type { Draft, TemplateDefinition } from '../../../templates-engine/types.ts';
import { totalsSoFar } from '../../../templates-engine/costs-draft.ts';
import { formatPence } from '../../../templates-engine/money.ts';
import {
  COST_LINE,
  barIncomplete,
  barTotal,
  groupTotal,
  incompleteSentence,
  perEachText,
  shareRow,
  shareRows,
  summarySentences,
  totalSentence,
} from '../markup/costs.ts';
import { toElement } from '../markup/h.ts';
import { showLineAmounts } from './line-amounts-dom.ts';

const pounds = (pence: number) => formatPence(pence, true);

/** Writes text only when it has changed: at each keystroke most figures stay as they were, and are left alone. */
const setText = (el: Element, text: string) => {
  if (el.textContent !== text) el.textContent = text;
};

function showShareRow(row: Element, label: string, pence: number, share: number) {
  const [head, cost, cell] = row.children;
  setText(head, label);
  setText(cost, pounds(pence));
  setText(cell.firstElementChild!, `${share}%`);
  const bar = cell.lastElementChild!.firstElementChild!;
  if (bar.getAttribute('width') !== String(share)) bar.setAttribute('width', String(share));
}

let liveTimer: number | undefined;

/**
 * The totals part and the bar at the foot of the window, found once: both come after every line, so looking for
 * them at each keystroke would search the whole of a long budget. Found again if the part is drawn again.
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
  // Each line's cost and each group's total, beside the questions.
  showLineAmounts(form, totals.groups, COST_LINE, (group) => groupTotal(group.label, group.total));
  const incomplete = incompleteSentence(totals.incomplete);
  // The bar at the foot of the window: the total and the lines left out stay in view while any line is edited.
  const { slot, bar } = partsOf(form);
  if (bar) {
    setText(bar.querySelector('[data-bar-total]')!, barTotal(totals));
    const left = bar.querySelector<HTMLElement>('[data-bar-incomplete]')!;
    setText(left, barIncomplete(totals.incomplete));
    left.hidden = totals.incomplete === 0;
  }
  if (!slot) return;
  const part = (name: string) => slot.querySelector<HTMLElement>(`[data-costs="${name}"]`)!;
  setText(part('total'), totalSentence(def, totals));
  setText(part('summary'), summarySentences(totals).join(' '));
  setText(part('incomplete'), incomplete);
  part('incomplete').hidden = incomplete === '';
  // The table's rows are drawn at build time (a budget's groups and percentages are fixed); each keystroke changes only figures.
  const rows = part('rows');
  const shares = shareRows(totals);
  if (rows.children.length !== shares.length) rows.replaceChildren(...shares.map((r) => toElement(shareRow(r))));
  shares.forEach((r, i) => showShareRow(rows.children[i], r.label, r.pence, r.share));
  setText(part('subtotal'), pounds(totals.subtotal));
  setText(part('grand'), pounds(totals.total));
  setText(part('whole'), totals.total ? '100%' : '');
  if (def.costs?.per) setText(part('per'), perEachText(totals));
  window.clearTimeout(liveTimer);
  liveTimer = window.setTimeout(() => {
    part('live').textContent = `${totalSentence(def, totals)}${incomplete ? ` ${incomplete}` : ''}`;
  }, 1500);
}

export const costsDisplay: Display = { update };
