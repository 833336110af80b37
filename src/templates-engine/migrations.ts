// Answers saved under an earlier version of a template (an answers file, or a draft kept in the browser)
// brought into the current version: each version's migration steps in turn (renamed, split, removed and
// re-typed answers, renamed choices), then whatever still does not fit is set aside and listed, so the
// person knows what to check. Plain TypeScript with no validation library, as it runs on every page load.
import type { ColumnField, Draft, DraftValue, Field, MigrationStep, RowsField, TemplateDefinition } from './types.ts';
import { allFields } from './fields.ts';
import { completeDraft } from './draft.ts';
import { plainLabel } from './plain-label.ts';
import { readCheckpointsDraft, withoutRetiredCheckpoints } from './checkpoints/answers.ts';

/** An answer that could not be carried over: the question as people saw it, and what it said. */
export interface Lost {
  label: string;
  value: string;
}

export type Upgrade = { ok: true; draft: Draft; lost: Lost[] } | { ok: false; message: string };

type Raw = Record<string, unknown>;
type Row = Record<string, unknown>;

const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An answer in words, for the list of answers not carried over. */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(shown).filter(Boolean).join('; ');
  if (isObject(value)) return Object.values(value).map(shown).filter(Boolean).join(', ');
  return '';
}

const rowLabel = (rows: RowsField | undefined, fieldLabel: string, index: number, column: string) =>
  `${plainLabel(rows?.label ?? fieldLabel)}, ${rows?.itemLabel ?? 'row'} ${index + 1}: ${plainLabel(column)}`;

function splitText(text: string, separator: string, parts: number): string[] {
  const out: string[] = [];
  let rest = text;
  for (let i = 0; i < parts - 1; i++) {
    const at = rest.indexOf(separator);
    if (at < 0) break;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at + separator.length);
  }
  out.push(rest.trim());
  while (out.length < parts) out.push('');
  return out;
}

/** Applies one step to one holder of answers: the whole set (a field) or one row (a column). */
function applyToHolder(holder: Raw, key: string, step: MigrationStep, lose: (value: unknown) => void): void {
  if (!(key in holder)) return;
  const value = holder[key];
  switch (step.kind) {
    case 'rename':
      delete holder[key];
      holder[step.to] = value;
      return;
    case 'remove':
      delete holder[key];
      if (shown(value) !== '') lose(value);
      return;
    case 'mapValues':
      if (typeof value === 'string' && Object.hasOwn(step.values, value)) holder[key] = step.values[value];
      return;
    case 'toList':
      if (typeof value === 'string')
        holder[key] = (step.separator === undefined ? [value] : value.split(step.separator)).map((item) => item.trim()).filter(Boolean);
      return;
    case 'split': {
      delete holder[key];
      const parts = typeof value === 'string' ? splitText(value, step.separator, step.into.length) : [];
      if (typeof value !== 'string' && shown(value) !== '') lose(value);
      step.into.forEach((name, i) => {
        holder[name] = parts[i] ?? '';
      });
    }
  }
}

function applyStep(answers: Raw, step: MigrationStep, lost: Lost[], def: TemplateDefinition): void {
  const removedLabel = step.kind === 'remove' ? step.label : undefined;
  if (step.column === undefined) {
    applyToHolder(answers, step.field, step, (value) => lost.push({ label: plainLabel(removedLabel ?? step.field), value: shown(value) }));
    return;
  }
  const rows = answers[step.field];
  if (!Array.isArray(rows)) return;
  const current = allFields(def).find((f): f is RowsField => f.name === step.field && f.type === 'rows');
  rows.forEach((row, index) => {
    if (isObject(row))
      applyToHolder(row, step.column!, step, (value) =>
        lost.push({ label: rowLabel(current, step.field, index, removedLabel ?? step.column!), value: shown(value) }),
      );
  });
}

const fitsChoice = (field: { options: Array<{ value: string }> }, value: string) => value === '' || field.options.some((o) => o.value === value);

function fitCell(column: ColumnField, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return column.type === 'choice' && !fitsChoice(column, value) ? undefined : value;
}

