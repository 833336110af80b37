// Keeps the answers in this browser and in step across tabs. Each save merges what this tab changed
// into what is stored (tab-merge.ts), so another tab's typing is never written over; a storage event
// brings another tab's changes onto this page. When two tabs changed the same answer, the person is
// told, in a notification banner that does not move focus, and keeps what they see. The banner's code
// (sync-notices-dom.ts) loads only when there is something to say.
import type { Draft, DraftValue, Field, TemplateDefinition } from '../../templates-engine/types.ts';
import { defaultDraft } from '../../templates-engine/draft.ts';
import { clearDraft, parseStored, saveDraft, storageKey } from '../../templates-engine/storage.ts';
import { nextLineage } from '../../templates-engine/saved-draft.ts';
import { rememberSave, sharedAnswers, type SeenSave } from '../../templates-engine/saves-seen.ts';
import { changedFields, describePath, mergeDrafts, parsePathKey, pathKey, valueAt, withValueAt, type AnswerPath } from '../../templates-engine/tab-merge.ts';
import type { SyncNotice } from './sync-notices-dom.ts';
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
  /**
   * Where this tab stands when the sync starts after the page has (saving.ts loads it only when another tab
   * writes, or a stored draft needs bringing into this version): the stored text and answers it last saw, and
   * the lineage of that save and the saves it has known (saves-seen.ts).
   */
  from?: { raw: string | null; draft: Draft; lineage: string[]; seen: SeenSave[] };
}

export interface StorageSync {
  /** The answers kept in this browser (brought into this version of the template), if any. */
  initial: Draft | undefined;
  /** Saves what the form shows, merged with what other tabs have saved. False if the browser would not save. */
  save: () => boolean;
  /** Forgets the saved answers ("Clear my answers"); the form now shows `draft`. */
  clear: (draft: Draft) => void;
  /** Brings in what another tab saved (the new value of a storage event). */
  receive: (raw: string | null) => void;
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
      try {
        again.setSelectionRange(caret[0], caret[1]);
      } catch {
        /* not a text control */
      }
    }
  }
  ctx.changed();
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function startStorageSync(ctx: StorageSyncContext): StorageSync {
  const { def, storage } = ctx;
  const key = storageKey(def);
  const live = h('div', { class: 'visually-hidden', 'aria-live': 'polite', 'data-sync-live': true });
  (ctx.root.querySelector('[data-status]') ?? ctx.root.firstElementChild)?.before(live);
  const notify = (notice: SyncNotice) =>
    void import('./sync-notices-dom.ts')
      .then((m) => m.showNotice(ctx.root, def, live, notice))
      // Offline, before the banner's code was ever fetched: at least say something.
      .catch(() => {
        live.textContent =
          'Your saved answers have changed, in another tab or because this template has changed since they were saved. Check them before you download.';
      });
  const read = () => {
    try {
      return storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  };

  let lastRaw = ctx.from ? ctx.from.raw : read();
  const stored = ctx.from ? undefined : parseStored(def, lastRaw);
  /** The answers as this tab last saw them stored: what both sides' changes are measured from. */
  let base = ctx.from?.draft ?? stored?.draft ?? defaultDraft(def);
  /** The lineage of the save this tab last knew. */
  let lineage = ctx.from?.lineage ?? stored?.lineage ?? [];
  let seen = ctx.from?.seen ?? rememberSave([], lineage, base);
  /** Answers this tab shows but does not save: another tab's answer was saved over them at the same time. */
  const held = new Map<string, { path: AnswerPath; shown: unknown }>();

  if (stored?.lost.length) {
    notify({ kind: 'lost', lost: stored.lost });
  }

  function sync(contested: string[] = []): boolean {
    const mine = ctx.readDraft();
    for (const [k, { path, shown: was }] of held) if (!same(valueAt(mine, path), was)) held.delete(k);
    const raw = read();
    const cleared = raw === null && lastRaw !== null;
    const fresh = raw === lastRaw ? undefined : parseStored(def, raw);
    const theirs = raw === lastRaw ? base : (fresh?.draft ?? defaultDraft(def));
    const theirLineage = raw === lastRaw ? lineage : (fresh?.lineage ?? []);
    // Usually `base`; an earlier save when another tab wrote over this tab's last save without having seen it.
    const from = (raw === lastRaw ? undefined : sharedAnswers(seen, theirLineage)) ?? base;

    const newlyHeld: AnswerPath[] = [];
    for (const path of contested.map(parsePathKey)) {
      const here = valueAt(mine, path);
      if (here !== undefined && same(here, valueAt(from, path)) && !same(here, valueAt(theirs, path))) {
        held.set(pathKey(path), { path, shown: here });
        newlyHeld.push(path);
      }
    }
    let ours = mine;
    for (const { path } of held.values()) ours = withValueAt(ours, path, valueAt(from, path));
    const { merged, conflicts } = mergeDrafts(def, from, ours, theirs);
    let screen = merged;
    for (const { path, shown: was } of held.values()) screen = withValueAt(screen, path, was as never);

    const adopted = changedFields(def, mine, screen);
    show(ctx, adopted, screen);
    let saved = true;
    if (storage && !same(merged, theirs)) {
      const next = nextLineage(theirLineage);
      saved = saveDraft(storage, def, merged, { contested: conflicts.map(pathKey), lineage: next });
      lastRaw = read();
      lineage = saved ? next : theirLineage;
    } else {
      lastRaw = raw;
      lineage = theirLineage;
    }
    base = merged;
    seen = rememberSave(seen, lineage, merged);

    if (conflicts.length) notify({ kind: 'kept', paths: conflicts });
    else if (newlyHeld.length) notify({ kind: 'held', paths: newlyHeld });
    else if (cleared) notify({ kind: 'cleared' });
    else if (adopted.length) live.textContent = `Changed in another tab: ${adopted.map((f) => `“${describePath(def, { field: f.name })}”`).join(', ')}.`;
    return saved;
  }

  const receive = (raw: string | null) => void sync(parseStored(def, raw)?.contested ?? []);
  window.addEventListener('storage', (event) => {
    if (event.storageArea !== storage || (event.key !== null && event.key !== key)) return;
    receive(event.newValue);
  });

  return {
    initial: stored?.draft,
    save: () => sync(),
    clear: (draft) => {
      if (storage) clearDraft(storage, def);
      held.clear();
      lastRaw = null;
      base = draft;
      lineage = [];
      seen = [];
    },
    receive,
  };
}
