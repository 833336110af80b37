// Writes a workbook as an Office Open XML spreadsheet (.xlsx), small and dependency-free apart from
// the zip library, which is passed in so it loads only when someone downloads.
import type { Cell, Sheet, Workbook } from './model.ts';
import { cellRef, penceToPounds } from './model.ts';
import { safeText } from '../docx-data.ts';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Indexes into cellXfs in styles.xml below.
const STYLE = {
  default: 0,
  title: 1,
  heading: 2,
  header: 3,
  text: 4,
  note: 5,
  money: 6,
  moneyTotal: 7,
  number: 8,
  percent: 9,
  total: 10,
} as const;

function styleOf(cell: Cell): number {
  if (cell.kind === 'text') return cell.style ? STYLE[cell.style] : STYLE.text;
  if (cell.format === 'money') return cell.style === 'total' ? STYLE.moneyTotal : STYLE.money;
  return cell.format === 'percent' ? STYLE.percent : STYLE.number;
}

const numberText = (cell: Extract<Cell, { kind: 'number' | 'formula' }>, value: number) => (cell.format === 'money' ? penceToPounds(value) : String(value));

function cellXml(cell: Cell, ref: string): string {
  const s = styleOf(cell);
  switch (cell.kind) {
    case 'text':
      return `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(safeText(cell.text))}</t></is></c>`;
    case 'number':
      return `<c r="${ref}" s="${s}"><v>${numberText(cell, cell.value)}</v></c>`;
    case 'formula':
      return `<c r="${ref}" s="${s}"><f>${escapeXml(cell.formula)}</f><v>${numberText(cell, cell.cached)}</v></c>`;
  }
}

/**
 * Whether choices can be offered as a drop-down written into the file ("a,b,c"): Excel splits that
 * list at every comma and allows at most 255 characters, so a label such as "Under way, on track"
 * cannot be in one. Such a column keeps its labels as plain text, with no drop-down to reject them.
 */
export const fitsInlineList = (options: string[]) => options.every((o) => !/[,"]/.test(o)) && options.join(',').length <= 255;

export function sheetXml(sheet: Sheet): string {
  const cols = sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('');
  const dropDowns = sheet.lists.filter((l) => fitsInlineList(l.options));
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row.map((cell, c) => (cell ? cellXml(cell, cellRef(c, r + 1)) : '')).join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const lists = dropDowns.length
    ? `<dataValidations count="${dropDowns.length}">${dropDowns
        .map(
          (l) =>
            `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${l.range}"><formula1>${escapeXml(`"${l.options.join(',')}"`)}</formula1></dataValidation>`,
        )
        .join('')}</dataValidations>`
    : '';
  return `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rows}</sheetData>${lists}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`;
}

const styles = `${XML}<styleSheet xmlns="${MAIN}">
<numFmts count="2"><numFmt numFmtId="164" formatCode="&quot;£&quot;#,##0.00"/><numFmt numFmtId="165" formatCode="0.00&quot;%&quot;"/></numFmts>
<fonts count="4"><font><sz val="11"/><name val="Arial"/></font><font><b/><sz val="11"/><name val="Arial"/></font><font><b/><sz val="14"/><name val="Arial"/></font><font><i/><sz val="10"/><color rgb="FF4A443C"/><name val="Arial"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFF3ECF1"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top style="thin"><color auto="1"/></top><bottom style="double"><color auto="1"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="11">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="164" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf>
<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/** Every part of the .xlsx, by path inside the zip. */
export function xlsxParts(book: Workbook): Record<string, string> {
  const sheets = book.sheets.map((sheet, i) => ({ sheet, path: `xl/worksheets/sheet${i + 1}.xml`, id: `rId${i + 1}` }));
  return {
    '[Content_Types].xml': `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((s) => `<Override PartName="/${s.path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    '_rels/.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'docProps/core.xml': `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(safeText(book.title))}</dc:title><dc:creator>MVP Toolkit</dc:creator><dc:language>en-GB</dc:language></cp:coreProperties>`,
    // fullCalcOnLoad asks Excel to recalculate every formula when the file opens.
    'xl/workbook.xml': `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets
      .map(
        (s, i) =>
          `<sheet name="${escapeXml(
            safeText(s.sheet.name)
              .replace(/[[\]:*?/\\]/g, ' ')
              .slice(0, 31),
          )}" sheetId="${i + 1}" r:id="${s.id}"/>`,
      )
      .join('')}</sheets><calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`,
    'xl/_rels/workbook.xml.rels': `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((s) => `<Relationship Id="${s.id}" Type="${REL}/worksheet" Target="worksheets/sheet${s.id.slice(3)}.xml"/>`).join('')}<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': styles,
    ...Object.fromEntries(sheets.map((s) => [s.path, sheetXml(s.sheet)])),
  };
}

interface ZipLike {
  file(path: string, data: string, options?: { date?: Date }): unknown;
  generateAsync(options: { type: 'uint8array'; compression: 'DEFLATE' }): Promise<Uint8Array>;
}

/** The .xlsx file; `newZip` is JSZip's constructor (or anything with its API). */
export function writeXlsx(newZip: new () => ZipLike, book: Workbook, date = new Date()): Promise<Uint8Array> {
  const zip = new newZip();
  for (const [path, xml] of Object.entries(xlsxParts(book))) zip.file(path, xml, { date });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
