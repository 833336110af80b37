import type { CheckpointsField } from './checkpoints/types.ts';

// The declarative shape of a fill-in template. A definition is plain data (it is embedded in the
// page as JSON), so the form, the validation, the saved answers and the document all read the same thing.

interface FieldBase {
  /** Key of the answer; also the id stem of the form control. */
  name: string;
  label: string;
  hint?: string;
  /** Used in error messages: "Enter {errorName}". Defaults to the label in lower case. */
  errorName?: string;
  required?: boolean;
}

export interface TextField extends FieldBase {
  type: 'text';
  maxLength?: number;
  default?: string;
  /** Input width in characters, for fields with short answers. */
  width?: number;
}

export interface LongTextField extends FieldBase {
  type: 'longText';
  maxLength: number;
  default?: string;
  rows?: number;
}

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

export interface ChoiceField extends FieldBase {
  type: 'choice';
  options: ChoiceOption[];
  control?: 'radios' | 'select';
  default?: string;
}

export interface MoneyField extends FieldBase {
  type: 'money';
  /** Largest amount accepted, in pence. */
  maxPence?: number;
  /** As a person would type it, e.g. "£150". */
  default?: string;
}

export interface NumberField extends FieldBase {
  type: 'number';
  min?: number;
  max?: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** Shown after the value in the document, e.g. "days a month". */
  unit?: string;
  /** Input width in characters. */
  width?: number;
  /** Most digits allowed after the decimal point. */
  maxDecimals?: number;
  default?: string;
}

export interface DateField extends FieldBase {
  type: 'date';
  /** ISO date, YYYY-MM-DD. */
  default?: string;
}

export interface ListField extends FieldBase {
  type: 'list';
  /** Singular noun for one item, e.g. "responsibility". */
  itemLabel: string;
  itemMaxLength: number;
  maxItems?: number;
  /** Offers "Move up" and "Move down" buttons, for lists whose order matters. */
  reorderable?: boolean;
  default?: string[];
}

/** A table's column: a long text one ("what was discussed") is a box of several lines. */
export type ColumnField = TextField | LongTextField | MoneyField | NumberField | DateField | ChoiceField;

export interface RowsField extends FieldBase {
  type: 'rows';
  /** Singular noun for one row, e.g. "activity". */
  itemLabel: string;
  columns: ColumnField[];
  maxRows?: number;
  /** Names of money or number columns to total below the table. */
  totals?: string[];
  /** Works out a cost for each row from its columns (see costs.ts). */
  amount?: RowAmount;
  /** Offers "Move up" and "Move down" buttons, for tables whose order matters. */
  reorderable?: boolean;
  default?: Array<Record<string, string>>;
}

/**
 * A row's cost: the number columns in `factors` multiplied together and by the money column `rate`,
 * plus the percentage in `percent`, times the answer `scale.by` when the choice column `scale.column`
 * has the value `scale.when`, plus the money columns in `plus`. Rounded once, to the nearest penny, half up.
 */
export interface RowAmount {
  /** Heading of the cost, e.g. "Cost". */
  label: string;
  factors: string[];
  /** A money column, or a money answer outside the table that every row shares (a rate per mile). */
  rate: string;
  /**
   * Money columns added to the cost, each counting £0 when empty. With `plus`, the cost is a sum of
   * parts that may each be left empty: a row whose factors are empty has no multiplied part (a bus fare with no miles).
   */
  plus?: string[];
  percent?: string;
  /** A text column naming the unit of the first factor ("sessions"), for the working shown. */
  unitColumn?: string;
  /** A text column with the basis or source of the figures, shown beside the cost in documents. */
  noteColumn?: string;
  scale?: { column: string; when: string; by: string };
  /** Largest cost one row may come to, in pence: a bigger one is almost certainly a typing slip. */
  maxPence: number;
}

/** A budget: costed tables added up, with percentages on top and a cost per unit. */
export interface CostsSpec {
  /** Rows fields with an `amount`, each a group of the budget. */
  groups: string[];
  /** Number fields holding percentages of the total of the groups (hosting overhead, contingency). */
  additions: string[];
  /** A whole-number field to divide the grand total by, and what one of those is called. */
  per?: { field: string; singular: string; plural: string };
}

export type ScalarField = TextField | LongTextField | ChoiceField | MoneyField | NumberField | DateField;
export type Field = ScalarField | ListField | RowsField | CheckpointsField;
export type { CheckpointsField };
export type FieldType = Field['type'];

/** Words quoted exactly from a source, shown read-only in the form. */
export interface Quotation {
  lead: string;
  items: string[];
  source: string;
}

export interface Section {
  id: string;
  title: string;
  intro?: string;
  quotation?: Quotation;
  fields: Field[];
  /** A worked-out display shown after the questions, by id (see components/templates/displays). */
  display?: 'costs' | 'progress' | 'amounts';
}

/**
 * Something worked out from the answers and shown after a question as the person types,
 * and in the document wherever the source says [summary id]. See summaries.ts.
 */
export type SummarySpec =
  | {
      kind: 'coverage';
      id: string;
      /** The question it is shown after. */
      after: string;
      title: string;
      /** A rows field, and two of its choice columns: one down the side, one across the top. */
      rows: string;
      down: string;
      across: string;
    }
  | {
      kind: 'percentage';
      id: string;
      after: string;
      title: string;
      /** Two number fields: the part and the whole it is a share of. */
      part: string;
      whole: string;
      /** Completes "25% {sentence} (3 of 12)". */
      sentence: string;
    };

