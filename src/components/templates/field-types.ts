// The browser code of a field type only some pages have (checkpoints, on /progress/). What reads its answers
// (checkpoints-read.ts) registers itself here when imported, and fields-dom.ts imports it before the form starts;
// what shows answers in it and draws it afresh (checkpoints-dom.ts) adds `markup` and `fill` when first needed.
import type { CheckpointsField } from '../../templates-engine/checkpoints/types.ts';
import type { Markup } from './markup/h.ts';

type Rows = Array<Record<string, string>>;

export const pageFieldTypes: {
  checkpoints?: {
    read: (group: HTMLElement, field: CheckpointsField) => Rows;
    markup?: (field: CheckpointsField, rows: Rows) => Markup;
    /** Shows `rows` in the drawn checkpoints. */
    fill?: (group: HTMLElement, field: CheckpointsField, rows: Rows) => void;
  };
} = {};
