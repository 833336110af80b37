// Turns a parsed document source into WordprocessingML containing docx-templates commands.
// Only this build-time code writes commands; answers reach the document as data (see docx-data.ts).
import type { Block, DocumentSource, Inline } from './source.ts';
import { fieldsOf } from './source.ts';
import type { Field, RowsField, SummarySpec, TemplateDefinition } from '../types.ts';
import { allFields } from '../schema.ts';
import { computeSummary, summaryFields } from '../summaries.ts';
import { checkpointsXml } from '../checkpoints/document.ts';
import { MARGIN, PAGE, cell, cmd, cmdPara, labelRow, loopRows, loopVar, para, row, run, shares, startDocument, table } from './wordml-parts.ts';

export class DocumentSourceError extends Error {}

function inlineRuns(content: Inline[], fields: Map<string, Field>): string {
  return content
    .map((part) => {
      if (part.kind === 'text') return run(part.text);
      if (!fields.has(part.name)) throw new DocumentSourceError(`unknown field {${part.name}}`);
      return cmd(`INS v.${part.name}`);
    })
    .join('');
}

const plainLabel = (label: string) => label.replace(/\s*\(optional\)$/, '');

/** A costed table: what each line is, how its cost is worked out, its basis, and the cost. */
function costedTable(field: RowsField): string {
  const amount = field.amount!;
  const v = loopVar('line');
  const note = amount.noteColumn && field.columns.find((c) => c.name === amount.noteColumn);
  const widths = note ? [1300, 1500, 1400, 800] : [1700, 2400, 900];
  const labels = [plainLabel(field.columns[0].label), 'How it is worked out', ...(note ? [plainLabel(note.label)] : []), amount.label];
  const numeric = labels.map((_, i) => i === labels.length - 1);
  const cells = [
    para(cmd(`INS $${v}.${field.columns[0].name}`)),
    para(cmd(`INS $${v}._working`)),
    ...(note ? [para(cmd(`INS $${v}.${note.name}`))] : []),
    para(cmd(`INS $${v}._amount`), 'TableNumber'),
  ];
  const total = row(
    widths
      .map((w, i) =>
        cell(
          para(i === 0 ? run('Total', '<w:b/>') : i === widths.length - 1 ? cmd(`INS t.${field.name}._amount`) : '', i === 0 ? 'TableLabel' : 'TableNumber'),
          w,
          true,
        ),
      )
      .join(''),
  );
  return table(widths, [labelRow(labels, widths, numeric), ...loopRows(`v.${field.name}`, v, widths, cells), total], plainLabel(field.label));
}

/** A budget's summary: each group's cost and share of the total, the percentages, the total, the cost per unit. */
function costsTable(): string {
  const widths = [2800, 1300, 900];
  const g = loopVar('group');
  const a = loopVar('addition');
  const p = loopVar('per');
  const strong = (command: string) => cmd(command).replace('<w:r>', '<w:r><w:rPr><w:b/></w:rPr>');
  const fixed = (label: string, command: string, share = '') =>
    row(
      cell(para(run(label, '<w:b/>'), 'TableLabel'), widths[0], true) +
        cell(para(strong(command), 'TableNumber'), widths[1], true) +
        cell(para(share ? run(share, '<w:b/>') : '', 'TableNumber'), widths[2], true),
    );
  return (
    table(
      widths,
      [
        labelRow(['Group', 'Cost', 'Share of the budget'], widths, [false, true, true]),
        ...loopRows('c.groups', g, widths, [
          para(cmd(`INS $${g}.label`)),
          para(cmd(`INS $${g}.amount`), 'TableNumber'),
          para(cmd(`INS $${g}.share`), 'TableNumber'),
        ]),
        fixed('Total of all lines', 'INS c.subtotal'),
        ...loopRows('c.additions', a, widths, [
          para(cmd(`INS $${a}.label`)),
          para(cmd(`INS $${a}.amount`), 'TableNumber'),
          para(cmd(`INS $${a}.share`), 'TableNumber'),
        ]),
        fixed('Total budget', 'INS c.total', '100%'),
        ...loopRows('c.per', p, widths, [para(cmd(`INS $${p}.label`)), para(cmd(`INS $${p}.amount`), 'TableNumber'), para('')]),
      ],
      'Budget summary',
    ) + para(cmd('INS c.rounding'), 'Note')
  );
}

