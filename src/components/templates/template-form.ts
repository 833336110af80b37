// The fill-in form island: each behaviour in behaviours/index.ts gets the form's shared context, then
// the first answers are shown (kept in this browser, or the template's suggested wording).
import { createFormContext, startForm } from './form-context.ts';
import { behaviours } from './behaviours/index.ts';

for (const root of document.querySelectorAll<HTMLElement>('[data-template-form]')) {
  const ctx = createFormContext(root);
  for (const behaviour of behaviours) behaviour(ctx);
  startForm(ctx);
}
