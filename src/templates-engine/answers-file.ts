// "Save answers to a file" and "Load answers from a file": a small JSON envelope around the draft.
import type { Draft, TemplateDefinition } from './types.ts';
import { draftIssue } from './draft-shape.ts';
import { allFields } from './fields.ts';
import { fitAnswers, upgradeAnswers, type Lost } from './migrations.ts';
import { readCheckpointsDraft } from './checkpoints/answers.ts';

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

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The envelope of a saved answers file, or null if `json` is not one. */
function envelopeOf(json: unknown): { template: string; version: number; answers: Record<string, unknown> } | null {
  if (!isRecord(json) || json.format !== FILE_FORMAT || typeof json.template !== 'string') return null;
  if (!Number.isInteger(json.version) || !isRecord(json.answers)) return null;
  return { template: json.template, version: json.version as number, answers: json.answers };
}

const describe = (value: unknown) =>
  Array.isArray(value)
    ? 'a list'
    : value === null
      ? 'nothing (null)'
      : typeof value === 'object'
        ? 'a group of answers'
        : typeof value === 'string'
          ? 'text'
          : `a ${typeof value}`;

/** Reads a saved answers file, or explains in plain words why it cannot be used. */
export function readAnswersFile(def: TemplateDefinition, text: string, titleOf: (slug: string) => string | undefined = () => undefined): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'The file is not a saved answers file: it could not be read as JSON.' };
  }
  const head = envelopeOf(json);
  if (!head) return { ok: false, message: 'The file is not a saved answers file from this site.' };
  const { template, version, answers } = head;
  if (template !== def.slug) {
    const other = titleOf(template);
    return { ok: false, message: `The file has answers for ${other ? `the ${other}` : `a different template (“${template}”)`}, not the ${def.title}.` };
  }
  if (version !== def.version) return upgradeAnswers(def, version, answers);
  for (const field of allFields(def)) {
    if (field.type !== 'checkpoints' || answers[field.name] === undefined) continue;
    const read = readCheckpointsDraft(field, answers[field.name]);
    if (!read.ok) return { ok: false, message: `The answer to “${field.label}” in the file ${read.message}.` };
  }
  const issue = draftIssue(def, answers);
  if (issue) {
    if (issue.kind === 'unknown') return { ok: false, message: `The file has an answer called “${issue.name}”, which this template does not have.` };
    const field = issue.field;
    const value = answers[field.name];
    const expected =
      field.type === 'list' ? 'a list of text' : field.type === 'rows' ? 'a list of rows' : field.type === 'choice' ? 'one of the listed options' : 'text';
    return {
      ok: false,
      message: `The answer to “${field.label}” in the file should be ${expected}, but it is ${describe(value)}${field.type === 'choice' && typeof value === 'string' ? ` (“${value}”)` : ''}.`,
    };
  }
  // Every answer fits; fitting them puts checkpoints in toolkit order and fills the missing ones.
  return { ok: true, draft: fitAnswers(def, answers).draft, lost: [] };
}