function blockXml(block: Block, fields: Map<string, Field>, def: TemplateDefinition): string {
  const summaryOf = (id: string): SummarySpec => {
    const spec = def.summaries?.find((x) => x.id === id);
    if (!spec) throw new DocumentSourceError(`unknown summary [summary ${id}]`);
    return spec;
  };
  const need = (name: string): Field => {
    const field = fields.get(name);
    if (!field) throw new DocumentSourceError(`unknown field {${name}}`);
    return field;
  };
  switch (block.kind) {
    case 'title':
      return para(inlineRuns(block.content, fields), 'Title');
    case 'subtitle':
      return para(inlineRuns(block.content, fields), 'Subtitle');
    case 'heading':
      return para(inlineRuns(block.content, fields), block.level === 1 ? 'Heading1' : 'Heading2');
    case 'paragraph':
    case 'note': {
      const xml = para(inlineRuns(block.content, fields), block.kind === 'note' ? 'Note' : undefined);
      const shown = fieldsOf(block);
      // A sentence around an empty answer would read oddly, so it is left out.
      return shown.length ? cmdPara(`IF ${shown.map((n) => `has.${n}`).join(' && ')}`) + xml + cmdPara('END-IF') : xml;
    }
    case 'answer': {
      const field = need(block.name);
      if (field.type === 'longText') {
        const v = loopVar('para');
        return cmdPara(`FOR ${v} IN p.${field.name}`) + para(cmd(`INS $${v}`)) + cmdPara(`END-FOR ${v}`);
      }
      if (field.type === 'list' || field.type === 'rows')
        throw new DocumentSourceError(`{${field.name}} is a ${field.type}: use "- {${field.name}}" or "[table ${field.name}]"`);
      return para(cmd(`INS v.${field.name}`));
    }
    case 'bullets': {
      const field = need(block.name);
      if (field.type !== 'list') throw new DocumentSourceError(`"- {${field.name}}" needs a list field`);
      const v = loopVar('item');
      return cmdPara(`FOR ${v} IN v.${field.name}`) + para(cmd(`INS $${v}`), 'ListBullet') + cmdPara(`END-FOR ${v}`);
    }
    case 'facts': {
      block.names.forEach(need);
      const v = loopVar('fact');
      const list = `[${block.names.map((n) => `x.${n}`).join(', ')}].filter(Boolean)`;
      return table(
        [1800, 3200],
        [
          row(cell(cmdPara(`FOR ${v} IN ${list}`), 1800) + cell(para(''), 3200)),
          row(cell(para(cmd(`INS $${v}.label`), 'TableLabel'), 1800, true) + cell(para(cmd(`INS $${v}.value`)), 3200)),
          row(cell(cmdPara(`END-FOR ${v}`), 1800) + cell(para(''), 3200)),
        ],
        'Summary',
      );
    }
    case 'checkpoints': {
      const field = need(block.name);
      if (field.type !== 'checkpoints') throw new DocumentSourceError(`[checkpoints ${field.name} ${block.part}] needs a checkpoints field`);
      return checkpointsXml(field, block.part);
    }
    case 'costs':
      if (!def.costs) throw new DocumentSourceError('[costs] needs a budget (a definition with costs)');
      return costsTable();
    case 'table': {
      const field = need(block.name);
      if (field.type !== 'rows') throw new DocumentSourceError(`[table ${field.name}] needs a rows field`);
      // A cost made of several parts (`plus`) shows every column, as each part is a figure to check.
      if (field.amount && !field.amount.plus) {
        if (block.numbered) throw new DocumentSourceError(`[table ${field.name} numbered]: a costed table is not numbered`);
        return costedTable(field);
      }
      // Text gets twice the room of choices, numbers and dates; a wide table gets smaller type.
      const columns: Array<{ name: string; label: string; number: boolean; weight: number }> = [
        ...(block.numbered ? [{ name: '_n', label: 'No.', number: false, weight: 0.5 }] : []),
        ...field.columns.map((c) => ({
          name: c.name,
          label: plainLabel(c.label),
          number: c.type === 'money' || c.type === 'number',
          weight: c.type === 'longText' ? 3 : c.type === 'text' ? 2 : 1,
        })),
        ...(field.amount ? [{ name: '_amount', label: field.amount.label, number: true, weight: 1 }] : []),
      ];
      const widths = shares(columns.map((c) => c.weight));
      const compact = columns.length > 6;
      const bodyStyle = (number: boolean) => (number ? 'TableNumber' : compact ? 'TableCompact' : undefined);
      const v = loopVar('row');
      const empties = (from: number) =>
        widths
          .slice(from)
          .map((w) => cell(para(''), w))
          .join('');
      const rows = [
        row(columns.map((c, i) => cell(para(run(c.label), compact ? 'TableLabelCompact' : 'TableLabel'), widths[i], true)).join(''), true),
        row(cell(cmdPara(`FOR ${v} IN v.${field.name}`), widths[0]) + empties(1)),
        row(columns.map((c, i) => cell(para(cmd(`INS $${v}.${c.name}`), bodyStyle(c.number)), widths[i])).join('')),
        row(cell(cmdPara(`END-FOR ${v}`), widths[0]) + empties(1)),
      ];
      if (field.totals?.length || field.amount) {
        rows.push(
          row(
            columns
              .map((c, i) => {
                const content =
                  i === 0 ? run('Total', '<w:b/>') : field.totals?.includes(c.name) || c.name === '_amount' ? cmd(`INS t.${field.name}.${c.name}`) : '';
                return cell(para(content, i === 0 ? 'TableLabel' : 'TableNumber'), widths[i], true);
              })
              .join(''),
          ),
        );
      }
      return table(widths, rows, field.label);
    }
    case 'summary': {
      const spec = summaryOf(block.id);
      const p = loopVar('said');
      const words = cmdPara(`FOR ${p} IN s.${spec.id}.paragraphs`) + para(cmd(`INS $${p}`)) + cmdPara(`END-FOR ${p}`);
      const grid = computeSummary(def, spec, null).table;
      if (!grid) return words;
      const widths = shares([2, ...grid.head.map(() => 1)]);
      const r = loopVar('line');
      const rows = [
        row(
          cell(para(run(grid.corner), 'TableLabel'), widths[0], true) + grid.head.map((h, i) => cell(para(run(h), 'TableLabel'), widths[i + 1], true)).join(''),
          true,
        ),
        row(
          cell(cmdPara(`FOR ${r} IN s.${spec.id}.rows`), widths[0]) +
            widths
              .slice(1)
              .map((w) => cell(para(''), w))
              .join(''),
        ),
        row(
          cell(para(cmd(`INS $${r}.label`), 'TableLabel'), widths[0], true) +
            grid.head.map((_, i) => cell(para(cmd(`INS $${r}.cells[${i}]`), 'TableNumber'), widths[i + 1])).join(''),
        ),
        row(
          cell(cmdPara(`END-FOR ${r}`), widths[0]) +
            widths
              .slice(1)
              .map((w) => cell(para(''), w))
              .join(''),
        ),
      ];
      return words + table(widths, rows, grid.caption);
    }
    case 'bullet': {
      const xml = para(inlineRuns(block.content, fields), 'ListBullet');
      const shown = fieldsOf(block);
      return shown.length ? cmdPara(`IF ${shown.map((n) => `has.${n}`).join(' && ')}`) + xml + cmdPara('END-IF') : xml;
    }
  }
}

