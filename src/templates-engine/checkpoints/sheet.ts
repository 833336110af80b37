// A checkpoints field in the spreadsheet: the count for each stage, then one row per checkpoint.
import type { Cell, Sheet } from '../sheet/model.ts';
import { cellRef, text } from '../sheet/model.ts';
import type { CheckedCheckpoint } from './answers.ts';
import { STATUSES, statusLabel, type CheckpointsField } from './types.ts';
import { checkpointsInOrder } from './order.ts';
import { listsOnlySa7, progressOf } from './progress.ts';

interface Rows {
  add: (...cells: Array<Cell | null>) => number;
  gap: () => void;
  readonly next: number;
  lists: Sheet['lists'];
}

const count = (n: number): Cell => ({ kind: 'number', value: n, format: 'number' });

export function addCheckpointsToSheet(b: Rows, field: CheckpointsField, answers: Record<string, unknown>): void {
  const rows = (answers[field.name] ?? []) as CheckedCheckpoint[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const sa7Only = listsOnlySa7(field, answers);
  if (!sa7Only) {
    b.gap();
    b.add(text('Progress by stage', 'heading'));
    b.add(...['Stage', 'In place', 'Apply', 'Not applicable', 'Checkpoints'].map((h) => text(h, 'header')));
    for (const g of progressOf(field, rows).groups) b.add(text(g.label), count(g.inPlace), count(g.applicable), count(g.notApplicable), count(g.total));
  }
  b.gap();
  b.add(text(sa7Only ? 'Safety Action 7 evidence' : 'Checkpoints', 'heading'));
  b.add(...['Checkpoint', 'Toolkit section', 'Stage', 'Safety Action 7 evidence', 'Status', 'Note', 'Evidence'].map((h) => text(h, 'header')));
  const first = b.next;
  for (const { checkpoint, section, group } of checkpointsInOrder(field)) {
    if (sa7Only && !checkpoint.sa7) continue;
    const answer = byId.get(checkpoint.id);
    b.add(
      text(checkpoint.text),
      text(`${section.number} ${section.title}`),
      text(group.label),
      checkpoint.sa7 ? text('Yes') : null,
      text(statusLabel(answer?.status ?? '')),
      answer?.note ? text(answer.note) : null,
      answer?.evidence ? text(answer.evidence) : null,
    );
  }
  if (b.next > first) b.lists.push({ range: `${cellRef(4, first)}:${cellRef(4, b.next - 1)}`, options: STATUSES.map((s) => s.label) });
}
