// Starting answers: our suggested wording, or nothing at all.
import type { Draft, DraftValue, Field, TemplateDefinition } from './types.ts';
import { allFields } from './fields.ts';
import { blankCheckpoints } from './checkpoints/order.ts';

function defaultOf(field: Field): DraftValue {
  switch (field.type) {
    case 'list':
      return [...(field.default ?? [])];
    case 'rows':
      return (field.default ?? []).map((row) => ({ ...row }));
    case 'checkpoints':
      return blankCheckpoints(field);
    default:
      return field.default ?? '';
  }
}

function emptyOf(field: Field): DraftValue {
  if (field.type === 'checkpoints') return blankCheckpoints(field);
  return field.type === 'list' || field.type === 'rows' ? [] : '';
}

export const defaultDraft = (def: TemplateDefinition): Draft => Object.fromEntries(allFields(def).map((f) => [f.name, defaultOf(f)]));

export const emptyDraft = (def: TemplateDefinition): Draft => Object.fromEntries(allFields(def).map((f) => [f.name, emptyOf(f)]));

/** Missing answers filled from the defaults, so a draft always has every field. */
export function completeDraft(def: TemplateDefinition, partial: Partial<Draft>): Draft {
  const base = defaultDraft(def);
  for (const [key, value] of Object.entries(partial)) if (key in base && value !== undefined) base[key] = value;
  return base;
}
