// Fills a .docx template with answers using docx-templates. The library is passed in, so the same
// code runs in the browser (loaded only on download), in the build (blank versions) and in tests.
import type { Answers, TemplateDefinition } from '../types.ts';
import { newLiteralXmlDelimiter, prepareDocxData } from '../docx-data.ts';
import { runExpression } from './docx-expressions.ts';

export interface CreateReportOptions {
  template: Uint8Array | ArrayBuffer;
  data: object;
  cmdDelimiter: string | [string, string];
  literalXmlDelimiter: string;
  processLineBreaks: boolean;
  processLineBreaksAsNewText: boolean;
  runJs: typeof runExpression;
  failFast: boolean;
  rejectNullish: boolean;
  fixSmartQuotes: boolean;
}

export type CreateReport = (options: CreateReportOptions) => Promise<Uint8Array>;

export const CMD_DELIMITER = '+++';

export function renderDocx(
  createReport: CreateReport,
  template: Uint8Array | ArrayBuffer,
  def: TemplateDefinition,
  answers: Answers | null,
): Promise<Uint8Array> {
  return createReport({
    template,
    data: prepareDocxData(def, answers),
    cmdDelimiter: CMD_DELIMITER,
    // Data is escaped by docx-templates except between these delimiters; a fresh random one per
    // render, whose marker character safeText() removes from every answer, keeps answers as text.
    literalXmlDelimiter: newLiteralXmlDelimiter(),
    processLineBreaks: true,
    // A line break must sit between text runs (w:t), not inside one, or LibreOffice drops it.
    processLineBreaksAsNewText: true,
    // Commands are evaluated without eval, so the site's Content-Security-Policy can forbid it.
    runJs: runExpression,
    failFast: true,
    rejectNullish: true,
    fixSmartQuotes: false,
  });
}
