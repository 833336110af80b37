import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { toolkitSchema } from '../../src/schemas/toolkit.ts';

const CONTENT = join(process.cwd(), 'content/toolkit');
const valid = {
  title: 'Budget',
  section: '2.4',
  stage: 'setting-up',
  summary: 'Helps you set a budget for your MVP.',
  topics: ['budget'],
  audience: ['commissioners'],
};

test('every toolkit file has valid frontmatter', () => {
  let count = 0;
  for (const chapter of readdirSync(CONTENT)) {
    for (const file of readdirSync(join(CONTENT, chapter))) {
      const { frontmatter } = parseFrontmatter(readFileSync(join(CONTENT, chapter, file), 'utf8'));
      const result = toolkitSchema.safeParse(frontmatter);
      assert.ok(result.success, `${chapter}/${file}: ${result.error?.message}`);
      count++;
    }
  }
  assert.equal(count, 56);
});

test('the schema rejects missing and wrong fields', () => {
  assert.ok(toolkitSchema.safeParse(valid).success);
  const { summary: _omit, ...noSummary } = valid;
  assert.equal(toolkitSchema.safeParse(noSummary).success, false);
  assert.equal(toolkitSchema.safeParse({ ...valid, section: '2.4.1' }).success, false);
  assert.equal(toolkitSchema.safeParse({ ...valid, section: '3.1' }).success, false, '3.x is not setting-up');
  assert.equal(toolkitSchema.safeParse({ ...valid, topics: ['cake'] }).success, false);
  assert.equal(toolkitSchema.safeParse({ ...valid, audience: [] }).success, false);
});

test('a content file with a wrong field fails the build with a message naming the file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mvp-schema-'));
  try {
    for (const item of ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(item, join(dir, item), { recursive: true });
    symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(
      join(dir, 'content/toolkit/setting-up/broken-section.mdx'),
      '---\ntitle: "Broken"\nsection: "2.99"\nstage: setting-up\nsummary: "A section whose audience is wrong."\ntopics: ["budget"]\naudience: ["everyone"]\n---\nText.\n',
    );
    const result = spawnSync(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'sync'], { cwd: dir, encoding: 'utf8' });
    const output = result.stdout + result.stderr;
    assert.notEqual(result.status, 0, 'astro sync should fail');
    assert.match(output, /broken-section/);
    assert.match(output, /audience/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
