import { z } from 'zod';

/** Topics of /what-has-changed/, in the order the page shows them. */
export const GUIDANCE_TOPICS = {
  terms: 'Terms: MVP to MNVP, LMS to LMNS, CCG to ICB, chair to MNVP lead',
  'the-guidance': 'The MNVP guidance and this toolkit',
  'funding-and-employment': 'Funding, hosting and employment',
  roles: 'Roles',
  'workplan-and-evidence': 'Workplan and evidence',
  neonatal: 'Neonatal',
  safety: 'Safety',
} as const;
export type GuidanceTopic = keyof typeof GUIDANCE_TOPICS;
const topicIds = Object.keys(GUIDANCE_TOPICS) as [GuidanceTopic, ...GuidanceTopic[]];

/** Words copied exactly from one answer of NHS England's FAQ for ICBs (tests check them against the source). */
const faqQuote = z.object({
  question: z.number().int().min(1).max(17),
  words: z.string().min(10),
});

/** A source, other than the FAQ, for a fact the note states (cited by title: we never invent an address). */
const otherSource = z.object({ title: z.string().min(3), publisher: z.string().optional(), date: z.string().optional() });

/**
 * One "Newer guidance" note: our own words on where NHS England's FAQ for ICBs (issued with the
 * MNVP guidance of November 2023) says something newer, stricter or different from a toolkit section.
 */
export const newerGuidanceSchema = z.object({
  /** The numbered toolkit section it belongs to, "2.5". */
  section: z.string().regex(/^[1-5]\.\d{1,2}$/, 'section must be a numbered section such as "2.5"'),
  topics: z.array(z.enum(topicIds)).min(1),
  /** The note's heading: what has changed, in a few words. */
  title: z.string().min(5).max(90),
  /** What the toolkit (March 2022) says, in our words. */
  toolkitSays: z.string().min(30),
  /** What the FAQ for ICBs says now, in our words. */
  nowSays: z.string().min(30),
  quotes: z.array(faqQuote).min(1),
  /** Where a fact in the note comes from, when it is not the toolkit or the FAQ. */
  otherSources: z.array(otherSource).default([]),
  /** Order among the notes of one section (lower first). */
  order: z.number().int().default(0),
});

export type NewerGuidanceData = z.infer<typeof newerGuidanceSchema>;
