// Checks across two answers, made once each answer is valid on its own.
import type { Answers, FieldError, TemplateDefinition } from './types.ts';
import { fieldId } from './ids.ts';

export function checkRules(def: TemplateDefinition, answers: Answers): FieldError[] {
  const errors: FieldError[] = [];
  for (const rule of def.rules ?? []) {
    const value = answers[rule.field];
    if (rule.kind === 'notMoreThan') {
      const limit = answers[rule.than];
      if (typeof value === 'number' && typeof limit === 'number' && value > limit) errors.push({ field: rule.field, target: fieldId(rule.field), message: rule.message });
    } else if (value === null || value === undefined || value === '') {
      const rows = answers[rule.rows];
      const needing = Array.isArray(rows) ? (rows as Array<Record<string, unknown> | string>).some((row) => typeof row === 'object' && row[rule.column] !== null && row[rule.column] !== undefined && row[rule.column] !== '') : false;
      if (needing) errors.push({ field: rule.field, target: fieldId(rule.field), message: rule.message });
    }
  }
  return errors;
}
