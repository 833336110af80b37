// With offline support running, the document code and Word template (and the form's own code that loads
// when first used) are fetched once the browser is idle, so downloads also work offline later; the service worker keeps what is fetched. Never when the browser
// has asked to save data, and never without a service worker (then they load only when a download is asked for).
import type { FormContext } from '../form-context.ts';
import { whenControlled } from '../../../offline/controlled.ts';

interface NetworkInformation {
  saveData?: boolean;
}

export const savesData = (nav: Navigator & { connection?: NetworkInformation }): boolean => nav.connection?.saveData === true;

function whenIdle(run: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 10_000 });
  else window.setTimeout(run, 2000);
}

export function prefetchForOffline(ctx: FormContext): void {
  if (savesData(navigator)) return;
  whenControlled()
    .then(() => new Promise<void>((resolve) => whenIdle(resolve)))
    .then(() => import('../../../templates-engine/outputs/index.ts'))
    .then(({ outputFormats }) =>
      Promise.all([
        ...ctx.def.outputs.map((id) => outputFormats[id].prepare?.({ def: ctx.def, base: ctx.base })),
        import('../download-dom.ts'),
        import('../answer-files-dom.ts'),
        // The form's own code that loads when first used (checks, messages, answer files), so it works offline too.
        import('../../../templates-engine/schema.ts'),
        import('../errors-dom.ts'),
        import('../../../templates-engine/answers-file.ts'),
        import('../storage-sync-dom.ts'),
        import('../reorder-dom.ts'),
        import('../sync-notices-dom.ts'),
        ...(ctx.def.imports?.length || ctx.def.rollover
          ? [import('../../../templates-engine/imports.ts'), import('../../../templates-engine/migrations.ts')]
          : []),
        ...(ctx.def.rollover ? [import('../rollover-dom.ts')] : []),
        ...(ctx.def.imports?.length ? [import('../imports-dom.ts')] : []),
      ]),
    )
    .catch(() => undefined);
}
