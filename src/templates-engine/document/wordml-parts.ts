// The pieces of WordprocessingML every document is built from: runs, paragraphs, docx-templates commands,
// tables and loops over rows. Used by wordml.ts for a whole document and by field types with a Word part of
// their own (checkpoints/document.ts), so neither needs the other.

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const run = (text: string, props = '') => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
export const cmd = (command: string) => run(`+++${command}+++`);
export const para = (runs: string, style?: string, extraProps = '') =>
  `<w:p>${style || extraProps ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${extraProps}</w:pPr>` : ''}${runs}</w:p>`;
export const cmdPara = (command: string) => para(cmd(command));

export const cell = (content: string, width: number, shade = false) =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="pct"/>${shade ? '<w:shd w:val="clear" w:color="auto" w:fill="F3ECF1"/>' : ''}</w:tcPr>${content}</w:tc>`;

/** Page layout of the document being built: A4, portrait or landscape, in twentieths of a point. */
export const PAGE = { portrait: { w: 11906, h: 16838 }, landscape: { w: 16838, h: 11906 } };
export const MARGIN = 1300;
let contentWidth = PAGE.portrait.w - 2 * MARGIN;
let loopCounter = 0;

/** Starts a new document: its page size sets the width of its tables, and its loop names count from 1 again. */
export function startDocument(landscape = false): { w: number; h: number } {
  const page = landscape ? PAGE.landscape : PAGE.portrait;
  contentWidth = page.w - 2 * MARGIN;
  loopCounter = 0;
  return page;
}

/** Column widths in fiftieths of a percent, summing to 5000, in proportion to the weights. */
export const shares = (weights: number[]) => {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((w / total) * 5000));
};

export function table(columnWidths: number[], rows: string[], caption: string): string {
  const grid = columnWidths.map((w) => `<w:gridCol w:w="${Math.round((w / 5000) * contentWidth)}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="AnswerTable"/><w:tblW w:w="5000" w:type="pct"/><w:tblCaption w:val="${escapeXml(caption)}"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>${para('', 'TableGap')}`;
}

export const row = (cells: string, header = false) =>
  `<w:tr>${header ? '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>'}${cells}</w:tr>`;

/** Repeats `cells` (one per column) for each item of `list`, as docx-templates expects: FOR and END-FOR in rows of their own. */
export function loopRows(list: string, v: string, widths: number[], cells: string[]): string[] {
  const empties = widths
    .slice(1)
    .map((w) => cell(para(''), w))
    .join('');
  return [
    row(cell(cmdPara(`FOR ${v} IN ${list}`), widths[0]) + empties),
    row(cells.map((content, i) => cell(content, widths[i])).join('')),
    row(cell(cmdPara(`END-FOR ${v}`), widths[0]) + empties),
  ];
}

export const labelRow = (labels: string[], widths: number[], numeric: boolean[]) =>
  row(labels.map((l, i) => cell(para(run(l), numeric[i] ? 'TableNumber' : 'TableLabel'), widths[i], true)).join(''), true);

/** A fresh loop variable name (line1, group2 …): docx-templates needs a different one for each loop. */
export const loopVar = (stem: string) => `${stem}${++loopCounter}`;
