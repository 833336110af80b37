// Kept apart from fields-dom.ts, which the checkpoints code imports: importing it back from there would make a circle.
import type { Field } from '../../templates-engine/types.ts';
import { loadPart } from '../lazy-part.ts';

/** Loads the form code of the page's own field types; undefined when it has none. */
export const loadFieldTypes = (fields: Field[], questions: Element): Promise<unknown> | undefined =>
  fields.some((f) => f.type === 'checkpoints') ? loadPart(questions, () => import('./checkpoints-dom.ts'), { inside: true }) : undefined;
