// Figures worked out from the answers as they are typed: a template's displays (a budget's totals, loaded
// only by templates that show them) and its summaries (a coverage grid, a percentage). All are drawn at build
// time; their code loads when first needed (when-needed.ts), and brings them up to date with the answers then.
import type { FormContext } from '../form-context.ts';
import type { Display } from '../displays/display.ts';
import { displays } from '../displays/index.ts';
import { whenNeeded } from '../when-needed.ts';
import { loadPart } from '../../lazy-part.ts';
import { keepInView } from '../keep-in-view.ts';

export function workedOutDisplays(ctx: FormContext): void {
  const { def, form } = ctx;
  const wanted = [...new Set(def.sections.flatMap((s) => (s.display ? [s.display] : [])))];
  if (!wanted.length) return;
  let shown: Display[] = [];
  ctx.onChange((draft) => {
    if (shown.length) keepInView(() => shown.forEach((display) => display.update(form, def, draft)));
  });
  whenNeeded(
    ctx,
    () =>
      void loadPart(form.querySelector('[data-display]') ?? form, () => Promise.all(wanted.map((id) => displays[id]()))).then((loaded) => {
        shown = loaded;
        const draft = ctx.readDraft();
        keepInView(() => {
          for (const display of shown) display.update(form, def, draft);
          // Shown again where they were held back for answers kept in this browser (template-form.css).
          ctx.root.classList.add('has-figures');
        });
      }),
  );
}

export function summaries(ctx: FormContext): void {
  const specs = ctx.def.summaries ?? [];
  if (!specs.length) return;
  let loaded: Promise<typeof import('../summaries-dom.ts')> | undefined;
  ctx.onChange((draft) => void loaded?.then(({ updateSummaries }) => keepInView(() => updateSummaries(ctx.form, ctx.def, draft))));
  whenNeeded(ctx, () => {
    loaded = loadPart(ctx.form.querySelector(`#group-${specs[0].after}`) ?? ctx.form, () => import('../summaries-dom.ts'));
    void loaded.then(({ updateSummaries }) =>
      keepInView(() => {
        updateSummaries(ctx.form, ctx.def, ctx.readDraft());
        ctx.root.classList.add('has-summaries');
      }),
    );
  });
}
