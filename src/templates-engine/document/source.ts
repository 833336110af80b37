// Reads a template's readable document source (templates/<slug>/document.md) into blocks.
//
//   header: {mvpName}               the page header (every page)
//   page: landscape                 landscape pages, for wide tables (portrait unless said)
//   title: Role description: {x}    the document title
//   subtitle: {mvpName}             a line under the title
//   ## Heading / ### Subheading     headings; a heading whose answers are all empty is left out
//   {field}                         an answer on its own line (long text keeps its paragraphs)
//   - {listField}                   one bullet per item of a list
//   [facts a b c]                   a two-column table of those answers, skipping empty ones
//   [table rowsField]               a table of repeating rows, with totals (costed rows: item, working, basis, cost;
//                                   a cost that is a sum of parts, `amount.plus`: every column, then the cost)
//   [table rowsField numbered]      the same, with the rows numbered 1., 2., 3.
//   [costs]                         a budget's summary: each group's cost and share, percentages, total, cost per unit
//   [summary id]                    a summary worked out from the answers (summaries.ts)
//   [checkpoints name part]         part (stages, next or list) of a checkpoints field (checkpoints/document.ts)
//   * text                          a bullet of fixed text, such as a line of a quotation
//   any other line                  a paragraph; {field} inside it inserts the answer
//   > text                          a note in the smaller "hint" style

export type Inline = { kind: 'text'; text: string } | { kind: 'field'; name: string };

export type Block =
  | { kind: 'heading'; level: 1 | 2; content: Inline[] }
  | { kind: 'title' | 'subtitle' | 'paragraph' | 'note'; content: Inline[] }
  | { kind: 'answer'; name: string }
  | { kind: 'bullets'; name: string }
  | { kind: 'facts'; names: string[] }
  | { kind: 'table'; name: string; numbered: boolean }
  | { kind: 'costs' }
  | { kind: 'summary'; id: string }
  | { kind: 'checkpoints'; name: string; part: 'stages' | 'next' | 'list' }
  | { kind: 'bullet'; content: Inline[] };

export interface DocumentSource {
  header: Inline[];
  landscape: boolean;
  blocks: Block[];
}

export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)) {
    if (m.index > last) parts.push({ kind: 'text', text: text.slice(last, m.index) });
    parts.push({ kind: 'field', name: m[1] });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

export function parseDocumentSource(source: string): DocumentSource {
  let header: Inline[] = [];
  let landscape = false;
  const blocks: Block[] = [];
  for (const [index, rawLine] of source.split(/\r?\n/).entries()) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('//')) continue;
    const fail = (why: string) => new Error(`document source line ${index + 1}: ${why}: ${line}`);
    let m: RegExpExecArray | null;
    if ((m = /^header:\s*(.*)$/.exec(line))) header = parseInline(m[1]);
    else if ((m = /^page:\s*(.*)$/.exec(line))) {
      if (m[1] !== 'landscape' && m[1] !== 'portrait') throw fail('page must be landscape or portrait');
      landscape = m[1] === 'landscape';
    } else if ((m = /^(title|subtitle):\s*(.+)$/.exec(line))) blocks.push({ kind: m[1] as 'title' | 'subtitle', content: parseInline(m[2]) });
    else if ((m = /^(#{2,3})\s+(.+)$/.exec(line))) blocks.push({ kind: 'heading', level: m[1].length === 2 ? 1 : 2, content: parseInline(m[2]) });
    else if ((m = /^-\s*\{([A-Za-z][A-Za-z0-9]*)\}$/.exec(line))) blocks.push({ kind: 'bullets', name: m[1] });
    else if ((m = /^\{([A-Za-z][A-Za-z0-9]*)\}$/.exec(line))) blocks.push({ kind: 'answer', name: m[1] });
    else if ((m = /^\[facts((?:\s+[A-Za-z][A-Za-z0-9]*)+)\]$/.exec(line))) blocks.push({ kind: 'facts', names: m[1].trim().split(/\s+/) });
    else if ((m = /^\[table\s+([A-Za-z][A-Za-z0-9]*)(\s+numbered)?\]$/.exec(line))) blocks.push({ kind: 'table', name: m[1], numbered: Boolean(m[2]) });
    else if ((m = /^\[summary\s+([A-Za-z][A-Za-z0-9]*)\]$/.exec(line))) blocks.push({ kind: 'summary', id: m[1] });
    else if ((m = /^\[checkpoints\s+([A-Za-z][A-Za-z0-9]*)\s+(stages|next|list)\]$/.exec(line)))
      blocks.push({ kind: 'checkpoints', name: m[1], part: m[2] as 'stages' | 'next' | 'list' });
    else if (line === '[costs]') blocks.push({ kind: 'costs' });
    else if ((m = /^\*\s+(.+)$/.exec(line))) blocks.push({ kind: 'bullet', content: parseInline(m[1]) });
    else if (line.startsWith('[')) throw fail('unknown block');
    else if ((m = /^>\s*(.+)$/.exec(line))) blocks.push({ kind: 'note', content: parseInline(m[1]) });
    else blocks.push({ kind: 'paragraph', content: parseInline(line) });
  }
  return { header, landscape, blocks };
}

/** Every answer a block shows; `summaryFields` names the answers a summary is worked out from. */
export function fieldsOf(block: Block, summaryFields: (id: string) => string[] = () => []): string[] {
  switch (block.kind) {
    case 'summary':
      return summaryFields(block.id);
    case 'answer':
    case 'bullets':
    case 'table':
      return [block.name];
    case 'facts':
      return block.names;
    case 'checkpoints':
      return [`${block.name}_${block.part}`];
    case 'costs':
      return [];
    default:
      return block.content.flatMap((i) => (i.kind === 'field' ? [i.name] : []));
  }
}
