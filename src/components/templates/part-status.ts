// Where each part of a template stands, for the list of parts (GOV.UK task list): not started (nothing
// typed), has errors (a message is showing beside one of its answers), completed (every required answer
// given), or in progress (something typed, a required answer still to give). A part with no questions has none.
import type { Draft, DraftValue, Field, Section } from '../../templates-engine/types.ts';

/** Templates with at least this many parts get the list of parts. */
export const PART_NAV_MIN_PARTS = 4;

export type PartStatus = 'empty' | 'started' | 'completed' | 'errors' | 'none';

export const STATUS_TEXT: Record<PartStatus, string> = {
  empty: 'Not started',
  started: 'In progress',
  completed: 'Completed',
  errors: 'Has errors',
  none: '',
};

const hasText = (value: string | undefined) => (value ?? '').trim() !== '';

function answered(field: Field, value: DraftValue | undefined): boolean {
  if (field.type === 'list') return ((value as string[] | undefined) ?? []).some(hasText);
  if (field.type === 'rows') return ((value as Array<Record<string, string>> | undefined) ?? []).some((row) => Object.values(row).some(hasText));
  // A checkpoint counts once a status is chosen or a note or evidence typed (its id is not an answer).
  if (field.type === 'checkpoints')
    return ((value as Array<Record<string, string>> | undefined) ?? []).some((row) => hasText(row.status) || hasText(row.note) || hasText(row.evidence));
  return hasText(value as string | undefined);
}

/** `withErrors`: names of the fields with an error message showing. */
export function partStatus(section: Section, draft: Draft, withErrors: ReadonlySet<string>): PartStatus {
  // A part with nothing to answer (a budget's totals) has no status.
  if (section.fields.length === 0) return 'none';
  if (section.fields.some((f) => withErrors.has(f.name))) return 'errors';
  if (!section.fields.some((f) => answered(f, draft[f.name]))) return 'empty';
  return section.fields.every((f) => !f.required || answered(f, draft[f.name])) ? 'completed' : 'started';
}
