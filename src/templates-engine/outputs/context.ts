// What every output format is given, and the names shared by the list of formats (index.ts) and the code
// of each format (docx-browser.ts, sheet-browser.ts), which index.ts loads only when it is used.
import type { Answers, TemplateDefinition } from '../types.ts';

export interface OutputContext {
  def: TemplateDefinition;
  /** Checked answers, or null for the blank version. */
  answers: Answers | null;
  /** The site's base path, ending in "/". */
  base: string;
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv;charset=utf-8';

/** Path (under the base) of a template's Word template, built by scripts/build-docx-templates.ts. */
export const templateDocxPath = (slug: string) => `docx/${slug}.docx`;
