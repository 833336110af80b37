// A page opened with nothing kept only reads its own field types (the progress check's checkpoints; form-context.ts).
// The code that fills and draws them loads when the person starts on the form or opens a checkpoint's fold, which
// draws its note boxes; answers arriving from elsewhere (a file, another tab) wait for it. A no-op on other pages.
import type { FormContext } from '../form-context.ts';
import { whenNeeded } from '../when-needed.ts';

export function drawingCode(ctx: FormContext): void {
  const load = () => void ctx.drawingCode();
  whenNeeded(ctx, load);
  // Safari does not focus a summary that is clicked, so the fold's opening is caught too.
  ctx.root.addEventListener('toggle', load, true);
}