/** Headings and what follows them are shown only if at least one of their answers is filled in. */
function withConditions(blocks: Block[], fields: Map<string, Field>, def: TemplateDefinition): string {
  const fieldsOfSummary = (id: string) => {
    const spec = def.summaries?.find((x) => x.id === id);
    return spec ? summaryFields(spec) : [];
  };
  const out: string[] = [];
  let i = 0;
  const levelOf = (b: Block) => (b.kind === 'heading' ? b.level : 0);
  while (i < blocks.length) {
    const block = blocks[i];
    if (block.kind !== 'heading') {
      out.push(blockXml(block, fields, def));
      i++;
      continue;
    }
    let end = i + 1;
    while (end < blocks.length && !(levelOf(blocks[end]) >= 1 && levelOf(blocks[end]) <= block.level)) end++;
    const inner = blocks.slice(i + 1, end);
    const shown = [...new Set(inner.flatMap((b) => fieldsOf(b, fieldsOfSummary)))];
    const body = blockXml(block, fields, def) + withConditions(inner, fields, def);
    out.push(shown.length ? cmdPara(`IF ${shown.map((n) => `has.${n}`).join(' || ')}`) + body + cmdPara('END-IF') : body);
    i = end;
  }
  return out.join('');
}

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export function documentXml(source: DocumentSource, def: TemplateDefinition): string {
  const page = startDocument(source.landscape);
  const fields = new Map(allFields(def).map((f) => [f.name, f]));
  const body = withConditions(source.blocks, fields, def);
  const size = `<w:pgSz w:w="${page.w}" w:h="${page.h}"${source.landscape ? ' w:orient="landscape"' : ''}/>`;
  const sect = `<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>${size}<w:pgMar w:top="1440" w:right="${MARGIN}" w:bottom="${MARGIN}" w:left="${MARGIN}" w:header="600" w:footer="600" w:gutter="0"/></w:sectPr>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${body}${sect}</w:body></w:document>`;
}

export function headerXml(source: DocumentSource, def: TemplateDefinition): string {
  const fields = new Map(allFields(def).map((f) => [f.name, f]));
  // The header style's right tab suits portrait pages; landscape ones move it to the right margin.
  const right = source.landscape ? `<w:tabs><w:tab w:val="clear" w:pos="9300"/><w:tab w:val="right" w:pos="${PAGE.landscape.w - 2 * MARGIN}"/></w:tabs>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${NS}>${para(`${inlineRuns(source.header, fields)}<w:r><w:tab/></w:r>${run(def.title)}`, 'Header', right)}</w:hdr>`;
}

export function footerXml(): string {
  const field = (instr: string) => `<w:fldSimple w:instr=" ${instr} "><w:r><w:t>1</w:t></w:r></w:fldSimple>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr ${NS}>${para(run('Page ') + field('PAGE') + run(' of ') + field('NUMPAGES'), 'Footer')}</w:ftr>`;
}
