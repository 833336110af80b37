// "Load your workplan file" and the like: fills a table, or a budget's total, from another template's
// saved answers file, checked against that template's own definition. A file that does not fit changes nothing.
import type { DraftValue, Field, ImportSpec, TemplateDefinition } from '../../templates-engine/types.ts';
import { plainLabel } from '../../templates-engine/plain-label.ts';
import { readSmallFile } from './dom.ts';

export interface ImportContext {
  root: HTMLElement;
  form: HTMLElement;
  def: TemplateDefinition;
  /** Definitions of the templates files are imported from, by slug. */
  sources: Record<string, TemplateDefinition>;
  titles: Record<string, string>;
  fields: Map<string, Field>;
  rerender: (field: Field, value: DraftValue) => void;
  persist: () => void;
  say: (message: string, problem?: boolean) => void;
}

export function loadImport(spec: ImportSpec, file: File, ctx: ImportContext): Promise<void> {
  const source = ctx.sources[spec.from];
  const into = ctx.fields.get(spec.into)!;
  // The checks load when a file is chosen, not with the page.
  return Promise.all([readSmallFile(file), import('../../templates-engine/answers-file.ts'), import('../../templates-engine/imports.ts')]).then(
    ([read, { readAnswersFile }, { importCostTotal, importRows }]) => {
      const checked = read.ok ? readAnswersFile(source, read.text, (slug) => ctx.titles[slug]) : read;
      const failed = (message: string) => ctx.say(`“${file.name}” could not be loaded. ${message} Nothing has been changed.`, true);
      if (!checked.ok) return failed(checked.message);
      if (spec.kind === 'costTotal') {
        const total = importCostTotal(ctx.def, spec, source, checked.draft);
        if (!total.ok) return failed(total.message);
        ctx.rerender(into, total.value);
        ctx.persist();
        ctx.say(`“${plainLabel(into.label)}” is now ${total.value}, the total of the budget in “${file.name}”. Type what was spent yourself.`);
        return;
      }
      const rows = importRows(ctx.def, spec, source, checked.draft);
      if (!rows.ok) return failed(rows.message);
      ctx.rerender(into, rows.rows);
      ctx.persist();
      ctx.say(
        `${rows.rows.length} ${rows.rows.length === 1 ? 'row' : 'rows'} loaded from “${file.name}” into “${into.label}”. ${spec.done ?? 'Check each one and say how it went.'}`,
      );
    },
  );
}
