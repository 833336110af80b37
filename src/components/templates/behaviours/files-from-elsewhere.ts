// Answers brought in from saved files: another template's rows or total (imports-dom.ts), and this
// year's answers started from last year's file (rollover-dom.ts).
import type { FormContext } from '../form-context.ts';
import { pickFile } from '../dom.ts';
import { loadPart } from '../../lazy-part.ts';

export function imports(ctx: FormContext): void {
  if (!ctx.def.imports?.length) return;
  // The buttons are drawn at build time (markup/imports.ts). The file is picked at once, while the click still
  // counts as the person's; the code that checks it loads once one is chosen.
  ctx.root.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-import]');
    const spec = button && ctx.def.imports!.find((s) => s.id === button.dataset.import);
    if (!button || !spec) return;
    pickFile(
      ctx.root,
      spec.button,
      (file) =>
        void loadPart(button, () => import('../imports-dom.ts')).then(({ loadImport }) =>
          loadImport(spec, file, { ...ctx, persist: () => ctx.changed(), rerender: ctx.rerenderField }),
        ),
    );
  });
}

export function rollover(ctx: FormContext): void {
  const spec = ctx.def.rollover;
  const button = ctx.root.querySelector<HTMLButtonElement>('[data-rollover]');
  if (!spec || !button) return;
  // The file is picked at once (while the click still counts as the person's); its code loads once one is chosen.
  button.addEventListener('click', () =>
    pickFile(
      ctx.root,
      spec.button,
      (file) =>
        void loadPart(button, () => import('../rollover-dom.ts')).then(({ rollOverFrom }) =>
          rollOverFrom(
            {
              ...ctx,
              replace: (draft) => {
                ctx.clearErrors();
                ctx.replaceAll(draft);
              },
            },
            file,
          ),
        ),
    ),
  );
}
