// Reading and checking the answers of a checkpoints field, in plain TypeScript (no schema library),
// so saved answers, answer files and downloads all go through the same checks.
import { STATUSES, type CheckpointDraft, type CheckpointsField } from './types.ts';
import { blankCheckpoints, checkpointsInOrder } from './order.ts';

export { blankCheckpoints };

const KEYS = new Set(['id', 'status', 'note', 'evidence']);
const describe = (value: unknown) =>
  Array.isArray(value)
    ? 'a list'
    : value === null
      ? 'nothing (null)'
      : typeof value === 'object'
        ? 'a group of answers'
        : typeof value === 'string'
          ? 'text'
          : `a ${typeof value}`;

export type CheckpointsRead = { ok: true; value: CheckpointDraft[] } | { ok: false; message: string };

/**
 * Checks the shape of saved or loaded answers: a list of `{ id, status, note, evidence }`, each id one of
 * the field's checkpoints (once), each status one of the four. Missing checkpoints come back blank, and
 * the result is in toolkit order. The message completes "The answer to “…” in the file …".
 */
export function readCheckpointsDraft(field: CheckpointsField, value: unknown): CheckpointsRead {
  if (!Array.isArray(value)) return { ok: false, message: `should be a list of checkpoints, but it is ${describe(value)}` };
  const byId = new Map<string, CheckpointDraft>();
  const known = new Set(checkpointsInOrder(field).map(({ checkpoint }) => checkpoint.id));
  for (const [index, item] of value.entries()) {
    const where = `item ${index + 1}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item))
      return { ok: false, message: `has ${describe(item)} as ${where}, where a checkpoint should be` };
    const entries = Object.entries(item as Record<string, unknown>);
    const extra = entries.find(([key]) => !KEYS.has(key));
    if (extra) return { ok: false, message: `has “${extra[0]}” in ${where}, which a checkpoint does not have` };
    const wrong = entries.find(([, v]) => typeof v !== 'string');
    if (wrong) return { ok: false, message: `has ${describe(wrong[1])} as the ${wrong[0]} of ${where}, where text should be` };
    const { id = '', status = '', note = '', evidence = '' } = item as Record<string, string>;
    if (!known.has(id)) return { ok: false, message: `has a checkpoint called “${id}”, which this page does not have` };
    if (byId.has(id)) return { ok: false, message: `has the checkpoint “${id}” more than once` };
    if (status !== '' && !STATUSES.some((s) => s.value === status))
      return { ok: false, message: `has “${status}” as the status of “${id}”, which is not one of ${STATUSES.map((s) => s.label).join(', ')}` };
    byId.set(id, { id, status, note, evidence });
  }
  return { ok: true, value: blankCheckpoints(field).map((blank) => byId.get(blank.id) ?? blank) };
}

/**
 * Saved answers in this browser, without the checkpoints the field no longer has (a checkpoint
 * taken out of the content), so the others survive; an answers file is checked strictly instead.
 */
export function withoutRetiredCheckpoints(field: CheckpointsField, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const known = new Set(checkpointsInOrder(field).map(({ checkpoint }) => checkpoint.id));
  return value.filter(
    (item) => !(item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' && !known.has((item as { id: string }).id)),
  );
}

/** A checked checkpoint: a status (unanswered counts as not started), and a note and evidence or null. */
export type CheckedCheckpoint = { id: string; status: string; note: string | null; evidence: string | null };

export const CHECKPOINT_TEXT_LABELS = { note: 'Note', evidence: 'Evidence' } as const;

/**
 * Checks every checkpoint's note and evidence against the length limit; `report` gets the path of a
 * problem within the field ([index in toolkit order, 'note' | 'evidence']) and its message.
 */
export function checkCheckpoints(
  field: CheckpointsField,
  rows: CheckpointDraft[],
  report: (path: [number, string], message: string) => void,
): CheckedCheckpoint[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return checkpointsInOrder(field).map(({ checkpoint, index }) => {
    const row = byId.get(checkpoint.id);
    const text = (column: 'note' | 'evidence') => {
      const value = (row?.[column] ?? '').replace(/\r\n?/g, '\n').trim();
      if ([...value].length > field.noteMaxLength) {
        report(
          [index, column],
          `${CHECKPOINT_TEXT_LABELS[column]} for checkpoint ${index + 1} (“${checkpoint.text}”) must be ${field.noteMaxLength.toLocaleString('en-GB')} characters or fewer`,
        );
      }
      return value === '' ? null : value;
    };
    return { id: checkpoint.id, status: row?.status || 'not-started', note: text('note'), evidence: text('evidence') };
  });
}
