// A template's questions as markup, from its definition: drawn into the page at build time (TemplateForm.astro)
// and again in the browser for a field whose answers change shape (a row added, a file loaded).
import type {
  ColumnField,
  Draft,
  DraftValue,
  Field,
  ListField,
  LongTextField,
  Quotation,
  RowsField,
  ScalarField,
  Section,
} from '../../../templates-engine/types.ts';
import type { CheckpointsField } from '../../../templates-engine/checkpoints/types.ts';
import { addButtonId, cellId, fieldId, hintId, itemId } from '../../../templates-engine/ids.ts';
import { formatNumber, parseNumber } from '../../../templates-engine/number.ts';
import { formatPence, parseMoney } from '../../../templates-engine/money.ts';
import { plainLabel } from '../../../templates-engine/plain-label.ts';
import { h, hidden, type Attrs, type Markup } from './h.ts';
import { characterCount, countId } from './count.ts';
import { lineAmount, type TableFigures } from './figures.ts';

/** What drawing a field may need beyond its definition and answers. */
export interface DrawOptions {
  /** The form of a field type only some pages have (checkpoints, markup/checkpoints.ts), with the site's base path. */
  checkpoints?: (field: CheckpointsField, rows: Array<Record<string, string>>) => Markup;
  /** Worked-out figures of costed tables, by field name, drawn in their places (at build time). */
  figures?: Record<string, TableFigures>;
  /** Drawn before a field's question, by field name (a button that fills it from another template's file). */
  before?: Record<string, Markup>;
  /** Drawn after a field's question, by field name (a summary of its answers). */
  after?: Record<string, Markup>;
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const errorSlot = (target: string) => h('p', { class: 'error-message', id: `${target}-error`, hidden: true });
const hintFor = (id: string, text?: string) => (text ? h('div', { class: 'hint', id }, text) : null);
const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || undefined;

function scalarControl(field: ScalarField | ColumnField, id: string, value: string, describedIds: string | undefined, extra: Attrs = {}): Markup {
  switch (field.type) {
    case 'longText':
      return h(
        'textarea',
        { class: 'textarea', id, name: id, rows: field.rows ?? 6, 'aria-describedby': describedIds, 'data-count-max': field.maxLength, ...extra },
        value,
      );
    case 'choice':
      if (field.control === 'select') {
        return h(
          'select',
          { class: 'select', id, name: id, 'aria-describedby': describedIds, ...extra },
          h('option', { value: '' }, 'Choose one'),
          ...field.options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)),
        );
      }
      throw new Error('radios are drawn as a fieldset');
    case 'money':
      return h(
        'div',
        { class: 'input-affix' },
        h('span', { class: 'input-affix__prefix', 'aria-hidden': 'true' }, '£'),
        h('input', {
          class: 'input input--width-10',
          id,
          name: id,
          type: 'text',
          inputmode: 'decimal',
          spellcheck: 'false',
          autocomplete: 'off',
          value,
          'aria-describedby': describedIds,
          ...extra,
        }),
      );
    case 'number':
      return h(
        'div',
        { class: 'input-affix' },
        h('input', {
          class: `input input--width-${field.width ?? 5}`,
          id,
          name: id,
          type: 'text',
          inputmode: 'decimal',
          spellcheck: 'false',
          autocomplete: 'off',
          value,
          'aria-describedby': describedIds,
          ...extra,
        }),
        field.unit ? h('span', { class: 'input-affix__suffix', 'aria-hidden': 'true' }, field.unit) : null,
      );
    case 'date':
      return h('input', { class: 'input input--width-10', id, name: id, type: 'date', value, 'aria-describedby': describedIds, ...extra });
    case 'text':
      return h('input', {
        class: `input${field.width ? ` input--width-${field.width}` : ''}`,
        id,
        name: id,
        type: 'text',
        value,
        'aria-describedby': describedIds,
        'data-label': field.label,
        ...extra,
      });
  }
}

