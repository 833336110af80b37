// Reads the progress check's answers from the checkpoints drawn at build time (markup/checkpoints.ts). It is all a
// page needs when it opens with nothing kept; the code that shows other answers in them and draws a checkpoint's note
// boxes (checkpoints-dom.ts) loads when the person starts on the form or opens a fold (behaviours/drawing-code.ts), keeping
// /progress/'s first load small.
import type { CheckpointsField } from '../../templates-engine/checkpoints/types.ts';
import { checkpointsInOrder } from '../../templates-engine/checkpoints/order.ts';
import { cellId, statusName } from '../../templates-engine/ids.ts';
import { pageFieldTypes } from './field-types.ts';

type Rows = Array<Record<string, string>>;

/** The checkpoints fields this page has read or shown, by name. */
export const knownCheckpoints = new Map<string, CheckpointsField>();

/** The answers as they are in the form: one `{ id, status, note, evidence }` per checkpoint, in order. */
export function readCheckpoints(group: HTMLElement, field: CheckpointsField): Rows {
  knownCheckpoints.set(field.name, field);
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

pageFieldTypes.checkpoints ??= { read: readCheckpoints };
