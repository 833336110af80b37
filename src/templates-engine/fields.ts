import type { Field, TemplateDefinition } from './types.ts';

/** Every question of a template, in order. */
export const allFields = (def: TemplateDefinition): Field[] => def.sections.flatMap((s) => s.fields);
