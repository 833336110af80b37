// The content editor (npm run edit) and the zod schemas that guard the build must agree: every limit, option
// list, list length and required field. See tests/support/editor-agreement.ts for how the cases are made.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { createReader } from '@keystatic/core/reader';
import config from '../../src/editor/config.ts';
import { z } from 'zod';
import { resourceSchema, toolkitSchema } from '../../src/schemas/toolkit.ts';
import { checkpointsSchema } from '../../src/schemas/checkpoints.ts';
import { safetyAction7Schema } from '../../src/schemas/safety-action-7.ts';
import { newerGuidanceSchema } from '../../src/schemas/newer-guidance.ts';
import { backgroundSchema, faqSchema, glossarySchema } from '../../src/schemas/reference.ts';
import { disagreements, type EditedCollection } from '../support/editor-agreement.ts';

const COLLECTIONS: EditedCollection[] = [
  { name: 'toolkit', schema: toolkitSchema, dir: 'content/toolkit', slug: 'setting-up/budget', extension: '.mdx', readOnly: ['title', 'section', 'stage'] },
  { name: 'newerGuidance', schema: newerGuidanceSchema, dir: 'content/newer-guidance', slug: '1-1-chair-to-mnvp-lead', extension: '.yaml', readOnly: [] },
  { name: 'faq', schema: faqSchema, dir: 'content/faq', slug: 'q05-how-much-funding', extension: '.md', readOnly: ['number'] },
  { name: 'glossary', schema: glossarySchema, dir: 'content/glossary', slug: 'icb', extension: '.md', readOnly: [] },
  { name: 'explainers', schema: backgroundSchema, dir: 'content/background', slug: 'how-the-system-fits', extension: '.mdx', readOnly: ['title', 'kind'] },
];

/** The lists kept in one file each: the file holds one named list, checked entry by entry by the zod schema. */
const LISTS: EditedCollection[] = [
  {
    name: 'resources',
    schema: z.object({ resources: z.array(resourceSchema) }),
    dir: 'content',
    slug: 'resources',
    extension: '.yaml',
    readOnly: [],
    singleton: true,
  },
  {
    name: 'safetyAction7',
    schema: z.object({ requirements: z.array(safetyAction7Schema) }),
    dir: 'content',
    slug: 'safety-action-7',
    extension: '.yaml',
    readOnly: [],
    singleton: true,
  },
  {
    name: 'checkpoints',
    schema: z.object({ checkpoints: checkpointsSchema }),
    dir: 'content/progress',
    slug: 'checkpoints',
    extension: '.yaml',
    readOnly: [],
    singleton: true,
  },
];

for (const collection of [...COLLECTIONS, ...LISTS]) {
  test(`editor and zod agree on ${collection.name} (${collection.slug})`, async () => {
    const { checked, found } = await disagreements(config, collection);
    assert.deepEqual(found, []);
    assert.ok(checked >= 12, `only ${checked} cases checked`);
  });
}

test('the editor shows every field the schemas know, so saving never drops one', () => {
  for (const collection of COLLECTIONS) {
    const editorFields = Object.keys(config.collections[collection.name as keyof typeof config.collections].schema);
    const schemaFields = Object.keys((collection.schema as unknown as { shape: Record<string, unknown> }).shape);
    const missing = schemaFields.filter((field) => !editorFields.includes(field));
    assert.deepEqual(missing, [], `${collection.name}: fields the editor would drop`);
  }
  const lists: [keyof typeof config.singletons, z.ZodObject][] = [
    ['resources', resourceSchema],
    ['safetyAction7', safetyAction7Schema],
    ['checkpoints', checkpointsSchema.element],
  ];
  for (const [name, itemSchema] of lists) {
    const [list] = Object.values(config.singletons[name].schema) as { element: { fields: Record<string, unknown> } }[];
    const missing = Object.keys(itemSchema.shape).filter((field) => !(field in list.element.fields));
    assert.deepEqual(missing, [], `${name}: fields the editor would drop`);
  }
});

test('every entry on disk opens in the editor without a validation error', async () => {
  const reader = createReader(process.cwd(), config);
  const failures: string[] = [];
  let opened = 0;
  for (const name of Object.keys(config.collections) as (keyof typeof config.collections)[]) {
    for (const slug of await reader.collections[name].list()) {
      await reader.collections[name].read(slug).then(
        () => opened++,
        (error: Error) => failures.push(`${name}/${slug}: ${error.message}`),
      );
    }
  }
  for (const name of Object.keys(config.singletons) as (keyof typeof config.singletons)[]) {
    await reader.singletons[name].read().then(
      (entry) => (entry === null ? failures.push(`${name}: no file`) : opened++),
      (error: Error) => failures.push(`${name}: ${error.message}`),
    );
  }
  assert.deepEqual(failures, []);
  const toolkitFiles = readdirSync('content/toolkit', { recursive: true }).filter((f) => String(f).endsWith('.mdx')).length;
  assert.ok(opened >= toolkitFiles + 33 + 17 + 70 + 3, `opened only ${opened} entries`);
});
