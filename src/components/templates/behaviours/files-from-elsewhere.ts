// Answers brought in from saved files: another template's rows or total (imports-dom.ts), and this
// year's answers started from last year's file (rollover-dom.ts).
import type { FormContext } from '../form-context.ts';
import { pickFile } from '../dom.ts';
import { loadPart } from '../../lazy-part.ts';

export function imports(ctx: FormContext): void {
  if (!ctx.def.imports?.length) return;
  // Loaded only by the templates that bring in files, so the others do not fetch it.
  const loaded = loadPart(ctx.root.querySelector('[data-questions]')!, () => import('../imports-dom.ts'), { inside: true });
  ctx.onRender(() => void loaded.then(({ mountImports }) => mountImports({ ...ctx, persist: () => ctx.changed(), rerender: ctx.rerenderField })));
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
