// Document formats a template can be downloaded in. Each loads its code only when it is used.
// Any template can offer 'xlsx' and 'csv': its single answers become a two-column list, each rows
// field a table (with SUM formulas for its `totals` and a cost formula for its `amount`), and a
// budget (`costs`) gets its summary; see sheet/build.ts.
import { CSV_TYPE, DOCX_TYPE, XLSX_TYPE, type OutputContext } from './context.ts';

export interface OutputFormat {
  id: string;
  /** Button text: "Download as Word". */
  label: string;
  extension: string;
  mimeType: string;
  /** Path (under the base) of the ready-made blank version, if there is one. */
  blankPath?: (slug: string) => string;
  render: (context: OutputContext) => Promise<Blob>;
  /** Loads the code and files `render` needs without rendering, so they are kept for offline use. */
  prepare?: (context: Omit<OutputContext, 'answers'>) => Promise<void>;
}

export const outputFormats: Record<string, OutputFormat> = {
  docx: {
    id: 'docx',
    label: 'Download as Word',
    extension: 'docx',
    mimeType: DOCX_TYPE,
    blankPath: (slug) => `docx/${slug}-blank.docx`,
    render: async (context) => (await import('./docx-browser.ts')).renderInBrowser(context),
    prepare: async (context) => (await import('./docx-browser.ts')).prepareInBrowser(context),
  },
  xlsx: {
    id: 'xlsx',
    label: 'Download as Excel',
    extension: 'xlsx',
    mimeType: XLSX_TYPE,
    render: async (context) => (await import('./sheet-browser.ts')).renderXlsx(context),
  },
  csv: {
    id: 'csv',
    label: 'Download as CSV',
    extension: 'csv',
    mimeType: CSV_TYPE,
    render: async (context) => (await import('./sheet-browser.ts')).renderCsv(context),
  },
};
