// A checkpoints field in the Word document. The document source places its parts:
//   [checkpoints name stages]   where the MVP has got to, and the count for each stage
//   [checkpoints name next]     the next checkpoints not yet in place, with their sections and templates
//   [checkpoints name list]     every checkpoint, a table per stage: section, checkpoint, status, note, evidence
// When `sa7Only` applies, the list holds only the Safety Action 7 checkpoints and the other parts are
// empty, so their headings are left out.
import type { CheckedCheckpoint } from './answers.ts';
import { STATUSES, statusLabel, type CheckpointsField } from './types.ts';
import { checkpointsInOrder } from './order.ts';
import { countSentence, listsOnlySa7, progressOf } from './progress.ts';
import { cell, cmd, cmdPara, loopRows, loopVar, para, row, run, shares, table } from '../document/wordml-parts.ts';

export type CheckpointsPart = 'stages' | 'next' | 'list';
export const CHECKPOINTS_PARTS: CheckpointsPart[] = ['stages', 'next', 'list'];

export interface CheckpointsDocx {
  intro: string[];
  reached: string[];
  stages: string[];
  next: Array<{ text: string; where: string }>;
  groups: Array<{ heading: string; rows: Array<{ section: string; text: string; status: string; note: string; evidence: string }> }>;
}

/** The `has` key a part's heading depends on: `has.progress_list`. */
export const partKey = (name: string, part: CheckpointsPart) => `${name}_${part}`;

const SA7_MARK = 'Safety Action 7 evidence';

/**
 * The document data of a checkpoints field: from checked answers, or with `answers` null the blank
 * version, with tick boxes and write-in lines. `safe` makes typed text safe for the document.
 */
export function checkpointsDocxData(
  field: CheckpointsField,
  answers: Record<string, unknown> | null,
  safe: (text: string) => string,
  writeIn: string,
): { data: CheckpointsDocx; has: Record<string, boolean> } {
  const blank = answers === null;
  const rows = blank ? [] : ((answers[field.name] ?? []) as CheckedCheckpoint[]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const sa7Only = listsOnlySa7(field, answers);
  const progress = progressOf(field, rows);
  const all = checkpointsInOrder(field).filter(({ checkpoint }) => !sa7Only || checkpoint.sa7);
  const groups = field.groups
    .map((group) => ({
      heading: blank || sa7Only ? group.label : countSentence(progress.groups.find((g) => g.id === group.id)!),
      rows: all
        .filter((c) => c.group === group)
        .map(({ checkpoint, section }) => {
          const answer = byId.get(checkpoint.id);
          return {
            section: `${section.number} ${section.title}`,
            text: checkpoint.sa7 && !sa7Only ? `${checkpoint.text}\n${SA7_MARK}` : checkpoint.text,
            status: blank ? STATUSES.map((s) => `☐ ${s.label}`).join('\n') : statusLabel(answer?.status ?? ''),
            note: blank ? writeIn : safe(answer?.note ?? ''),
            evidence: blank ? writeIn : safe(answer?.evidence ?? ''),
          };
        }),
    }))
    .filter((g) => g.rows.length > 0);
  const data: CheckpointsDocx = {
    intro: [sa7Only ? field.sa7Intro : field.reportIntro],
    reached: blank || sa7Only ? [] : progress.reached,
    stages: sa7Only ? [] : progress.groups.map((g) => (blank ? `${g.label}: ${writeIn} of ${g.total} in place` : countSentence(g))),
    next:
      blank || sa7Only
        ? []
        : progress.next.map((n) => ({
            text: n.checkpoint.text,
            where: `MVP Toolkit ${n.section.number} ${n.section.title}${n.checkpoint.helps?.length ? `. Templates that help: ${n.checkpoint.helps.map((h) => h.title).join(', ')}.` : ''}`,
          })),
    groups,
  };
  return {
    data,
    has: {
      [partKey(field.name, 'stages')]: data.stages.length > 0,
      [partKey(field.name, 'next')]: data.next.length > 0,
      [partKey(field.name, 'list')]: groups.length > 0,
    },
  };
}

/** The WordprocessingML of one part, with docx-templates commands reading `k.<name>`. */
export function checkpointsXml(field: CheckpointsField, part: CheckpointsPart): string {
  const k = `k.${field.name}`;
  const each = (list: string, body: (v: string) => string) => {
    const v = loopVar('cp');
    return cmdPara(`FOR ${v} IN ${list}`) + body(`$${v}`) + cmdPara(`END-FOR ${v}`);
  };
  if (part === 'stages') return each(`${k}.reached`, (v) => para(cmd(`INS ${v}`))) + each(`${k}.stages`, (v) => para(cmd(`INS ${v}`), 'ListBullet'));
  if (part === 'next') return each(`${k}.next`, (v) => para(cmd(`INS ${v}.text`), 'ListBullet') + para(cmd(`INS ${v}.where`), 'Note'));
  const widths = shares([1.3, 2.4, 0.9, 1.7, 1.7]);
  const labels = ['Toolkit section', 'Checkpoint', 'Status', 'Note', 'Evidence'];
  const columns = ['section', 'text', 'status', 'note', 'evidence'];
  return (
    each(`${k}.intro`, (v) => para(cmd(`INS ${v}`))) +
    each(`${k}.groups`, (g) => {
      const r = loopVar('checkpoint');
      return (
        para(cmd(`INS ${g}.heading`), 'Heading2') +
        table(
          widths,
          [
            row(labels.map((l, i) => cell(para(run(l), 'TableLabel'), widths[i], true)).join(''), true),
            ...loopRows(
              `${g}.rows`,
              r,
              widths,
              columns.map((c) => para(cmd(`INS $${r}.${c}`), 'TableCompact')),
            ),
          ],
          field.label,
        )
      );
    })
  );
}
