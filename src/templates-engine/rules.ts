// Checks across answers, on the answers as checked (an answer wrong on its own is null here, and breaks no rule).
import type { Answers, FieldError, TemplateDefinition } from './types.ts';
import { fieldId } from './ids.ts';

export function checkRules(def: TemplateDefinition, answers: Answers): FieldError[] {
  const errors: FieldError[] = [];
  for (const rule of def.rules ?? []) {
    const value = answers[rule.field];
    if (rule.kind === 'notMoreThan') {
      const limit = answers[rule.than];
      if (typeof value === 'number' && typeof limit === 'number' && value > limit)
        errors.push({ field: rule.field, target: fieldId(rule.field), message: rule.message });
    } else if (value === null) {
      // Checked answers hold an empty answer as null, and a table as its rows.
      const rows = (answers[rule.rows] ?? []) as Array<Record<string, unknown>>;
      if (rows.some((row) => row[rule.column] != null)) errors.push({ field: rule.field, target: fieldId(rule.field), message: rule.message });
    }
  }
  return errors;
}
