// The checkpoints field in the browser (the progress check): reads each checkpoint's status, note and evidence
// from the checkpoints drawn at build time (markup/checkpoints.ts), shows other answers in them, and keeps each
// stage's count up to date.
import type { CheckpointsField } from '../../templates-engine/checkpoints/types.ts';
import { checkpointsInOrder } from '../../templates-engine/checkpoints/order.ts';
import { countSentence, progressOf } from '../../templates-engine/checkpoints/progress.ts';
import { cellId } from '../../templates-engine/ids.ts';
import { checkpointsMarkup, stageHeadingId, statusName } from './markup/checkpoints.ts';
import { remainingMessage, countId } from './markup/count.ts';
import { pageFieldTypes } from './field-types.ts';

const base = () => document.querySelector<HTMLElement>('[data-template-form]')?.dataset.base ?? '/';
type Rows = Array<Record<string, string>>;

/** The answers as they are in the form: one `{ id, status, note, evidence }` per checkpoint, in order. */
export function readCheckpoints(group: HTMLElement, field: CheckpointsField): Rows {
  return checkpointsInOrder(field).map(({ checkpoint, index }) => {
    const value = (column: string) => group.querySelector<HTMLTextAreaElement>(`#${cellId(field.name, index, column)}`)?.value ?? '';
    return {
      id: checkpoint.id,
      status: group.querySelector<HTMLInputElement>(`input[name="${statusName(field, index)}"]:checked`)?.value ?? '',
      note: value('note'),
      evidence: value('evidence'),
    };
  });
}

export function fillCheckpoints(group: HTMLElement, field: CheckpointsField, rows: Rows): void {
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const { checkpoint, index } of checkpointsInOrder(field)) {
    const row = byId.get(checkpoint.id) ?? {};
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
    if (row.note || row.evidence) group.querySelector<HTMLDetailsElement>(`[data-checkpoint="${checkpoint.id}"] > details`)!.open = true;
  }
  updateStageCounts(group, field, rows);
}

/** Brings each stage's count up to date with the statuses chosen. */
export function updateStageCounts(form: HTMLElement, field: CheckpointsField, rows: Rows): void {
  for (const count of progressOf(field, rows).groups) {
    const heading = form.querySelector<HTMLElement>(`#${stageHeadingId(field, count.id)}`);
    const text = countSentence(count);
    if (heading && heading.textContent !== text) heading.textContent = text;
  }
}

pageFieldTypes.checkpoints = { markup: (field, rows) => checkpointsMarkup(base(), field, rows), read: readCheckpoints, fill: fillCheckpoints };
