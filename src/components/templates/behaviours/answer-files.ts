// "Save answers to a file" and "Load answers from a file".
import type { FormContext } from '../form-context.ts';
import { downloadName } from '../../../templates-engine/file-name.ts';
import { todayIso } from '../../../templates-engine/dates.ts';
import { readSmallFile, saveBlob } from '../dom.ts';

export function answerFiles(ctx: FormContext): void {
  const { def, root } = ctx;
  // The file code loads when a file is saved or loaded, not with the page.
  const files = () => import('../../../templates-engine/answers-file.ts');
  root.querySelector('[data-save-file]')!.addEventListener('click', async () => {
    const { toAnswersFile } = await files();
    const draft = ctx.readDraft();
    const name = downloadName({ mvpName: String(draft[def.nameField] ?? ''), label: `${def.fileLabel} answers`, date: todayIso(), extension: 'json' });
    saveBlob(new Blob([toAnswersFile(def, draft)], { type: 'application/json' }), name);
    ctx.say(`Your answers have been saved to “${name}” in your downloads.`);
  });

  const fileInput = root.querySelector<HTMLInputElement>('[data-load-input]')!;
  root.querySelector('[data-load-file]')!.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    const read = await readSmallFile(file);
    const [{ readAnswersFile }, { lostMessage }] = await Promise.all([files(), import('../../../templates-engine/migrations.ts')]);
    const result = read.ok ? readAnswersFile(def, read.text, (slug) => ctx.titles[slug]) : read;
    if (!result.ok) {
      ctx.say(`“${file.name}” could not be loaded. ${result.message} Nothing has been changed.`, true);
      return;
    }
    ctx.clearErrors();
    ctx.replaceAll(result.draft);
    ctx.say(`Answers loaded from “${file.name}”. ${lostMessage(result.lost)}`.trim());
  });
}