function radios(field: ScalarField & { type: 'choice' }, value: string): Markup {
  const id = fieldId(field.name);
  const options = field.required ? field.options : [...field.options, { value: '', label: 'Leave this out of the document', hint: undefined }];
  return h(
    'fieldset',
    { class: 'fieldset', 'aria-describedby': describedBy(field.hint && hintId(field.name)), 'data-field': field.name },
    h('legend', { class: 'fieldset__legend' }, field.label),
    hintFor(hintId(field.name), field.hint),
    errorSlot(id),
    h(
      'div',
      { class: 'radios' },
      ...options.map((o, i) => {
        const optionId = i === 0 ? id : `${id}-${o.value || 'none'}`;
        // Not `${optionId}-hint`: the first option's id is the question's, whose hint that is.
        const optionHint = o.hint ? `${id}-${o.value || 'none'}-hint` : undefined;
        return h(
          'div',
          { class: 'radios__item' },
          h('input', {
            class: 'radios__input',
            type: 'radio',
            id: optionId,
            name: id,
            value: o.value,
            checked: o.value === value,
            'aria-describedby': optionHint,
          }),
          h('label', { class: 'radios__label', for: optionId }, o.label),
          o.hint ? h('div', { class: 'hint radios__hint', id: optionHint }, o.hint) : null,
        );
      }),
    ),
  );
}

function scalarGroup(field: ScalarField, value: string): Markup {
  if (field.type === 'choice' && field.control !== 'select') return h('div', { class: 'form-group', id: `group-${field.name}` }, radios(field, value));
  const id = fieldId(field.name);
  const isLong = field.type === 'longText';
  const control = scalarControl(field, id, value, describedBy(field.hint && hintId(field.name), isLong && countId(field.name)));
  // A one-line answer can sit beside another at a desk (template-form.css).
  return h(
    'div',
    { class: isLong ? 'form-group' : 'form-group form-group--short', id: `group-${field.name}`, 'data-field': field.name },
    h('label', { class: 'label', for: id }, field.label),
    hintFor(hintId(field.name), field.hint),
    errorSlot(id),
    control,
    isLong ? characterCount(field.name, value, (field as LongTextField).maxLength) : null,
  );
}

/** Remove, and for lists whose order matters, Move up and Move down. */
function itemActions(field: ListField | RowsField, index: number, count: number): Markup {
  const which = ` ${field.itemLabel} ${index + 1}`;
  const button = (attrs: Attrs, text: string) =>
    h('button', { type: 'button', class: 'button button--secondary button--small', 'data-index': index, ...attrs }, text, hidden(which));
  return h(
    'div',
    { class: 'add-another__actions', 'data-needs-script': true },
    field.reorderable && index > 0 ? button({ 'data-move': 'up', 'data-move-field': field.name }, 'Move up') : null,
    field.reorderable && index < count - 1 ? button({ 'data-move': 'down', 'data-move-field': field.name }, 'Move down') : null,
    button({ 'data-remove': field.name }, 'Remove'),
  );
}

/**
 * A list or table with nothing in it says so; without JavaScript (or on paper), where nothing can be added, it shows
 * one blank line to write in instead (template-form.css). The blank line is not an answer: it is not read back.
 */
const emptyOf = (field: ListField | RowsField, blank: Markup) => [
  h('p', { class: 'add-another__empty', 'data-needs-script': true }, `No ${field.itemLabel} added.`),
  h('div', { class: 'add-another__blank', 'data-blank-line': true }, blank),
];

function emptyList(field: ListField) {
  const id = `${itemId(field.name, 0)}-blank`;
  return emptyOf(
    field,
    h(
      'div',
      { class: 'add-another__item' },
      h('label', { class: 'label label--small', for: id }, `${upperFirst(field.itemLabel)} 1`),
      h('textarea', { class: 'textarea', id, rows: 2 }, ''),
    ),
  );
}

function emptyTable(field: RowsField) {
  return emptyOf(
    field,
    h(
      'fieldset',
      { class: 'fieldset fieldset--row add-another__item' },
      h('legend', { class: 'fieldset__legend fieldset__legend--small' }, `${upperFirst(field.itemLabel)} 1`),
      h('div', { class: 'row-cells' }, ...field.columns.map((column) => rowCell(field, column, 0, {}, '-blank'))),
    ),
  );
}

