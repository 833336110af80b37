// Checks across two answers, made once each answer is valid on its own.
import type { Answers, FieldError, TemplateDefinition } from './types.ts';
import { fieldId } from './ids.ts';

export function checkRules(def: TemplateDefinition, answers: Answers): FieldError[] {
  const errors: FieldError[] = [];
  for (const rule of def.rules ?? []) {
    const value = answers[rule.field];
    const limit = answers[rule.than];
    if (rule.kind === 'notMoreThan' && typeof value === 'number' && typeof limit === 'number' && value > limit) {
      errors.push({ field: rule.field, target: fieldId(rule.field), message: rule.message });
    }
  }
  return errors;
}
