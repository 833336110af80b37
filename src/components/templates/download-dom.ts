// Makes a document (Word, Excel, CSV) from the answers and saves it: checks every answer first (GOV.UK error
// summary if any is wrong), then renders it in the browser. Loaded when a download button is first pressed (or
// ahead of time for offline use, prefetch.ts), so the list of formats and their code are not in the page's first load.
import type { FormContext } from './form-context.ts';
import { downloadName } from '../../templates-engine/file-name.ts';
import { todayIso } from '../../templates-engine/dates.ts';
import { outputFormats } from '../../templates-engine/outputs/index.ts';
import { saveBlob } from './dom.ts';
import { LOAD_FAILED } from './download-messages.ts';

export async function downloadDocument(ctx: FormContext, button: HTMLButtonElement): Promise<void> {
  const { def, form, errorSummary } = ctx;
  const status = ctx.root.querySelector<HTMLElement>('[data-status]')!;
  const format = outputFormats[button.dataset.output!];
  let validateDraft: typeof import('../../templates-engine/schema.ts').validateDraft;
  try {
    ({ validateDraft } = await import('../../templates-engine/schema.ts'));
  } catch {
    ctx.say(LOAD_FAILED, true);
    return;
  }
  const result = validateDraft(def, ctx.readDraft());
  if (!result.ok) {
    status.hidden = true;
    (await import('./errors-dom.ts')).showErrors(form, errorSummary, result.errors);
    return;
  }
  ctx.clearErrors();
  button.disabled = true;
  ctx.say('Preparing your document…');
  try {
    const blob = await format.render({ def, answers: result.answers, base: ctx.base });
    const name = downloadName({ mvpName: String(result.answers[def.nameField] ?? ''), label: def.fileLabel, date: todayIso(), extension: format.extension });
    saveBlob(blob, name);
    ctx.say(`Your document “${name}” has been downloaded.`);
  } catch (error) {
    ctx.say(`Sorry, the document could not be made: ${error instanceof Error ? error.message : String(error)} Your answers are still saved.`, true);
  } finally {
    button.disabled = false;
  }
}
