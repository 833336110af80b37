import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { toolkitSchema, resourceSchema } from './schemas/toolkit.ts';
import { backgroundSchema, faqSchema, glossarySchema } from './schemas/reference.ts';
import { safetyAction7Schema } from './schemas/safety-action-7.ts';
import { newerGuidanceSchema } from './schemas/newer-guidance.ts';
import { listInFile } from './utils/list-file.ts';

const toolkit = defineCollection({
  loader: glob({
    base: './content/toolkit',
    pattern: '*/*.mdx',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: toolkitSchema,
});

const resources = defineCollection({
  loader: file('./content/resources.yaml', { parser: (text) => listInFile(text, 'resources', 'content/resources.yaml') as Record<string, unknown>[] }),
  schema: resourceSchema.omit({ id: true }),
});

const faq = defineCollection({
  loader: glob({ base: './content/faq', pattern: '*.md' }),
  schema: faqSchema,
});

const glossary = defineCollection({
  loader: glob({ base: './content/glossary', pattern: '*.md', generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
  schema: glossarySchema,
});

const background = defineCollection({
  loader: glob({ base: './content/background', pattern: '*.{md,mdx}', generateId: ({ entry }) => entry.replace(/\.mdx?$/, '') }),
  schema: backgroundSchema,
});

const safetyAction7 = defineCollection({
  loader: file('./content/safety-action-7.yaml', {
    parser: (text) => listInFile(text, 'requirements', 'content/safety-action-7.yaml') as Record<string, unknown>[],
  }),
  schema: safetyAction7Schema.omit({ id: true }),
});

/** Our "Newer guidance" notes: one file per note, named <section>-<what-changed>.yaml. */
const newerGuidance = defineCollection({
  loader: glob({ base: './content/newer-guidance', pattern: '*.yaml', generateId: ({ entry }) => entry.replace(/\.yaml$/, '') }),
  schema: newerGuidanceSchema,
});

export const collections = { toolkit, resources, faq, glossary, background, safetyAction7, 'newer-guidance': newerGuidance };
