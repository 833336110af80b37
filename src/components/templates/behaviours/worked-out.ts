// Figures worked out from the answers as they are typed: a template's displays (a budget's totals, loaded
// only by templates that show them) and its summaries (a coverage grid, a percentage).
import type { FormContext } from '../form-context.ts';
import { displays, type Display } from '../displays/index.ts';

export function workedOutDisplays(ctx: FormContext): void {
  const { def, form } = ctx;
  const wanted = [...new Set(def.sections.flatMap((s) => (s.display ? [s.display] : [])))];
  if (!wanted.length) return;
  let shown: Array<[string, Display]> = [];
  const mount = () => {
    for (const [id, display] of shown) for (const slot of form.querySelectorAll<HTMLElement>(`[data-display="${id}"]`)) display.mount(slot);
  };
  ctx.onRender(mount);
  ctx.onChange((draft) => {
    for (const [, display] of shown) display.update(form, def, draft);
  });
  void Promise.all(wanted.map(async (id) => [id, await displays[id]()] as [string, Display])).then((loaded) => {
    shown = loaded;
    mount();
    const draft = ctx.readDraft();
    for (const [, display] of shown) display.update(form, def, draft);
  });
}

export function summaries(ctx: FormContext): void {
  if (!ctx.def.summaries?.length) return;
  const loaded = import('../summaries-dom.ts');
  ctx.onRender((draft) => void loaded.then(({ mountSummaries }) => mountSummaries(ctx.form, ctx.def, draft)));
  ctx.onChange((draft) => void loaded.then(({ updateSummaries }) => updateSummaries(ctx.form, ctx.def, draft)));
}
