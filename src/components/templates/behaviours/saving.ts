// Keeps the answers in this browser as they change, and offers them as the answers to start with.
import type { FormContext } from '../form-context.ts';
import { loadDraft, saveDraft } from '../../../templates-engine/storage.ts';

export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function saving(ctx: FormContext): void {
  const storage = browserStorage();
  if (!storage) return;
  ctx.firstDraft = () => loadDraft(storage, ctx.def);
  let warned = false;
  let timer: number | undefined;
  const save = () => {
    timer = undefined;
    if (saveDraft(storage, ctx.def, ctx.readDraft())) {
      warned = false;
    } else if (!warned) {
      warned = true;
      ctx.say('Your answers could not be saved in this browser (its storage may be full or turned off). Use “Save answers to a file” so you do not lose them.', true);
    }
  };
  // Writing a large budget to storage on every keystroke would slow typing, so a burst of typing is saved
  // once it pauses, and at once when the page is hidden or closed.
  ctx.onChange((_, { cleared }) => {
    window.clearTimeout(timer);
    timer = cleared ? undefined : window.setTimeout(save, 250);
  });
  const saveNow = () => {
    if (timer === undefined) return;
    window.clearTimeout(timer);
    timer = undefined;
    save();
  };
  window.addEventListener('pagehide', saveNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') saveNow();
  });
}
