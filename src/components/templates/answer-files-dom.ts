// Saving the answers to a file and reading them back from one. Loaded when either button is first used (or ahead
// of time for offline use, prefetch.ts), not with the page.
import type { FormContext } from './form-context.ts';
import { downloadName } from '../../templates-engine/file-name.ts';
import { todayIso } from '../../templates-engine/dates.ts';
import { toAnswersFile, readAnswersFile } from '../../templates-engine/answers-file.ts';
import { readSmallFile, saveBlob } from './dom.ts';

export function saveAnswersFile(ctx: FormContext): void {
  const { def } = ctx;
  const draft = ctx.readDraft();
  const name = downloadName({ mvpName: String(draft[def.nameField] ?? ''), label: `${def.fileLabel} answers`, date: todayIso(), extension: 'json' });
  saveBlob(new Blob([toAnswersFile(def, draft)], { type: 'application/json' }), name);
  ctx.say(`Your answers have been saved to “${name}” in your downloads.`);
}

export async function loadAnswersFile(ctx: FormContext, file: File): Promise<void> {
  const { def } = ctx;
  const read = await readSmallFile(file);
  const { lostMessage } = await import('../../templates-engine/migrations.ts');
  const result = read.ok ? readAnswersFile(def, read.text, (slug) => ctx.titles[slug]) : read;
  if (!result.ok) {
    ctx.say(`“${file.name}” could not be loaded. ${result.message} Nothing has been changed.`, true);
    return;
  }
  ctx.clearErrors();
  ctx.replaceAll(result.draft);
  ctx.say(`Answers loaded from “${file.name}”. ${lostMessage(result.lost)}`.trim());
}
