// Checks a template's answers against its definition with the engine's own checks (no zod, so the
// browser's bundle stays small): validateDraft checks a draft and turns it into typed answers
// (pence, numbers, nulls), with messages. draftIssue (draft-shape.ts) checks the shape of saved answers.
import type { Answers, ColumnField, Draft, Field, FieldError, ListField, RowsField, ScalarField, TemplateDefinition } from './types.ts';
import { parseMoney } from './money.ts';
import { parseNumber } from './number.ts';
import { isIsoDate } from './dates.ts';
import { errorNameOf, messages, plainLabel } from './messages.ts';
import { addButtonId, cellId, fieldId, itemId } from './ids.ts';
import { rowAmount } from './costs.ts';
import { checkRules } from './rules.ts';
import { checkCheckpoints, readCheckpointsDraft } from './checkpoints/answers.ts';

// The shape check and the list of fields are in their own small modules, which the page loads at once;
// the checks below load only when answers are checked.
export { allFields } from './fields.ts';
export { draftIssue, fitsDraft, type DraftIssue } from './draft-shape.ts';
import { allFields } from './fields.ts';

// ---- Checking a draft ----

type Issue = { message: string; path: Array<string | number> };
type Check<T> = (value: string, report: (message: string) => void) => T;

/** Checks one typed-in value. `label` names it in messages (a column inside a row gets a longer name). */
function scalarCheck(
  field: ScalarField | ColumnField,
  label: string,
  errorName = field.errorName ?? label.charAt(0).toLowerCase() + label.slice(1),
): Check<string | number | null> {
  return (raw, report) => {
    const value = field.type === 'longText' ? raw.replace(/\r\n?/g, '\n').trim() : raw.trim();
    const named = { label, errorName };
    if (value === '') {
      if (field.required) report(field.type === 'choice' ? messages.select(named) : messages.enter(named));
      return null;
    }
    switch (field.type) {
      case 'text':
      case 'longText': {
        const max = field.maxLength;
        if (max !== undefined && [...value].length > max) report(messages.tooLong(label, max));
        return value;
      }
      case 'choice':
        if (!field.options.some((o) => o.value === value)) report(messages.select(named));
        return value;
      case 'money': {
        const parsed = parseMoney(value, field.maxPence);
        if (parsed.ok) return parsed.pence;
        if (parsed.reason === 'negative') report(messages.negativeMoney(label));
        else if (parsed.reason === 'tooLarge') report(messages.tooMuchMoney(label, field.maxPence));
        else report(messages.notMoney(label));
        return null;
      }
      case 'number': {
        const parsed = parseNumber(value, field.integer);
        if (!parsed.ok) {
          report(parsed.reason === 'notInteger' ? messages.notInteger(label) : messages.notNumber(label));
          return null;
        }
        const decimals = (value.split('.')[1] ?? '').length;
        if (field.maxDecimals !== undefined && decimals > field.maxDecimals) {
          report(messages.tooManyDecimals(label, field.maxDecimals));
          return null;
        }
        if (field.min !== undefined && parsed.value < field.min) report(messages.tooSmall(label, field.min));
        else if (field.max !== undefined && parsed.value > field.max) report(messages.tooBig(label, field.max));
        return parsed.value;
      }
      case 'date':
        if (!isIsoDate(value)) report(messages.notDate(label));
        return value;
    }
  };
}

/** Checks one value typed into a cell or field on its own: its typed value, and the first problem with it. */
export function checkValue(field: ScalarField | ColumnField, raw: string): { value: string | number | null; message: string | null } {
  let message: string | null = null;
  const value = scalarCheck(field, plainLabel(field.label))(raw, (m) => (message ??= m));
  return { value: message === null ? value : null, message };
}

function listCheck(field: ListField, items: string[], issues: Issue[]): string[] {
  const kept: string[] = [];
  items.forEach((raw, index) => {
    const item = raw.trim();
    if (item === '') return;
    if ([...item].length > field.itemMaxLength)
      issues.push({ path: [field.name, index], message: messages.tooLong(messages.listItem(field, index), field.itemMaxLength) });
    kept.push(item);
  });
  if (kept.length === 0 && field.required) issues.push({ path: [field.name], message: messages.addOne(field) });
  if (field.maxItems !== undefined && kept.length > field.maxItems) issues.push({ path: [field.name], message: messages.tooMany(field, field.maxItems) });
  return kept;
}

