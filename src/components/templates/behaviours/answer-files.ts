// "Save answers to a file" and "Load answers from a file": the buttons, whose code (answer-files-dom.ts) loads
// when one is first used, not with the page.
import type { FormContext } from '../form-context.ts';
import { loadPart } from '../../lazy-part.ts';

export function answerFiles(ctx: FormContext): void {
  const { root } = ctx;
  const files = () => loadPart(root.querySelector('.template-tools')!, () => import('../answer-files-dom.ts'));
  root.querySelector('[data-save-file]')!.addEventListener('click', () => void files().then(({ saveAnswersFile }) => saveAnswersFile(ctx)));

  const fileInput = root.querySelector<HTMLInputElement>('[data-load-input]')!;
  // The file is asked for at once, while the click still counts as the person's.
  root.querySelector('[data-load-file]')!.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (file) void files().then(({ loadAnswersFile }) => loadAnswersFile(ctx, file));
  });
}