function listGroup(field: ListField, items: string[]): Markup {
  const label = (i: number) => `${upperFirst(field.itemLabel)} ${i + 1}`;
  return h(
    'div',
    { class: 'form-group', id: `group-${field.name}`, 'data-field': field.name },
    h(
      'fieldset',
      { class: 'fieldset', 'aria-describedby': describedBy(field.hint && hintId(field.name)) },
      h('legend', { class: 'fieldset__legend' }, field.label),
      hintFor(hintId(field.name), field.hint),
      errorSlot(addButtonId(field.name)),
      ...(items.length
        ? [
            h(
              'ol',
              { class: 'add-another__list' },
              ...items.map((item, i) =>
                h(
                  'li',
                  { class: 'add-another__item' },
                  h('label', { class: 'label label--small', for: itemId(field.name, i) }, label(i)),
                  errorSlot(itemId(field.name, i)),
                  h('textarea', { class: 'textarea', id: itemId(field.name, i), name: itemId(field.name, i), rows: 2, 'data-item-of': field.name }, item),
                  itemActions(field, i, items.length),
                ),
              ),
            ),
          ]
        : emptyList(field)),
      field.maxItems !== undefined && items.length >= field.maxItems
        ? h('p', { class: 'hint', id: addButtonId(field.name), tabindex: -1 }, `You have added the most this list can hold (${field.maxItems}).`)
        : h(
            'button',
            { type: 'button', class: 'button button--secondary', id: addButtonId(field.name), 'data-add': field.name, 'data-needs-script': true },
            `Add another ${field.itemLabel}`,
          ),
    ),
  );
}

/** Keys that move between the cells of a table laid out as a grid (at a desk); see behaviours/grid.ts. */
export const GRID_KEYS_HINT = 'As in a spreadsheet, the arrow keys and Enter move between the boxes.';
const SEVERAL_LINES_HINT = ' In a box of several lines, Enter starts a new line.';

/** `suffix`: the blank line shown without JavaScript has ids of its own, so a line added later never shares them. */
function rowCell(field: RowsField, column: ColumnField, i: number, row: Record<string, string>, suffix = ''): Markup {
  const id = `${cellId(field.name, i, column.name)}${suffix}`;
  const data = suffix ? {} : { 'data-column': column.name };
  const value = row[column.name] ?? '';
  const control =
    column.type === 'choice' && column.control !== 'select'
      ? scalarControl({ ...column, control: 'select' }, id, value, undefined, data)
      : column.type === 'longText'
        ? h('textarea', { class: 'textarea textarea--cell', id, name: id, rows: column.rows ?? 3, ...data }, value)
        : scalarControl(column, id, value, undefined, data);
  return h(
    'div',
    { class: 'form-group form-group--cell' },
    h('label', { class: 'label label--small', for: id }, column.label, hidden(` (${field.itemLabel} ${i + 1})`)),
    errorSlot(id),
    control,
  );
}

function rowsGroup(field: RowsField, rows: Array<Record<string, string>>, figures?: TableFigures): Markup {
  const title = (i: number) => `${upperFirst(field.itemLabel)} ${i + 1}`;
  // Shown above the lines when they are laid out as a grid; each box's own label already says its column and line.
  const head = h(
    'div',
    { class: 'rows-grid__head', 'aria-hidden': 'true' },
    ...field.columns.map((c) => h('span', {}, c.label)),
    field.amount ? h('span', { class: 'num' }, field.amount.label) : null,
    h('span', {}, ''),
  );
  const amountOf = (i: number) => {
    if (!figures) return h('p', { class: 'row-amount', 'data-amount-of': field.name, 'data-index': i });
    const pence = figures.amounts[i] ?? null;
    return h(
      'p',
      { class: 'row-amount', 'data-amount-of': field.name, 'data-index': i, 'data-shown': pence === null ? '' : formatPence(pence, true) },
      ...lineAmount(figures.line, pence),
    );
  };
  // form-group--rows: laid out full width at a desk (a class, as :has(.rows-grid) would be matched again at every keystroke).
  // Its columns are in the template's tables.css (grid-columns.ts).
  return h(
    'div',
    { class: rows.length ? 'form-group form-group--rows' : 'form-group', id: `group-${field.name}`, 'data-field': field.name },
    h(
      'fieldset',
      { class: 'fieldset', 'aria-describedby': describedBy(field.hint && hintId(field.name)) },
      h('legend', { class: 'fieldset__legend' }, field.label),
      hintFor(hintId(field.name), field.hint),
      errorSlot(addButtonId(field.name)),
      rows.length
        ? h('p', { class: 'hint rows-grid__keys' }, GRID_KEYS_HINT, field.columns.some((c) => c.type === 'longText') ? SEVERAL_LINES_HINT : '')
        : null,
      ...(rows.length
        ? [
            h(
              'div',
              { class: 'rows-grid', 'data-grid': field.name },
              head,
              h(
                'ol',
                { class: 'add-another__list' },
                ...rows.map((row, i) =>
                  h(
                    'li',
                    { class: 'add-another__item', 'data-row-of': field.name },
                    h(
                      'fieldset',
                      { class: 'fieldset fieldset--row' },
                      h('legend', { class: 'fieldset__legend fieldset__legend--small' }, title(i)),
                      h('div', { class: 'row-cells' }, ...field.columns.map((column) => rowCell(field, column, i, row))),
                    ),
                    field.amount ? amountOf(i) : null,
                    itemActions(field, i, rows.length),
                  ),
                ),
              ),
            ),
          ]
        : emptyTable(field)),
      field.maxRows !== undefined && rows.length >= field.maxRows
        ? h('p', { class: 'hint', id: addButtonId(field.name), tabindex: -1 }, `You have added the most this table can hold (${field.maxRows}).`)
        : h(
            'button',
            { type: 'button', class: 'button button--secondary', id: addButtonId(field.name), 'data-add': field.name, 'data-needs-script': true },
            `Add another ${field.itemLabel}`,
          ),
      field.totals?.length ? h('p', { class: 'totals', 'data-totals': field.name, 'aria-live': 'polite' }, totalsText(field, rows)) : null,
      field.amount ? h('p', { class: 'totals', 'data-totals': field.name, 'data-amount-total': true }, figures?.total) : null,
    ),
  );
}

