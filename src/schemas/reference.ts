import { z } from 'zod';

export const FAQ_THEMES = {
  'about-the-guidance': 'About the guidance',
  finance: 'Finance',
  'mnvp-leads': 'MNVP leads',
  'infrastructure-and-workplans': 'Infrastructure and workplans',
} as const;

export const faqSchema = z.object({
  number: z.number().int().min(1).max(17),
  question: z.string().min(5),
  theme: z.enum(Object.keys(FAQ_THEMES) as [keyof typeof FAQ_THEMES, ...(keyof typeof FAQ_THEMES)[]]),
  slug: z.string().regex(/^[a-z0-9-]+$/),
  summary: z.string().min(20),
  keywords: z.array(z.string()).default([]),
});

const citation = z.object({ title: z.string(), where: z.string().optional() });

export const glossarySchema = z.object({
  term: z.string().min(2),
  expansion: z.string().optional(),
  /** Exact forms to mark in running text; none means the term is never marked automatically. */
  match: z.array(z.string().min(2)).default([]),
  related: z.array(z.string()).default([]),
  seeAlso: z.array(z.string().startsWith('/')).default([]),
  sources: z.array(citation).min(1),
  updated: z.coerce.date(),
});

const source = z.object({ title: z.string(), publisher: z.string().optional(), date: z.string().optional(), note: z.string().optional() });

export const backgroundSchema = z.object({
  title: z.string(),
  summary: z.string().optional(),
  kind: z.enum(['explainer', 'summary', 'about', 'faq-introduction']),
  published: z.coerce.date().optional(),
  publisher: z.string().optional(),
  reference: z.string().optional(),
  sources: z.array(source).default([]),
});
