// Keeps the answers in this browser as they change, and offers them as the answers to start with. While
// this tab is the only one writing, a save is a plain write. The code that keeps tabs in step and brings
// older drafts into this version (storage-sync-dom.ts, with tab-merge.ts and migrations.ts) loads only
// when it is needed: another tab has saved, or the stored draft does not fit this version as it is.
import type { Draft } from '../../../templates-engine/types.ts';
import type { FormContext } from '../form-context.ts';
import type { StorageSync } from '../storage-sync-dom.ts';
import { defaultDraft } from '../../../templates-engine/draft.ts';
import { lineageOf, nextLineage, parseCurrent, saveDraft, storageKey } from '../../../templates-engine/saved-draft.ts';
import { rememberSave, type SeenSave } from '../../../templates-engine/saves-seen.ts';

export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const SAVE_FAILED =
  'Your answers could not be saved in this browser (its storage may be full or turned off). Use “Save answers to a file” so you do not lose them.';

export function saving(ctx: FormContext): void {
  const storage = browserStorage();
  if (!storage) return;
  const key = storageKey(ctx.def);
  const read = () => {
    try {
      return storage.getItem(key);
    } catch {
      return null;
    }
  };
  /** The stored text and answers this tab last saw (until the sync takes over). */
  let lastRaw = read();
  const current = parseCurrent(ctx.def, lastRaw);
  let base: Draft | undefined = current === 'fit' ? undefined : current;
  /** The lineage of the save this tab last knew (kept, so a save never reads back what it wrote). */
  let lineage = lineageOf(lastRaw);
  let seen = base ? rememberSave([], lineage, base) : [];

  let sync: StorageSync | undefined;
  let loading: Promise<StorageSync> | undefined;
  const startSync = (from?: { raw: string | null; draft: Draft; lineage: string[]; seen: SeenSave[] }) =>
    // Another tab's answers are shown in this one's form, which needs all of its field types' code.
    (loading ??= Promise.all([import('../storage-sync-dom.ts'), ctx.drawingCode()]).then(([{ startStorageSync }]) => {
      sync = startStorageSync({
        root: ctx.root,
        def: ctx.def,
        storage,
        readDraft: ctx.readDraft,
        rerender: ctx.rerenderField,
        changed: () => ctx.changed({ fromOtherTab: true }),
        from,
      });
      return sync;
    }));
  const fromHere = () => ({ raw: lastRaw, draft: base ?? defaultDraft(ctx.def), lineage, seen });

  // A draft from an earlier version (or one with answers that no longer fit) is brought into this one first.
  // If its code cannot be fetched (offline, before it was ever fetched), the stored draft is left alone.
  let keepStored = false;
  if (current === 'fit') {
    ctx.firstDraft = () =>
      startSync().then(
        (s) => s.initial,
        () => {
          keepStored = true;
          ctx.say(
            'Your saved answers could not be read just now and are left as they were: reload the page when you are online. Nothing typed here will be saved over them.',
            true,
          );
          return undefined;
        },
      );
  } else ctx.firstDraft = () => current;

  let warned = false;
  let timer: number | undefined;
  const report = (saved: boolean) => {
    if (saved) {
      warned = false;
    } else if (!warned) {
      warned = true;
      ctx.say(SAVE_FAILED, true);
    }
  };
  const save = () => {
    timer = undefined;
    if (keepStored) return;
    if (sync) return report(sync.save());
    if (read() !== lastRaw) {
      // Another tab has saved since: merge rather than write over it.
      void startSync(fromHere()).then(
        (s) => report(s.save()),
        () => report(saveDraft(storage, ctx.def, ctx.readDraft(), { lineage: nextLineage(lineageOf(read())) })),
      );
      return;
    }
    const draft = ctx.readDraft();
    const next = nextLineage(lineage);
    const saved = saveDraft(storage, ctx.def, draft, { lineage: next });
    if (saved) {
      lastRaw = read();
      base = draft;
      lineage = next;
      seen = rememberSave(seen, next, draft);
    }
    report(saved);
  };
  window.addEventListener('storage', (event) => {
    if (sync || event.storageArea !== storage || (event.key !== null && event.key !== key)) return;
    void startSync(fromHere()).then(
      (s) => s.receive(event.newValue),
      () => undefined,
    );
  });

  // Writing a large budget to storage on every keystroke would slow typing, so a burst of typing is saved
  // once it pauses, and at once when the page is hidden or closed.
  ctx.onChange((draft, { cleared, fromOtherTab, initial }) => {
    // Saving the answers just shown would only mark another tab's later typing as new to this one.
    if (initial) return;
    window.clearTimeout(timer);
    timer = undefined;
    if (cleared) {
      if (sync) sync.clear(draft);
      lastRaw = null;
      base = draft;
      lineage = [];
      seen = [];
    } else if (!fromOtherTab) timer = window.setTimeout(save, 250);
  });
  const saveNow = () => {
    if (timer === undefined) return;
    window.clearTimeout(timer);
    save();
  };
  window.addEventListener('pagehide', saveNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveNow();
  });
}
