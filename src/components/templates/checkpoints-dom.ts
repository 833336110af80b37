// The checkpoints field in the form: grouped by stage and toolkit section, each checkpoint a set of
// GOV.UK radios for its status, with its note and evidence folded away until wanted.
import type { CheckpointsField } from '../../templates-engine/checkpoints/types.ts';
import { STATUSES } from '../../templates-engine/checkpoints/types.ts';
import { checkpointsInOrder } from '../../templates-engine/checkpoints/order.ts';
import { countSentence, progressOf } from '../../templates-engine/checkpoints/progress.ts';
import { cellId, hintId } from '../../templates-engine/ids.ts';
import { countId, pageFieldTypes, remainingMessage } from './fields-dom.ts';
import { h, hidden } from './dom.ts';

const base = () => document.querySelector<HTMLElement>('[data-template-form]')?.dataset.base ?? '/';
const link = (path: string, text: string) => h('a', { href: `${base()}${path.replace(/^\//, '')}` }, text);
export const stageHeadingId = (field: CheckpointsField, group: string) => `${field.name}-stage-${group}`;
const statusName = (field: CheckpointsField, index: number) => cellId(field.name, index, 'status');

function textArea(field: CheckpointsField, index: number, column: 'note' | 'evidence', value: string, label: string, hint: string): HTMLElement {
  const id = cellId(field.name, index, column);
  const name = id.replace(/^f-/, '');
  const message = remainingMessage([...value].length, field.noteMaxLength);
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
        rows: 2,
        'data-count-max': field.noteMaxLength,
        'data-checkpoint-text': column,
        'aria-describedby': `${id}-hint ${countId(name)}`,
      },
      value,
    ),
    h(
      'div',
      { class: 'character-count' },
      h('div', { class: `hint character-count__message${message.over ? ' is-over' : ''}`, id: countId(name) }, message.text),
      h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-count-live': name }),
    ),
  );
}

function checkpointItem(
  field: CheckpointsField,
  index: number,
  checkpoint: CheckpointsField['groups'][number]['sections'][number]['checkpoints'][number],
  row: Record<string, string>,
): HTMLElement {
  const name = statusName(field, index);
  const legendId = `${name}-legend`;
  return h(
    'li',
    { class: 'checkpoint', 'data-checkpoint': checkpoint.id },
    h(
      'fieldset',
      { class: 'fieldset' },
      h(
        'legend',
        { class: 'fieldset__legend fieldset__legend--small', id: legendId },
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

/** Folded away; its text boxes are made when it is first opened, which keeps a long checklist light. */
function noteAndEvidence(field: CheckpointsField, index: number, text: string, row: Record<string, string>): HTMLElement {
  const filled = Boolean(row.note || row.evidence);
  const boxes = () => [
    textArea(field, index, 'note', row.note ?? '', 'Note (optional)', 'Anything you want to remember, such as who is doing it or what is in the way.'),
    textArea(field, index, 'evidence', row.evidence ?? '', 'Evidence (optional)', 'Where the minutes, letters or documents that show it are kept.'),
  ];
  const details = h(
    'details',
    { class: 'checkpoint__more', open: filled },
    h('summary', {}, 'Note and evidence', hidden(` for “${text}”`)),
    ...(filled ? boxes() : []),
  );
  details.addEventListener('toggle', () => {
    if (details.open && !details.querySelector('textarea')) details.append(...boxes());
  });
  return details;
}

export function renderCheckpoints(field: CheckpointsField, rows: Array<Record<string, string>>): HTMLElement {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const counts = progressOf(field, rows).groups;
  const all = checkpointsInOrder(field);
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
            h('h4', {}, link(section.path, `${section.number} ${section.title}`)),
            h(
              'ul',
              { class: 'checkpoints__list' },
              ...section.checkpoints.map((checkpoint) => {
                const { index } = all.find((c) => c.checkpoint === checkpoint)!;
                return checkpointItem(field, index, checkpoint, byId.get(checkpoint.id) ?? {});
              }),
            ),
          ),
        ),
      ),
    ),
  );
}

/** The answers as they are in the form: one `{ id, status, note, evidence }` per checkpoint, in order (no text box yet: empty). */
export function readCheckpoints(group: HTMLElement, field: CheckpointsField): Array<Record<string, string>> {
  return checkpointsInOrder(field).map(({ checkpoint, index }) => {
    const value = (column: string) => group.querySelector<HTMLTextAreaElement>(`#${cellId(field.name, index, column)}`)?.value ?? '';
    return {
      id: checkpoint.id,
      status: group.querySelector<HTMLInputElement>(`input[name="${statusName(field, index)}"]:checked`)?.value ?? '',
      note: value('note'),
      evidence: value('evidence'),
    };
  });
}

/** Brings each stage's count up to date with the statuses chosen. */
export function updateStageCounts(form: HTMLElement, field: CheckpointsField, rows: Array<Record<string, string>>): void {
  for (const count of progressOf(field, rows).groups) {
    const heading = form.querySelector<HTMLElement>(`#${stageHeadingId(field, count.id)}`);
    if (heading) heading.textContent = countSentence(count);
  }
}

pageFieldTypes.checkpoints = { render: renderCheckpoints, read: readCheckpoints };
