// The checkpoints field as markup (the progress check): grouped by stage and toolkit section, each checkpoint a
// set of GOV.UK radios for its status, with its note and evidence folded away until wanted.
import type { CheckpointsField } from '../../../templates-engine/checkpoints/types.ts';
import { STATUSES } from '../../../templates-engine/checkpoints/types.ts';
import { checkpointsInOrder } from '../../../templates-engine/checkpoints/order.ts';
import { countSentence, progressOf } from '../../../templates-engine/checkpoints/progress.ts';
import { cellId, hintId, statusName } from '../../../templates-engine/ids.ts';
import { h, hidden, type Markup } from './h.ts';
import { characterCount, countId } from './count.ts';

export const stageHeadingId = (field: CheckpointsField, group: string) => `${field.name}-stage-${group}`;

/** A link to a page of the site; `base` is the site's base path, ending in "/". */
export const siteLink = (base: string, path: string, text: string) => h('a', { href: `${base}${path.replace(/^\//, '')}` }, text);

type Checkpoint = CheckpointsField['groups'][number]['sections'][number]['checkpoints'][number];

function textArea(field: CheckpointsField, index: number, column: 'note' | 'evidence', value: string, label: string, hint: string): Markup {
  const id = cellId(field.name, index, column);
  const name = id.replace(/^f-/, '');
  return h(
    'div',
    { class: 'form-group' },
    h('label', { class: 'label label--small', for: id }, label),
    h('div', { class: 'hint', id: `${id}-hint` }, hint),
    h('p', { class: 'error-message', id: `${id}-error`, hidden: true }),
    h(
      'textarea',
      {
        class: 'textarea',
        id,
        name: id,
        rows: 2,
        'data-count-max': field.noteMaxLength,
        'data-checkpoint-text': column,
        'aria-describedby': `${id}-hint ${countId(name)}`,
      },
      value,
    ),
    characterCount(name, value, field.noteMaxLength),
  );
}

/** A checkpoint's note and evidence boxes. */
export const noteBoxes = (field: CheckpointsField, index: number, row: Record<string, string>): Markup[] => [
  textArea(field, index, 'note', row.note ?? '', 'Note (optional)', 'Anything you want to remember, such as who is doing it or what is in the way.'),
  textArea(field, index, 'evidence', row.evidence ?? '', 'Evidence (optional)', 'Where the minutes, letters or documents that show it are kept.'),
];

/**
 * Folded away, and open when something is written in it. Its boxes are drawn only then, or when it is first opened
 * (checkpoints-dom.ts): 142 boxes in the HTML made /progress/ slow to build and lay out. Notes are kept in this
 * browser, which needs JavaScript, so without it the fold is left out (template-form.css).
 */
function noteAndEvidence(field: CheckpointsField, index: number, text: string, row: Record<string, string>): Markup {
  const filled = Boolean(row.note || row.evidence);
  return h(
    'details',
    { class: 'checkpoint__more', open: filled, 'data-note-boxes': index },
    h('summary', {}, 'Note and evidence', hidden(` for “${text}”`)),
    ...(filled ? noteBoxes(field, index, row) : []),
  );
}

function checkpointItem(field: CheckpointsField, index: number, checkpoint: Checkpoint, row: Record<string, string>): Markup {
  const name = statusName(field, index);
  return h(
    'li',
    { class: 'checkpoint', 'data-checkpoint': checkpoint.id },
    h(
      'fieldset',
      { class: 'fieldset' },
      h(
        'legend',
        { class: 'fieldset__legend fieldset__legend--small', id: `${name}-legend` },
        checkpoint.text,
        checkpoint.sa7 ? h('strong', { class: 'tag tag--sa7' }, 'Safety Action 7 evidence') : null,
      ),
      h(
        'div',
        { class: 'radios radios--small radios--inline' },
        ...STATUSES.map((s, i) => {
          const id = i === 0 ? name : `${name}-${s.value}`;
          return h(
            'div',
            { class: 'radios__item' },
            h('input', { class: 'radios__input', type: 'radio', id, name, value: s.value, checked: row.status === s.value }),
            h('label', { class: 'radios__label', for: id }, s.label),
          );
        }),
      ),
    ),
    noteAndEvidence(field, index, checkpoint.text, row),
  );
}

export function checkpointsMarkup(base: string, field: CheckpointsField, rows: Array<Record<string, string>>): Markup {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const counts = progressOf(field, rows).groups;
  const indexOf = new Map(checkpointsInOrder(field).map(({ checkpoint, index }) => [checkpoint, index]));
  return h(
    'div',
    { class: 'form-group checkpoints', id: `group-${field.name}`, 'data-field': field.name },
    field.hint ? h('div', { class: 'hint', id: hintId(field.name) }, field.hint) : null,
    ...field.groups.map((group) =>
      h(
        'section',
        { class: 'checkpoints__stage', 'aria-labelledby': stageHeadingId(field, group.id) },
        h('h3', { id: stageHeadingId(field, group.id), 'data-stage-count': group.id }, countSentence(counts.find((c) => c.id === group.id)!)),
        ...group.sections.map((section) =>
          h(
            'div',
            { class: 'checkpoints__section' },
            h('h4', {}, siteLink(base, section.path, `${section.number} ${section.title}`)),
            h(
              'ul',
              { class: 'checkpoints__list' },
              ...section.checkpoints.map((checkpoint) => checkpointItem(field, indexOf.get(checkpoint)!, checkpoint, byId.get(checkpoint.id) ?? {})),
            ),
          ),
        ),
      ),
    ),
  );
}
