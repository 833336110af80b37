// A budget's figures worked out from the answers as they are being typed: a figure that is
// missing or wrong leaves its line out (and counted as incomplete) rather than stopping everything.
import type { Answers, Draft, RowsField, TemplateDefinition } from './types.ts';
import { allFields } from './fields.ts';
import { typedValue } from './values.ts';
import type { CostTotals } from './costs.ts';
import { costTotals } from './costs.ts';

export function answersSoFar(def: TemplateDefinition, draft: Draft): Answers {
  const answers: Answers = {};
  for (const field of allFields(def)) {
    const value = draft[field.name];
    if (field.type === 'list') answers[field.name] = (value as string[] | undefined) ?? [];
    else if (field.type === 'rows') answers[field.name] = rowsSoFar(field, (value as Array<Record<string, string>> | undefined) ?? []);
    else if (field.type === 'checkpoints') answers[field.name] = (value as Array<Record<string, string>> | undefined) ?? [];
    else answers[field.name] = typedValue(field, typeof value === 'string' ? value : '');
  }
  return answers;
}

// Typing changes one line at a time, so each line's typed values are kept by what was typed in it: a
// keystroke in a 200-line budget reads one line again, not all of them. A line the form has not read again
// since (the same object) is found without even putting its text together.
const seen = new WeakMap<RowsField, Map<string, Record<string, string | number | null>>>();
const sameLine = new WeakMap<Record<string, string>, Record<string, string | number | null>>();

function rowsSoFar(field: RowsField, rows: Array<Record<string, string>>) {
  let known = seen.get(field);
  if (!known || known.size > 5000) seen.set(field, (known = new Map()));
  return rows.map((row) => {
    let typed = sameLine.get(row);
    if (!typed) {
      const key = field.columns.map((c) => row[c.name] ?? '').join('\u0000');
      typed = known.get(key);
      if (!typed) known.set(key, (typed = Object.fromEntries(field.columns.map((c) => [c.name, typedValue(c, row[c.name] ?? '')]))));
      sameLine.set(row, typed);
    }
    return { ...typed };
  });
}

export const totalsSoFar = (def: TemplateDefinition, draft: Draft): CostTotals => costTotals(def, answersSoFar(def, draft));
