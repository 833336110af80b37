// "Clear my answers", after a confirmation dialog: removes them from this browser and puts back the suggested wording.
import type { FormContext } from '../form-context.ts';
import { clearDraft } from '../../../templates-engine/saved-draft.ts';
import { defaultDraft } from '../../../templates-engine/draft.ts';
import { browserStorage } from './saving.ts';

export function clearAnswers(ctx: FormContext): void {
  const dialog = ctx.root.querySelector<HTMLDialogElement>('[data-clear-dialog]')!;
  const button = ctx.root.querySelector<HTMLButtonElement>('[data-clear]')!;
  button.addEventListener('click', () => {
    dialog.returnValue = '';
    dialog.showModal();
  });
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'clear') {
      button.focus();
      return;
    }
    const storage = browserStorage();
    if (storage) clearDraft(storage, ctx.def);
    ctx.clearErrors();
    ctx.replaceAll(defaultDraft(ctx.def), { cleared: true });
    ctx.say('Your answers have been cleared from this device. The form shows our suggested wording again.');
  });
}
