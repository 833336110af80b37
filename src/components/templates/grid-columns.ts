// The columns of a table of rows laid out as a grid at a desk: one track per column, sized by the kind of
// answer (a figure is narrow, a description takes what is left), then the line's cost and its buttons.
import type { ColumnField, RowsField, TemplateDefinition } from '../../templates-engine/types.ts';
import { allFields } from '../../templates-engine/fields.ts';

const rem = (n: number) => `${Math.round(n * 10) / 10}rem`;

/** A choice is as wide as its longest option, within limits. */
const choiceWidth = (column: ColumnField & { type: 'choice' }) =>
  Math.min(11, Math.max(7, 2.5 + 0.55 * Math.max('Choose one'.length, ...column.options.map((o) => o.label.length))));

export function columnTrack(column: ColumnField): string {
  switch (column.type) {
    case 'money':
      return rem(8.5);
    case 'number':
      return rem(2 + 0.7 * (column.width ?? 5));
    case 'date':
      return rem(10);
    case 'choice':
      return rem(choiceWidth(column));
    case 'text':
      return column.width ? rem(1.5 + 0.5 * column.width) : 'minmax(6rem, 2fr)';
    case 'longText':
      return 'minmax(6rem, 3fr)';
  }
}

/** The line's buttons: Remove, and Move up / Move down for tables whose order matters. */
export const actionsTrack = (field: RowsField) => rem(field.reorderable ? 16 : 6);

/**
 * The tracks of a table laid out as a grid: `cells` for the boxes of a line, `tail` for its cost and buttons,
 * `all` for the row of column headings (the same tracks), and the width below which it scrolls sideways.
 */
export function gridColumns(field: RowsField): { cells: string; tail: string; all: string; minWidth: string } {
  const cells = field.columns.map(columnTrack);
  const tail = [...(field.amount ? [rem(7)] : []), actionsTrack(field)];
  const gap = 0.5;
  const all = [...cells, ...tail];
  const min = all.reduce((sum, t) => sum + Number(/([\d.]+)rem/.exec(t)![1]), 0) + gap * (all.length - 1);
  return { cells: cells.join(' '), tail: `minmax(0, 1fr) ${tail.join(' ')}`, all: all.join(' '), minWidth: rem(min) };
}

/** The tracks of every table of a template, as CSS custom properties on each table's group (template-form.css uses them). */
export function tablesCss(def: TemplateDefinition): string {
  return allFields(def)
    .filter((f): f is RowsField => f.type === 'rows')
    .map((field) => {
      const columns = gridColumns(field);
      return `#group-${field.name} { --grid-columns: ${columns.all}; --grid-cells: ${columns.cells}; --grid-row: ${columns.tail}; --grid-min-width: ${columns.minWidth}; }\n`;
    })
    .join('');
}
