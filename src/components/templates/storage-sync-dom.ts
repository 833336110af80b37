// Keeps the answers in this browser and in step across tabs. Each save merges what this tab changed
// into what is stored (tab-merge.ts), so another tab's typing is never written over; a storage event
// brings another tab's changes onto this page. When two tabs changed the same answer, the person is
// told, in a notification banner that does not move focus, and keeps what they see.
import type { Draft, DraftValue, Field, TemplateDefinition } from '../../templates-engine/types.ts';
import { defaultDraft } from '../../templates-engine/draft.ts';
import { clearDraft, parseStored, saveDraft, storageKey } from '../../templates-engine/storage.ts';
import { changedFields, describePath, mergeDrafts, parsePathKey, pathKey, valueAt, withValueAt, type AnswerPath } from '../../templates-engine/tab-merge.ts';
import { lostLines } from '../../templates-engine/migrations.ts';
import { cellId, fieldId, itemId } from '../../templates-engine/ids.ts';
import { h } from './dom.ts';

export interface StorageSyncContext {
  root: HTMLElement;
  def: TemplateDefinition;
  storage: Storage | undefined;
  /** The answers as the form shows them now. */
  readDraft: () => Draft;
  /** Shows a field with other answers. */
  rerender: (field: Field, value: DraftValue) => void;
  /** Called once answers on the page have changed: totals, summaries. */
  changed: () => void;
}

export interface StorageSync {
  /** The answers kept in this browser (brought into this version of the template), if any. */
  initial: Draft | undefined;
  /** Saves what the form shows, merged with what other tabs have saved. False if the browser would not save. */
  save: () => boolean;
  /** Forgets the saved answers ("Clear my answers"); the form now shows `draft`. */
  clear: (draft: Draft) => void;
}

interface Notice {
  title: string;
  lead: string;
  /** Each item's words, and the id of the control it links to. */
  items: Array<{ text: string; target?: string }>;
}

/** The control an answer is typed into (a table's or list's group when it is the whole table). */
function targetOf(def: TemplateDefinition, p: AnswerPath): string {
  if (p.index !== undefined) return p.column === undefined ? itemId(p.field, p.index) : cellId(p.field, p.index, p.column);
  const field = def.sections.flatMap((s) => s.fields).find((f) => f.name === p.field);
  return field?.type === 'list' || field?.type === 'rows' ? `group-${p.field}` : fieldId(p.field);
}

/** A note beside the answer itself, for someone typing far below the banner. */
function markAnswer(root: HTMLElement, target: string, text: string) {
  const control = root.querySelector(`#${CSS.escape(target)}`);
  const group = control?.classList.contains('form-group') ? control : control?.closest('.form-group');
  if (!group) return;
  group.querySelector(':scope > .sync-note')?.remove();
  const label = group.querySelector(':scope > label, :scope > .fieldset > legend, :scope > fieldset > legend');
  const note = h('p', { class: 'sync-note' }, text);
  if (label) label.after(note);
  else group.prepend(note);
}

/** A GOV.UK-style notification banner, shown without taking focus; its text is also announced. */
function banner(root: HTMLElement) {
  const title = h('h2', { class: 'notification-banner__title', id: 'sync-banner-title' });
  const content = h('div', { class: 'notification-banner__content' });
  const hide = h('button', { type: 'button', class: 'button button--secondary button--small' }, 'Hide this message');
  const element = h('div', { class: 'notification-banner', role: 'region', 'aria-labelledby': 'sync-banner-title', 'data-sync-banner': true, hidden: true },
    h('div', { class: 'notification-banner__header' }, title),
    h('div', { class: 'notification-banner__body' }, content, hide));
  const live = h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-sync-live': true });
  hide.addEventListener('click', () => { element.hidden = true; });
  (root.querySelector('[data-status]') ?? root.firstElementChild)?.before(element, live);
  return (notice: Notice) => {
    title.textContent = notice.title;
    const item = ({ text, target }: Notice['items'][number]) => h('li', {}, target ? h('a', { href: `#${target}` }, text) : text);
    content.replaceChildren(h('p', {}, notice.lead), ...(notice.items.length ? [h('ul', {}, ...notice.items.map(item))] : []));
    element.hidden = false;
    live.textContent = '';
    window.setTimeout(() => { live.textContent = `${notice.title}. ${notice.lead} ${notice.items.map((i) => i.text).join('. ')}`; }, 100);
  };
}