/** "Total days a month: 3.5 days", from the numbers typed so far. */
export function totalsText(field: RowsField, rows: Array<Record<string, string>>): string {
  return (field.totals ?? [])
    .map((name) => {
      const column = field.columns.find((c) => c.name === name)!;
      let sum = 0;
      for (const row of rows) {
        // Money as whole pence, read as people type it ("£1,250.50"), so the sum is exact.
        const parsed = column.type === 'money' ? parseMoney(row[name] ?? '', column.maxPence) : parseNumber(row[name] ?? '');
        if (parsed.ok) sum += 'pence' in parsed ? parsed.pence : parsed.value;
      }
      const shown =
        column.type === 'money' ? formatPence(sum, true) : `${formatNumber(sum)}${column.type === 'number' && column.unit ? ` ${column.unit}` : ''}`;
      const label = plainLabel(column.label);
      return `Total ${label.charAt(0).toLowerCase()}${label.slice(1)}: ${shown}`;
    })
    .join('. ');
}

export function fieldMarkup(field: Field, value: DraftValue, options: DrawOptions = {}): Markup {
  if (field.type === 'list') return listGroup(field, value as string[]);
  if (field.type === 'rows') return rowsGroup(field, value as Array<Record<string, string>>, options.figures?.[field.name]);
  if (field.type === 'checkpoints') {
    if (!options.checkpoints) throw new Error('the checkpoints field is drawn by markup/checkpoints.ts, which was not given');
    return options.checkpoints(field, value as Array<Record<string, string>>);
  }
  return scalarGroup(field, value as string);
}

/** Words quoted exactly from a source: shown as they are, not as an answer to change. */
const quotation = (q: Quotation) =>
  h(
    'figure',
    { class: 'guidance-quote' },
    h('blockquote', {}, h('p', {}, q.lead), h('ul', {}, ...q.items.map((item) => h('li', {}, item)))),
    h('figcaption', {}, q.source),
  );

/** A part of the form; `display` is the markup of its worked-out figures, if it has any. */
export function sectionMarkup(section: Section, draft: Draft, index: number, total: number, options: DrawOptions = {}, display?: Markup): Markup {
  return h(
    'section',
    { class: 'form-section', 'aria-labelledby': `section-${section.id}` },
    h('h2', { id: `section-${section.id}` }, h('span', { class: 'form-section__step' }, `Part ${index + 1} of ${total}`), section.title),
    section.intro ? h('p', {}, section.intro) : null,
    section.quotation ? quotation(section.quotation) : null,
    ...section.fields.flatMap((f) => [options.before?.[f.name], fieldMarkup(f, draft[f.name], options), options.after?.[f.name]]),
    section.display ? (display ?? h('div', { class: 'computed', 'data-display': section.display })) : null,
  );
}
