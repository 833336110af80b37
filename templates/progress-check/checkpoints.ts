// Reads the progress check's checkpoints (content/progress/checkpoints.yaml) and arranges them by stage
// and toolkit section, with each section's title and address from the toolkit's own frontmatter.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/plugins/remark-glossary/load-terms.ts';
import { checkpointsSchema, type CheckpointEntry } from '../../src/schemas/checkpoints.ts';
import { listInFile } from '../../src/utils/list-file.ts';
import { STAGES, type Stage } from '../../src/schemas/toolkit.ts';
import { compareSectionNumbers, isChapterOverview, STAGE_LABELS, toolkitPath } from '../../src/utils/sections.ts';
import type { CheckpointGroup } from '../../src/templates-engine/checkpoints/types.ts';

export const CHECKPOINTS_FILE = join(process.cwd(), 'content', 'progress', 'checkpoints.yaml');
const TOOLKIT = join(process.cwd(), 'content', 'toolkit');

export interface ToolkitSectionInfo {
  number: string;
  title: string;
  stage: Stage;
  path: string;
}

/** Every numbered section of the toolkit (1.1 … 5.6), in order. */
export function readToolkitSections(): ToolkitSectionInfo[] {
  return readdirSync(TOOLKIT, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((chapter) =>
      readdirSync(join(TOOLKIT, chapter.name))
        .filter((f) => f.endsWith('.mdx'))
        .map((file) => {
          const data = readFrontmatter(readFileSync(join(TOOLKIT, chapter.name, file), 'utf8'), file);
          return {
            number: String(data.section),
            title: String(data.title),
            stage: data.stage as Stage,
            path: toolkitPath(`${chapter.name}/${file.replace(/\.mdx$/, '')}`),
          };
        }),
    )
    .filter((s) => !isChapterOverview(s.number))
    .sort((a, b) => compareSectionNumbers(a.number, b.number));
}

/** The checkpoints as written, checked against their schema; a mistake names the entry and the problem. */
export function readCheckpointEntries(file = CHECKPOINTS_FILE): CheckpointEntry[] {
  const parsed = checkpointsSchema.safeParse(listInFile(readFileSync(file, 'utf8'), 'checkpoints', file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: checkpoint ${Number(issue.path[0]) + 1}, ${issue.path.slice(1).join('.') || 'entry'}: ${issue.message}`);
  }
  const ids = new Set<string>();
  for (const entry of parsed.data) {
    if (ids.has(entry.id)) throw new Error(`${file}: the id “${entry.id}” is used twice`);
    ids.add(entry.id);
  }
  return parsed.data;
}

/**
 * Checkpoints by stage and section, in toolkit order. Fails on a checkpoint that cites a section the
 * toolkit does not have or a template that does not exist.
 */
export function checkpointGroups(
  entries: CheckpointEntry[],
  sections: ToolkitSectionInfo[],
  templateTitle: (slug: string) => string | undefined,
): CheckpointGroup[] {
  for (const entry of entries) {
    if (!sections.some((s) => s.number === entry.section))
      throw new Error(`checkpoint “${entry.id}” cites section ${entry.section}, which the toolkit does not have`);
    for (const slug of entry.templates)
      if (!templateTitle(slug)) throw new Error(`checkpoint “${entry.id}” names the template “${slug}”, which does not exist`);
  }
  return STAGES.map((stage) => ({
    id: stage,
    label: STAGE_LABELS[stage],
    isStage: stage !== 'introduction',
    sections: sections
      .filter((s) => s.stage === stage)
      .map((s) => ({
        number: s.number,
        title: s.title,
        path: s.path,
        checkpoints: entries
          .filter((e) => e.section === s.number)
          .map((e) => ({
            id: e.id,
            text: e.text,
            ...(e.sa7 ? { sa7: true } : {}),
            ...(e.templates.length ? { helps: e.templates.map((slug) => ({ title: templateTitle(slug)!, path: `/templates/${slug}/` })) } : {}),
          })),
      }))
      .filter((s) => s.checkpoints.length > 0),
  })).filter((g) => g.sections.length > 0);
}
