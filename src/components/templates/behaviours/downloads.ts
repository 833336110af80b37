// "Download as Word / Excel / CSV": the buttons, whose code (download-dom.ts: the checks, then the document
// made in the browser) is fetched only when one is pressed, or ahead of time for offline use (see prefetch.ts).
import type { FormContext } from '../form-context.ts';
import { handleSummaryClick } from '../error-summary-links.ts';
import { loadPart } from '../../lazy-part.ts';

export function downloads(ctx: FormContext): void {
  ctx.errorSummary.addEventListener('click', (event) => handleSummaryClick(event, ctx.form));
  for (const button of ctx.root.querySelectorAll<HTMLButtonElement>('button[data-output]')) {
    button.addEventListener(
      'click',
      () =>
        void loadPart(button.parentElement!, () => import('../download-dom.ts'), { inside: true }).then(({ downloadDocument }) =>
          downloadDocument(ctx, button),
        ),
    );
  }
}
