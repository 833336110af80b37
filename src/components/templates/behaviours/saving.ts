// Keeps the answers in this browser as they change, in step with other tabs (storage-sync-dom.ts), and
// offers them as the answers to start with.
import type { FormContext } from '../form-context.ts';
import { startStorageSync } from '../storage-sync-dom.ts';

export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function saving(ctx: FormContext): void {
  const storage = browserStorage();
  const sync = startStorageSync({ root: ctx.root, def: ctx.def, storage, readDraft: ctx.readDraft, rerender: ctx.rerenderField, changed: () => ctx.changed({ fromOtherTab: true }) });
  ctx.firstDraft = () => sync.initial;
  if (!storage) return;
  let warned = false;
  let timer: number | undefined;
  const save = () => {
    timer = undefined;
    if (sync.save()) {
      warned = false;
    } else if (!warned) {
      warned = true;
      ctx.say('Your answers could not be saved in this browser (its storage may be full or turned off). Use “Save answers to a file” so you do not lose them.', true);
    }
  };
  // Writing a large budget to storage on every keystroke would slow typing, so a burst of typing is saved
  // once it pauses, and at once when the page is hidden or closed.
  ctx.onChange((draft, { cleared, fromOtherTab }) => {
    window.clearTimeout(timer);
    timer = undefined;
    if (cleared) sync.clear(draft);
    // Answers brought in from another tab are already what is stored.
    else if (!fromOtherTab) timer = window.setTimeout(save, 250);
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
