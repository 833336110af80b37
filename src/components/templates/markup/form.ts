// Every part of a template's form as markup, with the answers of `draft` and the figures worked out from them:
// what TemplateForm.astro writes into the page at build time, for the browser code to attach to.
import type { Draft, Section, TemplateDefinition } from '../../../templates-engine/types.ts';
import type { Markup } from './h.ts';
import { sectionMarkup, type DrawOptions } from './fields.ts';
import { checkpointsMarkup } from './checkpoints.ts';
import { costsFigures, costsMarkup } from './costs.ts';
import { amountsFigures, amountsMarkup } from './amounts.ts';
import { progressMarkup } from './progress.ts';
import { summaryMarkup } from './summaries.ts';
import { importMarkup } from './imports.ts';

function displayMarkup(base: string, def: TemplateDefinition, draft: Draft, display: NonNullable<Section['display']>): Markup {
  switch (display) {
    case 'costs':
      return costsMarkup(def, draft);
    case 'amounts':
      return amountsMarkup(def, draft);
    case 'progress':
      return progressMarkup(base, def, draft);
  }
}

export function formMarkup(base: string, def: TemplateDefinition, draft: Draft): Markup[] {
  const displays = new Set(def.sections.flatMap((s) => (s.display ? [s.display] : [])));
  const options: DrawOptions = {
    checkpoints: (field, rows) => checkpointsMarkup(base, field, rows),
    // A budget's costs display shows every costed line's cost; otherwise the amounts display does.
    figures: displays.has('costs') ? costsFigures(def, draft) : displays.has('amounts') ? amountsFigures(def, draft) : undefined,
    before: Object.fromEntries((def.imports ?? []).map((spec) => [spec.into, importMarkup(spec)])),
    after: Object.fromEntries((def.summaries ?? []).map((spec) => [spec.after, summaryMarkup(def, spec, draft)])),
  };
  return def.sections.map((s, i) =>
    sectionMarkup(s, draft, i, def.sections.length, options, s.display ? displayMarkup(base, def, draft, s.display) : undefined),
  );
}
