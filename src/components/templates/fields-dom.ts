// Renders a template's questions from its definition, and reads the answers back from the page.
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
} from '../../templates-engine/types.ts';
import { addButtonId, cellId, fieldId, hintId, itemId } from '../../templates-engine/ids.ts';
import { formatNumber, parseNumber } from '../../templates-engine/number.ts';
import { formatPence, parseMoney } from '../../templates-engine/money.ts';
import { plainLabel } from '../../templates-engine/plain-label.ts';
import { h, hidden } from './dom.ts';
import type { CheckpointsField } from '../../templates-engine/checkpoints/types.ts';
import { gridColumns } from './grid-columns.ts';

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const errorSlot = (target: string) => h('p', { class: 'error-message', id: `${target}-error`, hidden: true });
const hintFor = (id: string, text?: string) => (text ? h('div', { class: 'hint', id }, text) : null);
const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || undefined;

export const countId = (name: string) => `f-${name}-count`;

/** "You have 120 characters remaining" / "You have 3 characters too many". */
export function remainingMessage(length: number, max: number): { text: string; over: boolean } {
  const left = max - length;
  const n = Math.abs(left).toLocaleString('en-GB');
  const unit = Math.abs(left) === 1 ? 'character' : 'characters';
  return left >= 0 ? { text: `You have ${n} ${unit} remaining`, over: false } : { text: `You have ${n} ${unit} too many`, over: true };
}

function scalarControl(field: ScalarField | ColumnField, id: string, value: string, describedIds: string | undefined, labelText: string): HTMLElement {
  switch (field.type) {
    case 'longText':
      return h(
        'textarea',
        { class: 'textarea', id, name: id, rows: field.rows ?? 6, 'aria-describedby': describedIds, 'data-count-max': field.maxLength },
        value,
      );
    case 'choice':
      if (field.control === 'select') {
        return h(
          'select',
          { class: 'select', id, name: id, 'aria-describedby': describedIds },
          h('option', { value: '' }, 'Choose one'),
          ...field.options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)),
        );
      }
      throw new Error('radios are rendered as a fieldset');
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
        }),
        field.unit ? h('span', { class: 'input-affix__suffix', 'aria-hidden': 'true' }, field.unit) : null,
      );
    case 'date':
      return h('input', { class: 'input input--width-10', id, name: id, type: 'date', value, 'aria-describedby': describedIds });
    case 'text':
      return h('input', {
        class: `input${field.width ? ` input--width-${field.width}` : ''}`,
        id,
        name: id,
        type: 'text',
        value,
        'aria-describedby': describedIds,
        'data-label': labelText,
      });
  }
}

