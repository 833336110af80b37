// The checkpoints field in the browser (the progress check), all of it: reads each checkpoint's status, note and
// evidence from the checkpoints drawn at build time (checkpoints-read.ts), shows other answers in them, draws a
// checkpoint's note boxes when its fold is first opened, and keeps each stage's count up to date.
import type { CheckpointsField } from '../../templates-engine/checkpoints/types.ts';
import { checkpointsInOrder } from '../../templates-engine/checkpoints/order.ts';
import { cellId, statusName } from '../../templates-engine/ids.ts';
import { checkpointsMarkup, noteBoxes } from './markup/checkpoints.ts';
import { knownCheckpoints, readCheckpoints } from './checkpoints-read.ts';
import { updateStageCounts } from './stage-counts-dom.ts';
import { toElement } from './markup/h.ts';
import { remainingMessage, countId } from './markup/count.ts';
import { pageFieldTypes } from './field-types.ts';

const base = () => document.querySelector<HTMLElement>('[data-template-form]')?.dataset.base ?? '/';
type Rows = Array<Record<string, string>>;

/** Draws a checkpoint's note and evidence boxes in its fold, if they are not there yet; they are drawn empty. */
function drawNoteBoxes(details: HTMLDetailsElement, field: CheckpointsField): void {
  if (details.querySelector('textarea')) return;
  details.append(...noteBoxes(field, Number(details.dataset.noteBoxes), {}).map((m) => toElement(m)));
}

// Each checkpoint's boxes are drawn the first time its fold is opened (they are not in the HTML, see
// markup/checkpoints.ts), including folds opened before this code arrived. A toggle event does not bubble, so it is
// caught on its way down.
const drawOpened = (details: Element) => {
  if (!(details instanceof HTMLDetailsElement) || !details.open || details.dataset.noteBoxes === undefined) return;
  const field = knownCheckpoints.get(details.closest<HTMLElement>('[data-field]')?.dataset.field ?? '');
  if (field) drawNoteBoxes(details, field);
};
document.addEventListener('toggle', (event) => drawOpened(event.target as Element), true);
for (const details of document.querySelectorAll('details[open][data-note-boxes]')) drawOpened(details);

export function fillCheckpoints(group: HTMLElement, field: CheckpointsField, rows: Rows): void {
  knownCheckpoints.set(field.name, field);
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const { checkpoint, index } of checkpointsInOrder(field)) {
    const row = byId.get(checkpoint.id) ?? {};
    const details = group.querySelector<HTMLDetailsElement>(`[data-checkpoint="${checkpoint.id}"] > details`)!;
    if (row.note || row.evidence) drawNoteBoxes(details, field);
    for (const radio of group.querySelectorAll<HTMLInputElement>(`input[name="${statusName(field, index)}"]`)) radio.checked = radio.value === row.status;
    for (const column of ['note', 'evidence'] as const) {
      const id = cellId(field.name, index, column);
      const box = group.querySelector<HTMLTextAreaElement>(`#${id}`);
      const value = row[column] ?? '';
      if (!box || box.value === value) continue;
      box.value = value;
      const message = remainingMessage([...value].length, field.noteMaxLength);
      const count = group.querySelector<HTMLElement>(`#${countId(id.replace(/^f-/, ''))}`);
      if (count) {
        count.textContent = message.text;
        count.classList.toggle('is-over', message.over);
      }
    }
    if (row.note || row.evidence) details.open = true;
  }
  updateStageCounts(group, field, rows);
}

pageFieldTypes.checkpoints = { markup: (field, rows) => checkpointsMarkup(base(), field, rows), read: readCheckpoints, fill: fillCheckpoints };
