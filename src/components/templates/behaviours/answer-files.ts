// "Save answers to a file" and "Load answers from a file".
import type { FormContext } from '../form-context.ts';
import { readAnswersFile, toAnswersFile } from '../../../templates-engine/answers-file.ts';
import { downloadName } from '../../../templates-engine/file-name.ts';
import { todayIso } from '../../../templates-engine/dates.ts';
import { readSmallFile, saveBlob } from '../dom.ts';

export function answerFiles(ctx: FormContext): void {
  const { def, root } = ctx;
  root.querySelector('[data-save-file]')!.addEventListener('click', () => {
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
    const result = read.ok ? readAnswersFile(def, read.text, (slug) => ctx.titles[slug]) : read;
    if (!result.ok) {
      ctx.say(`“${file.name}” could not be loaded. ${result.message} Nothing has been changed.`, true);
      return;
    }
    ctx.clearErrors();
    ctx.replaceAll(result.draft);
    ctx.say(`Answers loaded from “${file.name}”.`);
  });
}
