// Figures worked out from the answers as they are typed: a template's displays (a budget's totals, loaded
// only by templates that show them) and its summaries (a coverage grid, a percentage). Their code loads when
// first needed (when-needed.ts), and they are brought up to date with the answers as they are then.
import type { FormContext } from '../form-context.ts';
import type { Display } from '../displays/display.ts';
import { displays } from '../displays/index.ts';
import { whenNeeded } from '../when-needed.ts';
import { loadPart } from '../../lazy-part.ts';

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
  // The displays' slots, and the tables whose lines they show an amount beside.
  const near = () => [
    ...form.querySelectorAll('[data-display]'),
    ...[...ctx.fields.values()].map((f) => (f.type === 'rows' && f.amount ? form.querySelector(`#group-${f.name}`) : null)),
  ];
  whenNeeded(
    ctx,
    near,
    () =>
      void loadPart(form.querySelector('[data-display]') ?? form, () =>
        Promise.all(wanted.map(async (id) => [id, await displays[id]()] as [string, Display])),
      ).then((loaded) => {
        shown = loaded;
        mount();
        const draft = ctx.readDraft();
        for (const [, display] of shown) display.update(form, def, draft);
      }),
  );
}

export function summaries(ctx: FormContext): void {
  const specs = ctx.def.summaries ?? [];
  if (!specs.length) return;
  let loaded: Promise<typeof import('../summaries-dom.ts')> | undefined;
  ctx.onRender((draft) => void loaded?.then(({ mountSummaries }) => mountSummaries(ctx.form, ctx.def, draft)));
  ctx.onChange((draft) => void loaded?.then(({ updateSummaries }) => updateSummaries(ctx.form, ctx.def, draft)));
  // Each summary is shown after the question it sums up.
  whenNeeded(
    ctx,
    () => specs.map((s) => ctx.form.querySelector(`#group-${s.after}`)),
    () => {
      loaded = loadPart(ctx.form.querySelector(`#group-${specs[0].after}`) ?? ctx.form, () => import('../summaries-dom.ts'));
      void loaded.then(({ mountSummaries }) => mountSummaries(ctx.form, ctx.def, ctx.readDraft()));
    },
  );
}
