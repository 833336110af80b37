// The checkpoints of a field in toolkit order, and a blank answer for each: in a module of their own, as
// every form's starting answers need them, while the rest of the field type loads only where it is used.
import type { Checkpoint, CheckpointDraft, CheckpointGroup, CheckpointSection, CheckpointsField } from './types.ts';

/** Every checkpoint in toolkit order, with where it sits. */
export function checkpointsInOrder(
  field: CheckpointsField,
): Array<{ checkpoint: Checkpoint; section: CheckpointSection; group: CheckpointGroup; index: number }> {
  let index = 0;
  return field.groups.flatMap((group) =>
    group.sections.flatMap((section) => section.checkpoints.map((checkpoint) => ({ checkpoint, section, group, index: index++ }))),
  );
}

/** One row per checkpoint, in toolkit order, nothing chosen. */
export function blankCheckpoints(field: CheckpointsField): CheckpointDraft[] {
  return checkpointsInOrder(field).map(({ checkpoint }) => ({ id: checkpoint.id, status: '', note: '', evidence: '' }));
}
