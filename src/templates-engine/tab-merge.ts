// Two tabs, one set of answers. Each tab remembers the answers as last saved (`base`); when another tab
// saves (`theirs`) while this one has its own changes (`mine`), the two are merged answer by answer:
// what only one side changed is kept, and where both changed the same answer differently, this tab
// keeps what it shows and the answer is reported as a conflict. Tables and lists are merged cell by
// cell while both sides have the same rows in the same order; once a row is added, removed or moved on
// one side, the table is merged as one answer.
import type { Draft, DraftValue, Field, TemplateDefinition } from './types.ts';
import { allFields } from './fields.ts';
import { plainLabel } from './plain-label.ts';

/** One answer: a field, an item of a list, or a cell of a table. */
export interface AnswerPath {
  field: string;
  index?: number;
  column?: string;
}

export interface Merge {
  merged: Draft;
  /** Answers both sides changed differently: `merged` has this side's (`mine`). */
  conflicts: AnswerPath[];
}

type Row = Record<string, string>;
type Leaf = DraftValue | Row | string | undefined;

const same = (a: Leaf, b: Leaf) => a === b || JSON.stringify(a) === JSON.stringify(b);

export const pathKey = (p: AnswerPath) => [p.field, p.index, p.column].filter((part) => part !== undefined).join('/');

export function parsePathKey(key: string): AnswerPath {
  const [field, index, column] = key.split('/');
  return { field, ...(index !== undefined && /^\d+$/.test(index) ? { index: Number(index) } : {}), ...(column !== undefined ? { column } : {}) };
}

export function valueAt(draft: Draft, p: AnswerPath): Leaf {
  const value = draft[p.field];
  if (p.index === undefined) return value;
  const item = Array.isArray(value) ? (value as Array<string | Row>)[p.index] : undefined;
  if (p.column === undefined) return item;
  return typeof item === 'object' && item !== null ? (item[p.column] ?? '') : undefined;
}

/** A copy of `draft` with the answer at `p` set; unchanged when the draft has no such row or item. */
export function withValueAt(draft: Draft, p: AnswerPath, value: Leaf): Draft {
  if (p.index === undefined) return { ...draft, [p.field]: value as DraftValue };
  const items = draft[p.field];
  if (!Array.isArray(items) || p.index >= items.length) return draft;
  const copy = (items as Array<string | Row>).slice();
  if (p.column === undefined) copy[p.index] = value as string | Row;
  else copy[p.index] = { ...(copy[p.index] as Row), [p.column]: String(value ?? '') };
  return { ...draft, [p.field]: copy as DraftValue };
}

function mergeLeaf(base: Leaf, mine: Leaf, theirs: Leaf): { value: Leaf; conflict: boolean } {
  if (same(mine, base)) return { value: theirs, conflict: false };
  if (same(theirs, base) || same(mine, theirs)) return { value: mine, conflict: false };
  return { value: mine, conflict: true };
}

/** The same rows in another order ("Move up", "Move down"): cells no longer line up with the other side's. */
function isReordering(base: DraftValue, side: DraftValue): boolean {
  const sorted = (items: DraftValue) =>
    (items as Array<string | Row>)
      .map((item) => JSON.stringify(item))
      .sort()
      .join('\n');
  return !same(base, side) && sorted(base) === sorted(side);
}

function mergeField(field: Field, base: DraftValue, mine: DraftValue, theirs: DraftValue, conflicts: AnswerPath[]): DraftValue {
  const whole = mergeLeaf(base, mine, theirs);
  if (!whole.conflict) return whole.value as DraftValue;
  const sameLength = Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs) && base.length === mine.length && mine.length === theirs.length;
  if (!sameLength || (field.type !== 'list' && field.type !== 'rows') || isReordering(base, mine) || isReordering(base, theirs)) {
    conflicts.push({ field: field.name });
    return mine;
  }
  if (field.type === 'list') {
    return (mine as string[]).map((item, index) => {
      const leaf = mergeLeaf((base as string[])[index], item, (theirs as string[])[index]);
      if (leaf.conflict) conflicts.push({ field: field.name, index });
      return leaf.value as string;
    });
  }
  const columns = field.columns.map((c) => c.name);
  return (mine as Row[]).map((row, index) =>
    Object.fromEntries(
      columns.map((column) => {
        const leaf = mergeLeaf((base as Row[])[index][column] ?? '', row[column] ?? '', (theirs as Row[])[index][column] ?? '');
        if (leaf.conflict) conflicts.push({ field: field.name, index, column });
        return [column, leaf.value as string];
      }),
    ),
  );
}

/** Merges this tab's answers (`mine`) with another tab's (`theirs`), both changed from `base`. */
export function mergeDrafts(def: TemplateDefinition, base: Draft, mine: Draft, theirs: Draft): Merge {
  const conflicts: AnswerPath[] = [];
  const merged: Draft = {};
  for (const field of allFields(def)) merged[field.name] = mergeField(field, base[field.name], mine[field.name], theirs[field.name], conflicts);
  return { merged, conflicts };
}

/** Fields whose answers differ between two drafts. */
export const changedFields = (def: TemplateDefinition, a: Draft, b: Draft): Field[] => allFields(def).filter((f) => !same(a[f.name], b[f.name]));

/** The question an answer belongs to, as people see it: "Priorities for the year, priority 2: Lead". */
export function describePath(def: TemplateDefinition, p: AnswerPath): string {
  const field = allFields(def).find((f) => f.name === p.field);
  if (!field) return p.field;
  const label = plainLabel(field.label);
  if (p.index === undefined || (field.type !== 'list' && field.type !== 'rows')) return label;
  const item = `${label}, ${field.itemLabel} ${p.index + 1}`;
  if (field.type === 'list' || p.column === undefined) return item;
  const column = field.columns.find((c) => c.name === p.column);
  return `${item}: ${plainLabel(column?.label ?? p.column)}`;
}
