// Answers brought in from saved files: another template's rows or total (imports-dom.ts), and this
// year's answers started from last year's file (rollover-dom.ts).
import type { FormContext } from '../form-context.ts';
import { mountImports } from '../imports-dom.ts';
import { wireRollover } from '../rollover-dom.ts';

export function imports(ctx: FormContext): void {
  if (!ctx.def.imports?.length) return;
  ctx.onRender(() => mountImports({ ...ctx, persist: () => ctx.changed(), rerender: ctx.rerenderField }));
}

export function rollover(ctx: FormContext): void {
  if (!ctx.def.rollover) return;
  wireRollover({ ...ctx, replace: (draft) => { ctx.clearErrors(); ctx.replaceAll(draft); } });
}
