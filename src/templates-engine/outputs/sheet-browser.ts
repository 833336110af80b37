// Excel and CSV downloads, made in the browser. The zip library loads only when Excel is asked for.
import { CSV_TYPE, XLSX_TYPE, type OutputContext } from './context.ts';
import { buildWorkbook } from '../sheet/build.ts';
import { writeXlsx } from '../sheet/xlsx.ts';
import { toCsv } from '../sheet/csv.ts';

function checked({ def, answers }: OutputContext) {
  if (answers === null) throw new Error(`There is no blank spreadsheet version of the ${def.title}.`);
  return buildWorkbook(def, answers);
}

export async function renderXlsx(context: OutputContext): Promise<Blob> {
  const book = checked(context);
  const { default: JSZip } = await import('jszip');
  const bytes = await writeXlsx(JSZip, book);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE });
}

export async function renderCsv(context: OutputContext): Promise<Blob> {
  return new Blob([toCsv(checked(context).sheets[0])], { type: CSV_TYPE });
}