function radios(field: ScalarField & { type: 'choice' }, value: string): HTMLElement {
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
        const optionHint = o.hint ? `${optionId}-hint` : undefined;
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

function scalarGroup(field: ScalarField, value: string): HTMLElement {
  if (field.type === 'choice' && field.control !== 'select') return h('div', { class: 'form-group', id: `group-${field.name}` }, radios(field, value));
  const id = fieldId(field.name);
  const isLong = field.type === 'longText';
  const control = scalarControl(field, id, value, describedBy(field.hint && hintId(field.name), isLong && countId(field.name)), field.label);
  // A one-line answer can sit beside another at a desk (template-form.css).
  return h(
    'div',
    { class: isLong ? 'form-group' : 'form-group form-group--short', id: `group-${field.name}`, 'data-field': field.name },
    h('label', { class: 'label', for: id }, field.label),
    hintFor(hintId(field.name), field.hint),
    errorSlot(id),
    control,
    isLong ? characterCount(field, value) : null,
  );
}

function characterCount(field: LongTextField, value: string): HTMLElement {
  const message = remainingMessage([...value].length, field.maxLength);
  return h(
    'div',
    { class: 'character-count' },
    h('div', { class: `hint character-count__message${message.over ? ' is-over' : ''}`, id: countId(field.name) }, message.text),
    h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-count-live': field.name }),
  );
}

/** Remove, and for lists whose order matters, Move up and Move down. */
function itemActions(field: ListField | RowsField, index: number, count: number): HTMLElement {
  const which = ` ${field.itemLabel} ${index + 1}`;
  const button = (attrs: Record<string, string | number>, text: string) =>
    h('button', { type: 'button', class: 'button button--secondary button--small', 'data-index': index, ...attrs }, text, hidden(which));
  return h(
    'div',
    { class: 'add-another__actions' },
    field.reorderable && index > 0 ? button({ 'data-move': 'up', 'data-move-field': field.name }, 'Move up') : null,
    field.reorderable && index < count - 1 ? button({ 'data-move': 'down', 'data-move-field': field.name }, 'Move down') : null,
    button({ 'data-remove': field.name }, 'Remove'),
  );
}

function listGroup(field: ListField, items: string[]): HTMLElement {
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
      items.length
        ? h(
            'ol',
            { class: 'add-another__list' },
            ...items.map((item, i) =>
              h(
                'li',
                { class: 'add-another__item' },
                h('label', { class: 'label label--small', for: itemId(field.name, i) }, label(i)),
                errorSlot(itemId(field.name, i)),
                h('textarea', { class: 'textarea', id: itemId(field.name, i), rows: 2, 'data-item-of': field.name }, item),
                itemActions(field, i, items.length),
              ),
            ),
          )
        : h('p', { class: 'add-another__empty' }, `No ${field.itemLabel} added.`),
      field.maxItems !== undefined && items.length >= field.maxItems
        ? h('p', { class: 'hint', id: addButtonId(field.name), tabindex: -1 }, `You have added the most this list can hold (${field.maxItems}).`)
        : h(
            'button',
            { type: 'button', class: 'button button--secondary', id: addButtonId(field.name), 'data-add': field.name },
            `Add another ${field.itemLabel}`,
          ),
    ),
  );
}

/** Keys that move between the cells of a table laid out as a grid (at a desk); see behaviours/grid.ts. */
export const GRID_KEYS_HINT = 'As in a spreadsheet, the arrow keys and Enter move between the boxes.';
const SEVERAL_LINES_HINT = ' In a box of several lines, Enter starts a new line.';

function rowsGroup(field: RowsField, rows: Array<Record<string, string>>): HTMLElement {
  const title = (i: number) => `${upperFirst(field.itemLabel)} ${i + 1}`;
  const columns = gridColumns(field);
  // Shown above the lines when they are laid out as a grid; each box's own label already says its column and line.
  const head = h(
    'div',
    { class: 'rows-grid__head', 'aria-hidden': 'true' },
    ...field.columns.map((c) => h('span', {}, c.label)),
    field.amount ? h('span', { class: 'num' }, field.amount.label) : null,
    h('span', {}, ''),
  );
  // form-group--rows: laid out full width at a desk (a class, as :has(.rows-grid) would be matched again at every keystroke).
  const group = h(
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
      rows.length
        ? h(
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
                    h(
                      'div',
                      { class: 'row-cells' },
                      ...field.columns.map((column) => {
                        const id = cellId(field.name, i, column.name);
                        const control =
                          column.type === 'choice' && column.control !== 'select'
                            ? scalarControl({ ...column, control: 'select' }, id, row[column.name] ?? '', undefined, column.label)
                            : column.type === 'longText'
                              ? h('textarea', { class: 'textarea textarea--cell', id, name: id, rows: column.rows ?? 3 }, row[column.name] ?? '')
                              : scalarControl(column, id, row[column.name] ?? '', undefined, column.label);
                        control.querySelector('input, select')?.setAttribute('data-column', column.name);
                        control.setAttribute('data-column', column.name);
                        return h(
                          'div',
                          { class: 'form-group form-group--cell' },
                          h('label', { class: 'label label--small', for: id }, column.label, hidden(` (${field.itemLabel} ${i + 1})`)),
                          errorSlot(id),
                          control,
                        );
                      }),
                    ),
                  ),
                  field.amount ? h('p', { class: 'row-amount', 'data-amount-of': field.name, 'data-index': i }) : null,
                  itemActions(field, i, rows.length),
                ),
              ),
            ),
          )
        : h('p', { class: 'add-another__empty' }, `No ${field.itemLabel} added.`),
      field.maxRows !== undefined && rows.length >= field.maxRows
        ? h('p', { class: 'hint', id: addButtonId(field.name), tabindex: -1 }, `You have added the most this table can hold (${field.maxRows}).`)
        : h(
            'button',
            { type: 'button', class: 'button button--secondary', id: addButtonId(field.name), 'data-add': field.name },
            `Add another ${field.itemLabel}`,
          ),
      field.totals?.length ? h('p', { class: 'totals', 'data-totals': field.name, 'aria-live': 'polite' }, totalsText(field, rows)) : null,
      field.amount ? h('p', { class: 'totals', 'data-totals': field.name, 'data-amount-total': true }) : null,
    ),
  );
  group.style.setProperty('--grid-columns', columns.all);
  group.style.setProperty('--grid-cells', columns.cells);
  group.style.setProperty('--grid-row', columns.tail);
  group.style.setProperty('--grid-min-width', columns.minWidth);
  return group;
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

