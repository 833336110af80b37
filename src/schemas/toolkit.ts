import { z } from 'zod';

export const STAGES = ['introduction', 'setting-up', 'getting-established', 'consolidating', 'pioneering'] as const;
export type Stage = (typeof STAGES)[number];

export const TOPICS = [
  'budget',
  'pay',
  'expenses',
  'equity',
  'neonatal',
  'governance',
  'feedback',
  'meetings',
  'representation',
  'coproduction',
  'recruitment',
  'training',
  'communication',
  'workplan',
  'safety',
  'lms',
  'support',
  'mental-health',
  'research',
  'partnership',
] as const;

export const AUDIENCES = ['service-users', 'staff', 'commissioners'] as const;

/** Chapter number for each stage, as the toolkit numbers them. */
export const STAGE_CHAPTER: Record<Stage, number> = {
  introduction: 1,
  'setting-up': 2,
  'getting-established': 3,
  consolidating: 4,
  pioneering: 5,
};

export const toolkitSchema = z
  .object({
    title: z.string().min(3),
    /** "2" for a chapter overview, "2.5" for a subsection. Compare with compareSectionNumbers, not as strings. */
    section: z.string().regex(/^[1-5](\.\d{1,2})?$/, 'section must look like "2" or "2.5"'),
    stage: z.enum(STAGES),
    summary: z.string().min(20, 'summary must be one full sentence').max(240),
    topics: z.array(z.enum(TOPICS)).min(1),
    audience: z.array(z.enum(AUDIENCES)).min(1),
    /** Words people type that the text itself may not contain (synonyms); indexed for search, never shown. */
    keywords: z.array(z.string().min(2)).default([]),
    /** Questions the section answers, in our plain words (not toolkit text): shown at its foot and searched. */
    questions: z.array(z.string().min(10).max(100).regex(/\?$/, 'each question ends with a question mark')).max(6).default([]),
  })
  .refine((d) => Number(d.section.split('.')[0]) === STAGE_CHAPTER[d.stage], {
    message: 'section number does not belong to this stage (e.g. 2.x is setting-up)',
    path: ['section'],
  });

export type ToolkitData = z.infer<typeof toolkitSchema>;

/** How the resources page groups what the toolkit cites. */
export const RESOURCE_KINDS = ['guidance', 'template', 'training', 'network', 'report', 'website', 'campaign', 'example'] as const;

export const resourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(2),
  publisher: z.string().optional(),
  year: z.string().optional(),
  description: z.string().min(10),
  kind: z.enum(RESOURCE_KINDS),
});