/** The value as the current field holds it, or undefined when it does not fit (it is then listed as lost). */
function fitField(field: Field, value: unknown, lost: Lost[]): DraftValue | undefined {
  const label = plainLabel(field.label);
  const lose = () => {
    if (shown(value) !== '') lost.push({ label, value: shown(value) });
    return undefined;
  };
  switch (field.type) {
    case 'list':
      if (!Array.isArray(value)) return lose();
      if (!value.every((item) => typeof item === 'string')) return lose();
      return value as string[];
    case 'rows': {
      if (!Array.isArray(value)) return lose();
      const names = new Set(field.columns.map((c) => c.name));
      return value.flatMap((row, index) => {
        if (!isObject(row)) {
          if (shown(row) !== '') lost.push({ label: rowLabel(field, field.label, index, 'the whole row'), value: shown(row) });
          return [];
        }
        const out: Record<string, string> = {};
        for (const column of field.columns) {
          if (!(column.name in row)) continue;
          const fitted = fitCell(column, row[column.name]);
          if (fitted === undefined) {
            if (shown(row[column.name]) !== '') lost.push({ label: rowLabel(field, field.label, index, column.label), value: shown(row[column.name]) });
          } else out[column.name] = fitted;
        }
        for (const [name, cell] of Object.entries(row as Row)) {
          if (!names.has(name) && shown(cell) !== '') lost.push({ label: rowLabel(field, field.label, index, name), value: shown(cell) });
        }
        return [out];
      });
    }
    case 'choice':
      return typeof value === 'string' && fitsChoice(field, value) ? value : lose();
    case 'checkpoints': {
      // A checkpoint taken out of the content drops only that checkpoint's answer.
      const read = readCheckpointsDraft(field, withoutRetiredCheckpoints(field, value));
      return read.ok ? read.value : lose();
    }
    default:
      return typeof value === 'string' ? value : lose();
  }
}

/** Keeps every answer that fits the template as it is now; lists the rest. */
export function fitAnswers(def: TemplateDefinition, answers: Raw): { draft: Draft; lost: Lost[]; kept: number } {
  const lost: Lost[] = [];
  const kept: Partial<Draft> = {};
  const fields = allFields(def);
  for (const field of fields) {
    if (answers[field.name] === undefined) continue;
    const fitted = fitField(field, answers[field.name], lost);
    if (fitted !== undefined) kept[field.name] = fitted;
  }
  const known = new Set(fields.map((f) => f.name));
  for (const [name, value] of Object.entries(answers)) {
    if (!known.has(name) && shown(value) !== '') lost.push({ label: name, value: shown(value) });
  }
  return { draft: completeDraft(def, kept), lost, kept: Object.keys(kept).length };
}

/**
 * Answers saved under `version` of the template, as answers of its current version. Versions with
 * no migration listed change nothing but what no longer fits (the unit tests insist every released
 * version of a real template has one).
 */
export function upgradeAnswers(def: TemplateDefinition, version: number, answers: Raw): Upgrade {
  if (!Number.isInteger(version) || version < 1) return { ok: false, message: 'The file does not say which version of the template it was saved from.' };
  if (version > def.version) {
    return {
      ok: false,
      message: `The file was saved from version ${version} of this template, which is newer than this page’s (version ${def.version}). Reload the page to get the newest version, then load the file again.`,
    };
  }
  const working = JSON.parse(JSON.stringify(answers)) as Raw;
  const lost: Lost[] = [];
  for (let from = version; from < def.version; from++) {
    for (const step of def.migrations?.find((m) => m.from === from)?.steps ?? []) applyStep(working, step, lost, def);
  }
  const fitted = fitAnswers(def, working);
  if (fitted.kept === 0 && Object.keys(answers).length > 0)
    return { ok: false, message: 'None of the answers in the file fit this template, so it cannot be loaded.' };
  return { ok: true, draft: fitted.draft, lost: [...lost, ...fitted.lost] };
}

const quoted = (text: string, max = 120) => `“${[...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text}”`;

/** “Priorities for the year, priority 2: Evidence behind it: “Walk the Patch””, one line for each answer not carried over. */
export const lostLines = (lost: Lost[]): string[] => lost.map((l) => `${l.label}: ${quoted(l.value)}`);

/** A sentence for the page, or '' when everything was carried over. */
export function lostMessage(lost: Lost[]): string {
  if (lost.length === 0) return '';
  const n = lost.length;
  return `This template has changed since these answers were saved, and ${n === 1 ? 'one answer' : `${n} answers`} could not be carried over, so check ${n === 1 ? 'it' : 'them'}: ${lostLines(lost).join('; ')}.`;
}
