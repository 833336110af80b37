// "Start from last year's workplan": loads this template's own answers file from a past year, keeping
// the rows and putting back what belongs to one year only (status, dates). See imports.ts.
import type { Draft, TemplateDefinition } from '../../templates-engine/types.ts';
import { readSmallFile } from './dom.ts';

export interface RolloverContext {
  root: HTMLElement;
  def: TemplateDefinition;
  titles: Record<string, string>;
  /** Replaces every answer in the form. */
  replace: (draft: Draft) => void;
  say: (message: string, problem?: boolean) => void;
}

/** Starts this year's answers from `file`, a saved answers file of this template from a past year. */
export async function rollOverFrom(ctx: RolloverContext, file: File): Promise<void> {
  const spec = ctx.def.rollover!;
  const read = await readSmallFile(file);
  // The checks load when a file is chosen, not with the page.
  const [{ readAnswersFile }, { rollOver }, { lostMessage }] = await Promise.all([
    import('../../templates-engine/answers-file.ts'),
    import('../../templates-engine/imports.ts'),
    import('../../templates-engine/migrations.ts'),
  ]);
  const checked = read.ok ? readAnswersFile(ctx.def, read.text, (slug) => ctx.titles[slug]) : read;
  if (!checked.ok) {
    ctx.say(`“${file.name}” could not be loaded. ${checked.message} Nothing has been changed.`, true);
    return;
  }
  ctx.replace(rollOver(ctx.def, checked.draft));
  ctx.say(`Started from “${file.name}”. ${spec.done} ${lostMessage(checked.lost)}`.trim());
}
