// What a checkpoints field adds up to: counts per stage, the stage the MVP has reached, and what to do next.
// Reads typed answers or checked ones: an empty status counts as not started.
import type { Checkpoint, CheckpointGroup, CheckpointSection, CheckpointsField } from './types.ts';
import { checkpointsInOrder } from './order.ts';

export interface GroupCount {
  id: string;
  label: string;
  isStage: boolean;
  total: number;
  inPlace: number;
  notApplicable: number;
  /** Checkpoints that apply: all but the not applicable ones. */
  applicable: number;
}

export interface NextStep {
  checkpoint: Checkpoint;
  section: CheckpointSection;
  group: CheckpointGroup;
  status: string;
}

export interface Progress {
  groups: GroupCount[];
  /** The stage reached, in words. */
  reached: string[];
  next: NextStep[];
}

type Row = { readonly [key: string]: unknown };

const statusesOf = (rows: readonly Row[]) => new Map(rows.map((r) => [String(r.id), typeof r.status === 'string' && r.status ? r.status : 'not-started']));

/** "Setting up: 9 of 14 in place", with how many do not apply. */
export function countSentence(count: GroupCount): string {
  const skipped = count.notApplicable ? ` (${count.notApplicable} not applicable)` : '';
  return `${count.label}: ${count.inPlace} of ${count.applicable} in place${skipped}`;
}

const andList = (items: string[]) => (items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

function reachedSentences(groups: GroupCount[]): string[] {
  const stages = groups.filter((g) => g.isStage);
  if (stages.length === 0) return [];
  if (groups.every((g) => g.inPlace === 0)) return [`Nothing is marked as in place yet, so your MVP is at the start of ${stages[0].label}.`];
  const current = stages.findIndex((g) => g.inPlace < g.applicable);
  if (current === -1)
    return [
      `Every checkpoint in all ${stages.length} stages is in place or does not apply: your MVP has reached ${stages[stages.length - 1].label} and done everything in it.`,
    ];
  const stage = stages[current];
  const sentences = [
    current === 0
      ? `Your MVP is at the ${stage.label} stage: ${stage.inPlace} of its ${stage.applicable} checkpoints are in place.`
      : `Your MVP has done everything in ${andList(stages.slice(0, current).map((g) => g.label))} and is at the ${stage.label} stage: ${stage.inPlace} of its ${stage.applicable} checkpoints are in place.`,
  ];
  const ahead = stages.slice(current + 1).filter((g) => g.inPlace > 0);
  if (ahead.length) sentences.push(`Some later work is in place too: ${andList(ahead.map((g) => `${g.inPlace} in ${g.label}`))}.`);
  return sentences;
}

export function progressOf(field: CheckpointsField, rows: readonly Row[]): Progress {
  const status = statusesOf(rows);
  const all = checkpointsInOrder(field);
  const groups = field.groups.map((group) => {
    const mine = all.filter((c) => c.group === group).map((c) => status.get(c.checkpoint.id) ?? 'not-started');
    const notApplicable = mine.filter((s) => s === 'not-applicable').length;
    return {
      id: group.id,
      label: group.label,
      isStage: group.isStage,
      total: mine.length,
      inPlace: mine.filter((s) => s === 'in-place').length,
      notApplicable,
      applicable: mine.length - notApplicable,
    };
  });
  const next = all
    .map(({ checkpoint, section, group }) => ({ checkpoint, section, group, status: status.get(checkpoint.id) ?? 'not-started' }))
    .filter((c) => c.status !== 'in-place' && c.status !== 'not-applicable')
    .slice(0, field.nextCount);
  return { groups, reached: reachedSentences(groups), next };
}

/** The field's checkpoints a document lists: all, or only the Safety Action 7 ones. */
export function listsOnlySa7(field: CheckpointsField, answers: Record<string, unknown> | null): boolean {
  return Boolean(field.sa7Only && answers && answers[field.sa7Only.field] === field.sa7Only.value);
}
