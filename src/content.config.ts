import { defineCollection } from 'astro:content';
import { glob, file } from 'astro/loaders';
import { toolkitSchema, resourceSchema } from './schemas/toolkit.ts';

const toolkit = defineCollection({
  loader: glob({
    base: './content/toolkit',
    pattern: '*/*.mdx',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: toolkitSchema,
});

const resources = defineCollection({
  loader: file('./content/resources.yaml'),
  schema: resourceSchema.omit({ id: true }),
});

export const collections = { toolkit, resources };
