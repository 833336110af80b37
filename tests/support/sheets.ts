// Reading spreadsheets back in tests: CSV parsing, amounts, and spoiling an .xlsx's stored values.
import JSZip from 'jszip';

/** RFC 4180 CSV into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\ufeff/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** "£1,234.50" or "1234.50" → 123450 pence. */
export function penceOf(text: string): number {
  const m = /^-?£?([\d,]+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  return Number(m[1].replace(/,/g, '')) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

/** The last filled cell of the last row whose first cell is `label`, as pence. */
export function amountIn(rows: string[][], label: string): number {
  const row = rows.findLast((r) => r[0] === label);
  if (!row) throw new Error(`no row "${label}"`);
  const last = [...row].reverse().find((c) => c.trim() !== '');
  return penceOf(last ?? '');
}

/** The same workbook with every formula's stored value replaced by 0, so only recalculation can give the right answers. */
export async function spoilCachedValues(xlsx: Uint8Array): Promise<{ bytes: Uint8Array; formulas: number }> {
  const zip = await JSZip.loadAsync(xlsx);
  let formulas = 0;
  for (const path of Object.keys(zip.files).filter((p) => p.startsWith('xl/worksheets/') && !zip.files[p].dir)) {
    const xml = await zip.file(path)!.async('string');
    zip.file(
      path,
      xml.replace(/<\/f><v>[^<]*<\/v>/g, () => {
        formulas++;
        return '</f><v>0</v>';
      }),
    );
  }
  return { bytes: await zip.generateAsync({ type: 'uint8array' }), formulas };
}
