// Whether saved answers (from this browser or a file) have the shape a template's draft has: every
// answer as typed, a chosen option one the template offers, and no answer the template does not have.
import type { ColumnField, Field, TemplateDefinition } from './types.ts';
import { allFields } from './fields.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether `value` can be the saved answer to `field` (as typed: text, a chosen option, a list, rows). */
export function fitsDraft(field: Field | ColumnField, value: unknown): boolean {
  switch (field.type) {
    case 'list':
      return Array.isArray(value) && value.every((item) => typeof item === 'string');
    case 'rows':
      return (
        Array.isArray(value) &&
        value.every(
          (row) =>
            isRecord(row) &&
            Object.entries(row).every(([name, cell]) => {
              const column = field.columns.find((c) => c.name === name);
              return column !== undefined && (cell === undefined || fitsDraft(column, cell));
            }),
        )
      );
    case 'choice':
      return value === '' || (typeof value === 'string' && field.options.some((o) => o.value === value));
    case 'checkpoints':
      // Each checkpoint's answer is checked by readCheckpointsDraft (checkpoints/answers.ts), which loads only where one is.
      return Array.isArray(value);
    default:
      return typeof value === 'string';
  }
}

/** The first thing in saved answers that does not fit the template: an answer it does not have, or one of the wrong shape. */
export type DraftIssue = { kind: 'unknown'; name: string } | { kind: 'wrongShape'; field: Field };

export function draftIssue(def: TemplateDefinition, answers: Record<string, unknown>): DraftIssue | null {
  const fields = allFields(def);
  for (const field of fields) {
    const value = answers[field.name];
    if (value !== undefined && !fitsDraft(field, value)) return { kind: 'wrongShape', field };
  }
  const unknown = Object.keys(answers).find((name) => !fields.some((f) => f.name === name));
  return unknown === undefined ? null : { kind: 'unknown', name: unknown };
}