/** A check across answers, reported on `field`, made with every other check (rules.ts). */
export type RuleSpec = NotMoreThanRule | NeededByRowsRule;

/** `field` is no more than `than` ("parent members from ethnic minority groups" ≤ "parent members"). */
export interface NotMoreThanRule {
  kind: 'notMoreThan';
  field: string;
  than: string;
  message: string;
}

/** `field` is optional unless a row of `rows` has an answer in `column` (a rate per mile, when a line claims miles). */
export interface NeededByRowsRule {
  kind: 'neededByRows';
  field: string;
  rows: string;
  column: string;
  message: string;
}

/** Fills answers here from a saved answers file of another template. See imports.ts. */
export type ImportSpec = RowsImportSpec | CostTotalImportSpec;

interface ImportSpecBase {
  id: string;
  /** Slug of the template whose answers file is read. */
  from: string;
  button: string;
  hint: string;
  /** Said after the rows are loaded (default: check each one and say how it went). */
  done?: string;
}

/** Fills a rows field with the rows of a rows field in the file. */
export interface RowsImportSpec extends ImportSpecBase {
  kind: 'rows';
  /** The rows field in the file, and the rows field here that receives its rows. */
  fromRows: string;
  into: string;
  /** Column here ← column in the file. Choice values that do not fit are left empty. */
  columns: Record<string, string>;
}

/** Fills a money field with the grand total of a budget's file (`from` must be a template with `costs`). */
export interface CostTotalImportSpec extends ImportSpecBase {
  kind: 'costTotal';
  /** The money field here that receives the total. */
  into: string;
}

/** Starting this year's answers from last year's file: kept, except what is named here. */
export interface RolloverSpec {
  button: string;
  hint: string;
  /** Said once the file has been loaded. */
  done: string;
  /** Fields put back to their default (or emptied). */
  reset: string[];
  /** Columns of rows fields put back to their default (or emptied), by rows field. */
  resetColumns: Record<string, string[]>;
}

/**
 * Where an answer lives: a field, or one column of a rows field. Migration steps name the field and
 * column as they were before the step.
 */
interface MigrationTarget {
  field: string;
  column?: string;
}

/** One change to the shape of the answers, applied to answers saved before it (see migrations.ts). */
export type MigrationStep =
  | (MigrationTarget & { kind: 'rename'; to: string })
  /** `label` is the question as people saw it, for the list of answers that could not be carried over. */
  | (MigrationTarget & { kind: 'remove'; label: string })
  /** Old value → new value: renamed or merged choices, or a choice that became text (value → its label). */
  | (MigrationTarget & { kind: 'mapValues'; values: Record<string, string> })
  /** Text cut at the first `separator` into the answers named in `into` (same rows field for a column). */
  | (MigrationTarget & { kind: 'split'; into: string[]; separator: string })
  /** A single answer that became a list: one item, or one per part when `separator` is given. */
  | { kind: 'toList'; field: string; column?: undefined; separator?: string };

/** What changed from version `from` to version `from + 1`, and why, in plain words. */
export interface Migration {
  from: number;
  why: string;
  steps: MigrationStep[];
}

export interface TemplateDefinition {
  /** URL segment and storage key: /templates/<slug>/. */
  slug: string;
  /**
   * Bump whenever a change would leave answers saved under the old shape not fitting (a field or column
   * renamed, split, removed or re-typed, a choice renamed or removed), and add a migration for it.
   */
  version: number;
  /** One for every earlier version, oldest first: how answers saved then become answers of this version. */
  migrations?: Migration[];
  title: string;
  /** What the template is for, one or two sentences. */
  summary: string;
  /** Who uses it. */
  audience: string;
  /** Toolkit section numbers (e.g. "2.5") this template serves. */
  serves: string[];
  /** Other sources the default wording draws on, cited on the page. */
  sources: string[];
  /** Used in the downloaded file's name. */
  fileLabel: string;
  /** The field that holds the MVP's name: it goes in the document header and the file name. */
  nameField: string;
  /** Output formats offered, by id (see outputs/index.ts). */
  outputs: string[];
  /** Words people search for that the page may not use ("welcome pack"); indexed, never shown. */
  keywords?: string[];
  /** Heading the template is listed under on /templates/ (default: Other templates). */
  category?: string;
  /** Set for a budget: how its costs add up. */
  costs?: CostsSpec;
  sections: Section[];
  summaries?: SummarySpec[];
  rules?: RuleSpec[];
  imports?: ImportSpec[];
  rollover?: RolloverSpec;
}

/** What the form holds and what is saved: every answer as typed. */
export type DraftValue = string | string[] | Array<Record<string, string>>;
export type Draft = Record<string, DraftValue>;

/** A checked answer: money in pence, numbers as numbers, empty optional answers as null. */
export type AnswerValue = string | number | null | string[] | Array<Record<string, string | number | null>>;
export type Answers = Record<string, AnswerValue>;

export interface FieldError {
  /** Id of the control the error summary links to. */
  target: string;
  /** Field the error belongs to (shown beside it). */
  field: string;
  message: string;
}
