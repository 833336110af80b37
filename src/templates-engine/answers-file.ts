// "Save answers to a file" and "Load answers from a file": a small JSON envelope around the draft.
import { z } from 'zod';
import type { Draft, TemplateDefinition } from './types.ts';
import { allFields, draftSchema } from './schema.ts';
import { completeDraft } from './draft.ts';
import { upgradeAnswers, type Lost } from './migrations.ts';

export const FILE_FORMAT = 'mvp-toolkit-answers';

export interface AnswersFile {
  format: typeof FILE_FORMAT;
  template: string;
  version: number;
  savedAt: string;
  answers: Draft;
}

export function toAnswersFile(def: TemplateDefinition, draft: Draft, now = new Date()): string {
  const file: AnswersFile = { format: FILE_FORMAT, template: def.slug, version: def.version, savedAt: now.toISOString(), answers: draft };
  return JSON.stringify(file, null, 2);
}

/** `lost`: answers saved under an earlier version of the template that could not be carried over. */
export type LoadResult = { ok: true; draft: Draft; lost: Lost[] } | { ok: false; message: string };

const envelope = z.object({
  format: z.literal(FILE_FORMAT),
  template: z.string(),
  version: z.number().int(),
  answers: z.record(z.string(), z.unknown()),
});

const describe = (value: unknown) =>
  Array.isArray(value) ? 'a list' : value === null ? 'nothing (null)' : typeof value === 'object' ? 'a group of answers' : typeof value === 'string' ? 'text' : `a ${typeof value}`;

/** Reads a saved answers file, or explains in plain words why it cannot be used. */
export function readAnswersFile(def: TemplateDefinition, text: string, titleOf: (slug: string) => string | undefined = () => undefined): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not a saved answers file: it could not be read as JSON.' };
  }
  const head = envelope.safeParse(json);
  if (!head.success) return { ok: false, message: 'The file is not a saved answers file from this site.' };
  const { template, version, answers } = head.data;
  if (template !== def.slug) {
    const other = titleOf(template);
    return { ok: false, message: `The file has answers for ${other ? `the ${other}` : `a different template (“${template}”)`}, not the ${def.title}.` };
  }
  if (version !== def.version) return upgradeAnswers(def, version, answers);
  const parsed = draftSchema(def).safeParse(answers);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue.path[0] ?? '');
    const field = allFields(def).find((f) => f.name === name);
    if (!field) return { ok: false, message: `The file has an answer called “${issue.code === 'unrecognized_keys' ? issue.keys[0] : name}”, which this template does not have.` };
    if (field.type === 'checkpoints') return { ok: false, message: `The answer to “${field.label}” in the file ${issue.message}.` };
    const value = answers[name];
    const expected = field.type === 'list' ? 'a list of text' : field.type === 'rows' ? 'a list of rows' : field.type === 'choice' ? 'one of the listed options' : 'text';
    return { ok: false, message: `The answer to “${field.label}” in the file should be ${expected}, but it is ${describe(value)}${field.type === 'choice' && typeof value === 'string' ? ` (“${value}”)` : ''}.` };
  }
  return { ok: true, draft: completeDraft(def, parsed.data as Partial<Draft>), lost: [] };
}