/**
 * The form code of a field type only some pages have (checkpoints, on /progress/): its module registers
 * itself here when imported, and loadFieldTypes (field-types.ts) imports it before such a form is first drawn.
 */
export const pageFieldTypes: {
  checkpoints?: {
    render: (field: CheckpointsField, rows: Array<Record<string, string>>) => HTMLElement;
    read: (group: HTMLElement, field: CheckpointsField) => Array<Record<string, string>>;
  };
} = {};

export function renderField(field: Field, value: DraftValue): HTMLElement {
  if (field.type === 'list') return listGroup(field, value as string[]);
  if (field.type === 'rows') return rowsGroup(field, value as Array<Record<string, string>>);
  if (field.type === 'checkpoints') return pageFieldTypes.checkpoints!.render(field, value as Array<Record<string, string>>);
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

export function renderSection(section: Section, draft: Draft, index: number, total: number): HTMLElement {
  return h(
    'section',
    { class: 'form-section', 'aria-labelledby': `section-${section.id}` },
    h('h2', { id: `section-${section.id}` }, h('span', { class: 'form-section__step' }, `Part ${index + 1} of ${total}`), section.title),
    section.intro ? h('p', {}, section.intro) : null,
    section.quotation ? quotation(section.quotation) : null,
    ...section.fields.map((f) => renderField(f, draft[f.name])),
    section.display ? h('div', { class: 'computed', 'data-display': section.display }) : null,
  );
}

/** The answers as they are in the form right now. */
export function readField(root: ParentNode, field: Field): DraftValue {
  const group = root.querySelector<HTMLElement>(`#group-${field.name}`);
  if (!group) return field.type === 'list' || field.type === 'rows' ? [] : '';
  if (field.type === 'checkpoints') return pageFieldTypes.checkpoints!.read(group, field);
  if (field.type === 'list') return [...group.querySelectorAll<HTMLTextAreaElement>(`[data-item-of="${field.name}"]`)].map((t) => t.value);
  if (field.type === 'rows') {
    // Two queries for the whole table rather than one a line: every keystroke reads every line of a long budget.
    const rowOf = `[data-row-of="${field.name}"]`;
    const controls = group.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(`${rowOf} :is(input, select, textarea)[data-column]`);
    let next = 0;
    return [...group.querySelectorAll<HTMLElement>(rowOf)].map((row) => {
      const cells: Record<string, string> = Object.fromEntries(field.columns.map((c) => [c.name, '']));
      for (; next < controls.length && row.contains(controls[next]); next++) cells[controls[next].getAttribute('data-column')!] = controls[next].value;
      return cells;
    });
  }
  if (field.type === 'choice' && field.control !== 'select') return group.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value ?? '';
  return group.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`#${fieldId(field.name)}`)?.value ?? '';
}
