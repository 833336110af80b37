import { z } from 'zod';

/**
 * One Safety Action 7 evidence requirement as a source quotes it (content/safety-action-7.yaml).
 * `lead` and `quote` are the source's exact words; everything else is ours.
 */
export const safetyAction7Schema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Position on the page: toolkit order, then the FAQ. */
  order: z.number().int().min(1),
  /** Our short heading for the requirement. */
  title: z.string().min(5),
  /** Where the words are: a toolkit section ("2.5") or an FAQ question ("12"). */
  source: z.enum(['toolkit', 'faq']),
  where: z.string().regex(/^\d+(\.\d{1,2})?$/),
  /** Our words: which year of the scheme the source names, if any, and when the source was published. */
  when: z.string().min(10),
  /** The source's own sentence that introduces the requirement, word for word (link markup removed). */
  lead: z.string().min(10).optional(),
  /** The requirement, word for word. */
  quote: z.string().min(10),
  /** The source puts the requirement in quotation marks (it is quoting the scheme itself). */
  marks: z.boolean(),
  /** Our words: what evidence satisfies it. */
  evidence: z.array(z.string().min(10)).min(1),
  /** Our templates that produce or help with the evidence, and how. */
  templates: z.array(z.object({ slug: z.string().regex(/^[a-z0-9-]+$/), how: z.string().min(10) })).min(1),
});

export type SafetyAction7Requirement = z.infer<typeof safetyAction7Schema>;
