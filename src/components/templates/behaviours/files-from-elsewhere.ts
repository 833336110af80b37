// Answers brought in from saved files: another template's rows or total (imports-dom.ts), and this
// year's answers started from last year's file (rollover-dom.ts).
import type { FormContext } from '../form-context.ts';

export function imports(ctx: FormContext): void {
  if (!ctx.def.imports?.length) return;
  // Loaded only by the templates that bring in files, so the others do not fetch it.
  const loaded = import('../imports-dom.ts');
  ctx.onRender(() => void loaded.then(({ mountImports }) => mountImports({ ...ctx, persist: () => ctx.changed(), rerender: ctx.rerenderField })));
}

export function rollover(ctx: FormContext): void {
  if (!ctx.def.rollover) return;
  void import('../rollover-dom.ts').then(({ wireRollover }) => wireRollover({ ...ctx, replace: (draft) => { ctx.clearErrors(); ctx.replaceAll(draft); } }));
}
