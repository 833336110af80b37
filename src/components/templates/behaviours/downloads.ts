// "Download as Word / Excel / CSV": checks every answer first (GOV.UK error summary if any is wrong),
// then makes the document in the browser. The document code is fetched only here, or ahead of time
// for offline use (see prefetch.ts).
import type { FormContext } from '../form-context.ts';
import { downloadName } from '../../../templates-engine/file-name.ts';
import { todayIso } from '../../../templates-engine/dates.ts';
import { outputFormats } from '../../../templates-engine/outputs/index.ts';
import { handleSummaryClick } from '../error-summary-links.ts';
import { saveBlob } from '../dom.ts';

export function downloads(ctx: FormContext): void {
  const { def, form, errorSummary } = ctx;
  const status = ctx.root.querySelector<HTMLElement>('[data-status]')!;
  errorSummary.addEventListener('click', (event) => handleSummaryClick(event, form));
  for (const button of ctx.root.querySelectorAll<HTMLButtonElement>('button[data-output]')) {
    button.addEventListener('click', async () => {
      const format = outputFormats[button.dataset.output!];
      let validateDraft: typeof import('../../../templates-engine/schema.ts').validateDraft;
      try {
        ({ validateDraft } = await import('../../../templates-engine/schema.ts'));
      } catch {
        ctx.say('Sorry, your answers could not be checked: part of this page could not be loaded. Check your connection and try again. Your answers are still saved.', true);
        return;
      }
      const result = validateDraft(def, ctx.readDraft());
      if (!result.ok) {
        status.hidden = true;
        (await import('../errors-dom.ts')).showErrors(form, errorSummary, result.errors);
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
    });
  }
}
