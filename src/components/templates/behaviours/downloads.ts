// "Download as Word / Excel / CSV": the buttons, whose code (download-dom.ts: the checks, then the document
// made in the browser) is fetched only when one is pressed, or ahead of time for offline use (see prefetch.ts).
import type { FormContext } from '../form-context.ts';
import { handleSummaryClick } from '../error-summary-links.ts';
import { LOAD_FAILED } from '../messages.ts';

export function downloads(ctx: FormContext): void {
  ctx.errorSummary.addEventListener('click', (event) => handleSummaryClick(event, ctx.form));
  for (const button of ctx.root.querySelectorAll<HTMLButtonElement>('button[data-output]')) {
    button.addEventListener(
      'click',
      () =>
        void import('../download-dom.ts').then(
          ({ downloadDocument }) => downloadDocument(ctx, button),
          () => ctx.say(LOAD_FAILED, true),
        ),
    );
  }
}
