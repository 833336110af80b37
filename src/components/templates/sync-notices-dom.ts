// What the person is told about answers kept in this browser (storage-sync-dom.ts): a GOV.UK-style
// notification banner that does not take focus, linking to each answer, a note beside the answer
// itself for someone typing far below the banner, and the same words in a polite live region.
import type { TemplateDefinition } from '../../templates-engine/types.ts';
import { describePath, type AnswerPath } from '../../templates-engine/tab-merge.ts';
import { lostLines, type Lost } from '../../templates-engine/migrations.ts';
import { cellId, fieldId, itemId } from '../../templates-engine/ids.ts';
import { h } from './dom.ts';

export type SyncNotice =
  /** This tab saw another tab's different change to these answers, and kept and saved its own. */
  | { kind: 'kept'; paths: AnswerPath[] }
  /** Another tab saved its answer over these; this tab still shows its own, unsaved. */
  | { kind: 'held'; paths: AnswerPath[] }
  | { kind: 'cleared' }
  /** A draft saved under an earlier version of the template, with answers that could not be carried over. */
  | { kind: 'lost'; lost: Lost[] };

interface Item {
  text: string;
  /** Id of the control the item links to. */
  target?: string;
}

/** The control an answer is typed into (a table's or list's group when it is the whole table). */
function targetOf(def: TemplateDefinition, p: AnswerPath): string {
  if (p.index !== undefined) return p.column === undefined ? itemId(p.field, p.index) : cellId(p.field, p.index, p.column);
  const field = def.sections.flatMap((s) => s.fields).find((f) => f.name === p.field);
  return field?.type === 'list' || field?.type === 'rows' ? `group-${p.field}` : fieldId(p.field);
}

function markAnswer(root: HTMLElement, target: string, text: string) {
  const control = root.querySelector(`#${CSS.escape(target)}`);
  const group = control?.classList.contains('form-group') ? control : control?.closest('.form-group');
  if (!group) return;
  group.querySelector(':scope > .sync-note, :scope > fieldset > .sync-note')?.remove();
  const label = group.querySelector(':scope > label, :scope > fieldset > legend');
  const note = h('p', { class: 'sync-note' }, text);
  if (label) label.after(note);
  else group.prepend(note);
}

function banner(root: HTMLElement) {
  const existing = root.querySelector<HTMLElement>('[data-sync-banner]');
  if (existing) return existing;
  const hide = h('button', { type: 'button', class: 'button button--secondary button--small' }, 'Hide this message');
  const element = h(
    'div',
    { class: 'notification-banner', role: 'region', 'aria-labelledby': 'sync-banner-title', 'data-sync-banner': true, hidden: true },
    h('div', { class: 'notification-banner__header' }, h('h2', { class: 'notification-banner__title', id: 'sync-banner-title' })),
    h('div', { class: 'notification-banner__body' }, h('div', { class: 'notification-banner__content' }), hide),
  );
  hide.addEventListener('click', () => {
    element.hidden = true;
  });
  (root.querySelector('[data-sync-live]') ?? root.firstElementChild)?.before(element);
  return element;
}

function wording(def: TemplateDefinition, notice: SyncNotice): { title: string; lead: string; items: Item[]; note?: string } {
  const answers = (paths: AnswerPath[]) => paths.map((p) => ({ text: describePath(def, p), target: targetOf(def, p) }));
  switch (notice.kind) {
    case 'kept':
      return {
        title: 'Also changed in another tab',
        lead: 'These answers were changed in another tab of this template while you were changing them here. This tab kept what you see here, and that is what is saved now:',
        items: answers(notice.paths),
        note: 'Also changed in another tab: this tab kept what you see here, and saved it.',
      };
    case 'held':
      return {
        title: 'Also changed in another tab',
        lead: 'These answers were changed in another tab of this template at the same time as here. This tab still shows what you typed here, but the other tab’s answer is the one saved. Change the answer here to save yours instead:',
        items: answers(notice.paths),
        note: 'Also changed in another tab: the other tab’s answer is saved. Change it here to save yours.',
      };
    case 'cleared':
      return {
        title: 'Answers cleared in another tab',
        lead: 'Your answers were cleared in another tab of this template, so this tab shows our suggested wording again, with anything you had not yet saved here.',
        items: [],
      };
    case 'lost':
      return {
        title: 'Some saved answers need checking',
        lead: 'This template has changed since your answers were saved in this browser. They have been moved into the new version, but these could not be carried over, so check them:',
        items: lostLines(notice.lost).map((text) => ({ text })),
      };
  }
}

export function showNotice(root: HTMLElement, def: TemplateDefinition, live: HTMLElement, notice: SyncNotice): void {
  const { title, lead, items, note } = wording(def, notice);
  const element = banner(root);
  element.querySelector('.notification-banner__title')!.textContent = title;
  const item = ({ text, target }: Item) => h('li', {}, target ? h('a', { href: `#${target}` }, text) : text);
  element.querySelector('.notification-banner__content')!.replaceChildren(h('p', {}, lead), ...(items.length ? [h('ul', {}, ...items.map(item))] : []));
  element.hidden = false;
  if (note) for (const { target } of items) if (target) markAnswer(root, target, note);
  live.textContent = '';
  window.setTimeout(() => {
    live.textContent = `${title}. ${lead} ${items.map((i) => i.text).join('. ')}`;
  }, 100);
}
