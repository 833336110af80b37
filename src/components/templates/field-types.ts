// The browser code of a field type only some pages have (checkpoints, on /progress/): its module
// (checkpoints-dom.ts) registers itself here when imported, and fields-dom.ts imports it before the form starts.
import type { CheckpointsField } from '../../templates-engine/checkpoints/types.ts';
import type { Markup } from './markup/h.ts';

type Rows = Array<Record<string, string>>;

export const pageFieldTypes: {
  checkpoints?: {
    markup: (field: CheckpointsField, rows: Rows) => Markup;
    read: (group: HTMLElement, field: CheckpointsField) => Rows;
    /** Shows `rows` in the drawn checkpoints. */
    fill: (group: HTMLElement, field: CheckpointsField, rows: Rows) => void;
  };
} = {};
