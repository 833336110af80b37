// The `checkpoints` field type: statements grouped by stage and toolkit section, each given a status,
// an optional note and optional evidence. One definition drives the form, the saved answers, the
// answer files, the Word report and the spreadsheet (see the other modules in this folder).

export const STATUSES = [
  { value: 'not-started', label: 'Not started' },
  { value: 'in-progress', label: 'In progress' },
  { value: 'in-place', label: 'In place' },
  { value: 'not-applicable', label: 'Not applicable' },
] as const;

export type Status = (typeof STATUSES)[number]['value'];

/** Columns of one checkpoint's answer, as saved: `{ id, status, note, evidence }`. */
export const CHECKPOINT_COLUMNS = ['status', 'note', 'evidence'] as const;

export interface CheckpointLink {
  title: string;
  /** Site path without the base, e.g. "/templates/budget/". */
  path: string;
}

export interface Checkpoint {
  /** Stable name: answers are saved under it. */
  id: string;
  text: string;
  /** Evidence for Safety Action 7 of NHS Resolution's Maternity Incentive Scheme. */
  sa7?: boolean;
  /** Templates that help with it. */
  helps?: CheckpointLink[];
}

export interface CheckpointSection {
  /** Toolkit section number, "2.5". */
  number: string;
  title: string;
  path: string;
  checkpoints: Checkpoint[];
}

export interface CheckpointGroup {
  id: string;
  label: string;
  /** One of the stages an MVP moves through (not the Introduction). */
  isStage: boolean;
  sections: CheckpointSection[];
}

export interface CheckpointsField {
  type: 'checkpoints';
  name: string;
  label: string;
  hint?: string;
  errorName?: string;
  required?: boolean;
  groups: CheckpointGroup[];
  /** Most characters in a note, and in an evidence answer. */
  noteMaxLength: number;
  /** How many checkpoints "What next" lists. */
  nextCount: number;
  /** Opens the list of checkpoints in the report, and in the Safety Action 7 evidence list. */
  reportIntro: string;
  sa7Intro: string;
  /** When the choice answer `field` is `value`, the documents list only the Safety Action 7 checkpoints. */
  sa7Only?: { field: string; value: string };
}

/** One checkpoint's answer as typed. */
export type CheckpointDraft = { id: string; status: string; note: string; evidence: string };

export const statusLabel = (value: string) => STATUSES.find((s) => s.value === value)?.label ?? 'Not started';
