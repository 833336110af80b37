// "Where your MVP is now" for a template with a checkpoints field: the stage reached in words, the count
// for each stage, and the next checkpoints not yet in place, each with its toolkit section and templates.
import type { Display } from './display.ts';
import type { Draft, TemplateDefinition } from '../../../templates-engine/types.ts';
import type { CheckpointsField } from '../../../templates-engine/checkpoints/types.ts';
import { countSentence, progressOf } from '../../../templates-engine/checkpoints/progress.ts';
import { statusLabel } from '../../../templates-engine/checkpoints/types.ts';
import { allFields } from '../../../templates-engine/fields.ts';
import { updateStageCounts } from '../checkpoints-dom.ts';
import { h } from '../dom.ts';

const base = () => document.querySelector<HTMLElement>('[data-template-form]')?.dataset.base ?? '/';
const link = (path: string, text: string) => h('a', { href: `${base()}${path.replace(/^\//, '')}` }, text);

function mount(slot: HTMLElement) {
  slot.classList.add('progress-summary');
  slot.replaceChildren(
    h('div', { 'data-progress': 'reached', 'aria-live': 'polite' }),
    h('ul', { class: 'progress-summary__counts', 'data-progress': 'counts' }),
    h('h3', { id: 'what-next' }, 'What next'),
    h('p', { 'data-progress': 'next-intro' }),
    h('ol', { class: 'progress-summary__next', 'aria-labelledby': 'what-next', 'data-progress': 'next' }),
  );
}

function update(form: HTMLElement, def: TemplateDefinition, draft: Draft) {
  const field = allFields(def).find((f): f is CheckpointsField => f.type === 'checkpoints');
  const slot = form.querySelector<HTMLElement>('[data-display="progress"]');
  if (!field || !slot) return;
  const rows = (draft[field.name] ?? []) as Array<Record<string, string>>;
  const progress = progressOf(field, rows);
  updateStageCounts(form, field, rows);
  const part = (name: string) => slot.querySelector<HTMLElement>(`[data-progress="${name}"]`)!;
  const reached = part('reached');
  const said = progress.reached.join('\n');
  if (reached.dataset.said !== said) {
    reached.dataset.said = said;
    reached.replaceChildren(...progress.reached.map((line) => h('p', {}, line)));
  }
  part('counts').replaceChildren(...progress.groups.map((g) => h('li', {}, countSentence(g))));
  part('next-intro').textContent = progress.next.length
    ? `The next ${progress.next.length === 1 ? 'checkpoint' : `${progress.next.length} checkpoints`} not yet in place, in toolkit order:`
    : 'Every checkpoint is in place or does not apply.';
  part('next').replaceChildren(
    ...progress.next.map((n) =>
      h(
        'li',
        {},
        h('p', { class: 'progress-summary__checkpoint' }, n.checkpoint.text, ` (${statusLabel(n.status).toLowerCase()})`),
        h('p', {}, 'Toolkit section: ', link(n.section.path, `${n.section.number} ${n.section.title}`)),
        n.checkpoint.helps?.length
          ? h(
              'p',
              {},
              n.checkpoint.helps.length === 1 ? 'Template that helps: ' : 'Templates that help: ',
              ...n.checkpoint.helps.flatMap((t, i) => [i ? ', ' : '', link(t.path, t.title)]),
            )
          : null,
      ),
    ),
  );
}

export const progressDisplay: Display = { mount, update };