function rowsCheck(field: RowsField, rows: Array<Record<string, string>>, issues: Issue[]) {
  const kept: Array<Record<string, string | number | null>> = [];
  rows.forEach((row, index) => {
    if (field.columns.every((c) => (row[c.name] ?? '').trim() === '')) return;
    const out: Record<string, string | number | null> = {};
    let wrong = false;
    for (const column of field.columns) {
      const check = scalarCheck(column, messages.cell(column, field, index), `${errorNameOf(column)} for ${field.itemLabel} ${index + 1}`);
      out[column.name] = check(row[column.name] ?? '', (message) => {
        wrong = true;
        issues.push({ path: [field.name, index, column.name], message });
      });
    }
    const cost = field.amount && !wrong ? rowAmount(field.amount, out, 1) : null;
    if (field.amount && cost !== null && cost > field.amount.maxPence) {
      issues.push({ path: [field.name, index, field.amount.rate], message: messages.rowTooDear(field, index, field.amount.maxPence) });
    }
    kept.push(out);
  });
  if (kept.length === 0 && field.required) issues.push({ path: [field.name], message: messages.addOne(field) });
  if (field.maxRows !== undefined && kept.length > field.maxRows) issues.push({ path: [field.name], message: messages.tooMany(field, field.maxRows) });
  return kept;
}

/** Checks one answer as typed; problems are added to `issues` with their path from the field's name. */
function checkField(field: Field, value: unknown, issues: Issue[]): Answers[string] {
  if (field.type === 'list') return listCheck(field, Array.isArray(value) ? (value as string[]) : [], issues);
  if (field.type === 'rows') return rowsCheck(field, Array.isArray(value) ? (value as Array<Record<string, string>>) : [], issues);
  if (field.type === 'checkpoints') {
    const read = readCheckpointsDraft(field, value ?? []);
    if (!read.ok) {
      issues.push({ path: [field.name], message: `${field.label} ${read.message}` });
      return [];
    }
    return checkCheckpoints(field, read.value, (path, message) => issues.push({ path: [field.name, ...path], message }));
  }
  const check = scalarCheck(field, plainLabel(field.label));
  return check(typeof value === 'string' ? value : '', (message) => issues.push({ path: [field.name], message }));
}

/** The id of the control an error at `path` should link to. */
function targetOf(def: TemplateDefinition, path: Array<string | number>): string {
  const [name, index, column] = path as [string, number | undefined, string | undefined];
  const field = allFields(def).find((f) => f.name === name);
  if (index === undefined) {
    if (field?.type === 'list' || field?.type === 'rows') return addButtonId(name);
    return fieldId(name);
  }
  return column === undefined ? itemId(name, index) : cellId(name, index, column);
}

export type Validation = { ok: true; answers: Answers } | { ok: false; errors: FieldError[] };

/** Checks every answer; errors come in the order of the questions. */
export function validateDraft(def: TemplateDefinition, draft: Draft): Validation {
  const issues: Issue[] = [];
  const answers: Answers = {};
  const fields = allFields(def);
  for (const field of fields) answers[field.name] = checkField(field, draft[field.name], issues);
  const errors = issues.map((issue): FieldError => ({ field: String(issue.path[0]), target: targetOf(def, issue.path), message: issue.message }));
  // Rules are checked at the same time, so every problem shows at once; an answer that is wrong on its own
  // (so not in `answers`) breaks no rule, and an answer with a message already gets no second one.
  const wrong = new Set(errors.map((e) => e.field));
  errors.push(...checkRules(def, answers).filter((e) => !wrong.has(e.field)));
  if (!errors.length) return { ok: true, answers };
  const order = new Map(fields.map((f, i) => [f.name, i]));
  return { ok: false, errors: errors.sort((a, b) => order.get(a.field)! - order.get(b.field)!) };
}