/** Replaces fields on the page, putting focus and the caret back where they were. */
function show(ctx: StorageSyncContext, fields: Field[], draft: Draft) {
  if (!fields.length) return;
  const active = document.activeElement instanceof HTMLElement && ctx.root.contains(document.activeElement) ? document.activeElement : undefined;
  const caret = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? [active.selectionStart, active.selectionEnd] : undefined;
  for (const field of fields) ctx.rerender(field, draft[field.name]);
  if (active && !active.isConnected && active.id) {
    const again = document.getElementById(active.id);
    again?.focus();
    if (caret && (again instanceof HTMLInputElement || again instanceof HTMLTextAreaElement) && again.type !== 'date') {
      try { again.setSelectionRange(caret[0], caret[1]); } catch { /* not a text control */ }
    }
  }
  ctx.changed();
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function startStorageSync(ctx: StorageSyncContext): StorageSync {
  const { def, storage } = ctx;
  const key = storageKey(def);
  const notify = banner(ctx.root);
  const read = () => { try { return storage?.getItem(key) ?? null; } catch { return null; } };

  let lastRaw = read();
  const stored = parseStored(def, lastRaw);
  /** The answers as this tab last saw them stored: what both sides' changes are measured from. */
  let base = stored?.draft ?? defaultDraft(def);
  /** Answers this tab shows but does not save: another tab's answer was saved over them at the same time. */
  const held = new Map<string, { path: AnswerPath; shown: unknown }>();

  if (stored?.lost.length) {
    notify({
      title: 'Some saved answers need checking',
      lead: 'This template has changed since your answers were saved in this browser. They have been moved into the new version, but these could not be carried over, so check them:',
      items: lostLines(stored.lost).map((text) => ({ text })),
    });
  }

  function sync(contested: string[] = []): boolean {
    const mine = ctx.readDraft();
    for (const [k, { path, shown: was }] of held) if (!same(valueAt(mine, path), was)) held.delete(k);
    const raw = read();
    const cleared = raw === null && lastRaw !== null;
    const theirs = raw === lastRaw ? base : parseStored(def, raw)?.draft ?? defaultDraft(def);

    const newlyHeld: AnswerPath[] = [];
    for (const path of contested.map(parsePathKey)) {
      const here = valueAt(mine, path);
      if (here !== undefined && same(here, valueAt(base, path)) && !same(here, valueAt(theirs, path))) {
        held.set(pathKey(path), { path, shown: here });
        newlyHeld.push(path);
      }
    }
    let ours = mine;
    for (const { path } of held.values()) ours = withValueAt(ours, path, valueAt(base, path));
    const { merged, conflicts } = mergeDrafts(def, base, ours, theirs);
    let screen = merged;
    for (const { path, shown: was } of held.values()) screen = withValueAt(screen, path, was as never);

    const adopted = changedFields(def, mine, screen);
    show(ctx, adopted, screen);
    let saved = true;
    if (storage && !same(merged, theirs)) {
      saved = saveDraft(storage, def, merged, new Date(), conflicts.map(pathKey));
      lastRaw = read();
    } else lastRaw = raw;
    base = merged;

    if (conflicts.length) {
      notify({
        title: 'Also changed in another tab',
        lead: 'These answers were changed in another tab of this template while you were changing them here. This tab kept what you see here, and that is what is saved now:',
        items: conflicts.map((p) => ({ text: describePath(def, p), target: targetOf(def, p) })),
      });
      for (const p of conflicts) markAnswer(ctx.root, targetOf(def, p), 'Also changed in another tab: this tab kept what you see here, and saved it.');
    } else if (newlyHeld.length) {
      notify({
        title: 'Also changed in another tab',
        lead: 'These answers were changed in another tab of this template at the same time as here. This tab still shows what you typed here, but the other tab’s answer is the one saved. Change the answer here to save yours instead:',
        items: newlyHeld.map((p) => ({ text: describePath(def, p), target: targetOf(def, p) })),
      });
      for (const p of newlyHeld) markAnswer(ctx.root, targetOf(def, p), 'Also changed in another tab: the other tab’s answer is saved. Change it here to save yours.');
    } else if (cleared) {
      notify({ title: 'Answers cleared in another tab', lead: 'Your answers were cleared in another tab of this template, so this tab shows our suggested wording again, with anything you had not yet saved here.', items: [] });
    } else if (adopted.length) {
      const names = adopted.map((f) => `“${describePath(def, { field: f.name })}”`);
      const live = ctx.root.querySelector<HTMLElement>('[data-sync-live]');
      if (live) live.textContent = `Changed in another tab: ${names.join(', ')}.`;
    }
    return saved;
  }

  window.addEventListener('storage', (event) => {
    if (event.storageArea !== storage || (event.key !== null && event.key !== key)) return;
    sync(parseStored(def, event.newValue)?.contested ?? []);
  });

  return {
    initial: stored?.draft,
    save: () => sync(),
    clear: (draft) => {
      if (storage) clearDraft(storage, def);
      held.clear();
      lastRaw = null;
      base = draft;
    },
  };
}
