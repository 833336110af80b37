// "Where your MVP is now" as markup, for a template with a checkpoints field: the stage reached in words, the count
// for each stage, and the next checkpoints not yet in place, each with its toolkit section and the templates that
// help. Drawn with the form at build time; displays/progress-dom.ts keeps it up to date.
import type { Draft, TemplateDefinition } from '../../../templates-engine/types.ts';
import type { CheckpointsField } from '../../../templates-engine/checkpoints/types.ts';
import { countSentence, progressOf, type Progress } from '../../../templates-engine/checkpoints/progress.ts';
import { statusLabel } from '../../../templates-engine/checkpoints/types.ts';
import { allFields } from '../../../templates-engine/fields.ts';
import { h, type Markup } from './h.ts';
import { siteLink } from './checkpoints.ts';

export const checkpointsFieldOf = (def: TemplateDefinition) => allFields(def).find((f): f is CheckpointsField => f.type === 'checkpoints');

export const reachedLines = (progress: Progress) => progress.reached.map((line) => h('p', {}, line));
export const countLines = (progress: Progress) => progress.groups.map((g) => h('li', {}, countSentence(g)));
export const nextIntro = (progress: Progress) =>
  progress.next.length
    ? `The next ${progress.next.length === 1 ? 'checkpoint' : `${progress.next.length} checkpoints`} not yet in place, in toolkit order:`
    : 'Every checkpoint is in place or does not apply.';
export const nextLines = (base: string, progress: Progress) =>
  progress.next.map((n) =>
    h(
      'li',
      {},
      h('p', { class: 'progress-summary__checkpoint' }, n.checkpoint.text, ` (${statusLabel(n.status).toLowerCase()})`),
      h('p', {}, 'Toolkit section: ', siteLink(base, n.section.path, `${n.section.number} ${n.section.title}`)),
      n.checkpoint.helps?.length
        ? h(
            'p',
            {},
            n.checkpoint.helps.length === 1 ? 'Template that helps: ' : 'Templates that help: ',
            ...n.checkpoint.helps.flatMap((t, i) => [i ? ', ' : '', siteLink(base, t.path, t.title)]),
          )
        : null,
    ),
  );

export function progressMarkup(base: string, def: TemplateDefinition, draft: Draft): Markup {
  const field = checkpointsFieldOf(def);
  const progress = field ? progressOf(field, (draft[field.name] ?? []) as Array<Record<string, string>>) : undefined;
  return h(
    'div',
    { class: 'computed progress-summary', 'data-display': 'progress' },
    h('div', { 'data-progress': 'reached', 'aria-live': 'polite', 'data-said': progress?.reached.join('\n') }, ...(progress ? reachedLines(progress) : [])),
    h('ul', { class: 'progress-summary__counts', 'data-progress': 'counts' }, ...(progress ? countLines(progress) : [])),
    h('h3', { id: 'what-next' }, 'What next'),
    h('p', { 'data-progress': 'next-intro' }, progress ? nextIntro(progress) : ''),
    h('ol', { class: 'progress-summary__next', 'aria-labelledby': 'what-next', 'data-progress': 'next' }, ...(progress ? nextLines(base, progress) : [])),
  );
}
