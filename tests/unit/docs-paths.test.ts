// The guides name real files: every project path in backticks in README.md, CONTRIBUTING.md, docs/*.md and
// tests/README.md exists, so a file renamed or removed without its documentation fails here, naming both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

const TOP = ['src', 'templates', 'scripts', 'tests', 'content', 'public', 'docs', '.ci'];
/** Made by the build, so absent from a fresh clone. */
const GENERATED = ['public/docx'];

/** Paths in backticks that name a file or folder of the project: `src/…`, `tests/unit/x.test.ts`, a file beside the line's base. */
function pathsIn(markdown: string): string[] {
  const paths = new Set<string>();
  for (const [, code] of markdown.matchAll(/`([^`\n]+)`/g)) {
    for (const word of code.split(/[\s,()]+/)) {
      const path = word.replace(/[:;.]+$/, '').replace(/#.*$/, '');
      if (!TOP.some((top) => path.startsWith(`${top}/`))) continue;
      if (/[<>*{}[\]|…$]|\.\.\./.test(path.replace(/\[(chapter|section|slug)\]/g, ''))) continue; // a pattern, not one file
      paths.add(path);
    }
  }
  return [...paths];
}

/** The same for the diagrams: lines inside ``` blocks that name a path from the project's top folders. */
function pathsInDiagrams(markdown: string): string[] {
  const paths = new Set<string>();
  for (const [, block] of markdown.matchAll(/```[a-z]*\n([\s\S]*?)```/g)) {
    for (const match of block.matchAll(/(?:^|[\s(+→])((?:src|templates|scripts|tests|content|public)\/[\w./[\]-]+)/g)) {
      const path = match[1].replace(/[.,:;]+$/, '');
      if (/[<>*{}|…]/.test(path) || path.endsWith('/')) continue;
      paths.add(path);
    }
  }
  return [...paths];
}

function guides(): string[] {
  const docs = existsSync('docs')
    ? readdirSync('docs')
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`)
    : [];
  return ['README.md', 'CONTRIBUTING.md', 'tests/README.md', ...docs].filter((f) => existsSync(f));
}

test('every file or folder the guides name in backticks or diagrams exists', () => {
  const missing: string[] = [];
  for (const guide of guides()) {
    const text = readFileSync(guide, 'utf8');
    for (const path of new Set([...pathsIn(text), ...pathsInDiagrams(text)])) {
      const candidates = [path, normalize(join(dirname(guide), path))];
      if (GENERATED.some((g) => path.startsWith(g))) continue;
      if (!candidates.some((c) => existsSync(c))) missing.push(`${guide}: ${path}`);
    }
  }
  assert.deepEqual(missing, [], `the guides name files that do not exist:\n  ${missing.join('\n  ')}`);
});

test('a renamed file is caught in backticks and in a diagram; patterns are left alone', () => {
  const text = [
    'See `tests/e2e/progress.spec.ts` and `templates/<slug>/definition.ts` and `src/pages/toolkit/[chapter]/[section].astro`.',
    '```',
    'content/faq/*.md',
    '  │  src/components/search/query.ts (parsing)',
    '```',
  ].join('\n');
  assert.deepEqual(pathsIn(text), ['tests/e2e/progress.spec.ts', 'src/pages/toolkit/[chapter]/[section].astro']);
  assert.deepEqual(pathsInDiagrams(text), ['src/components/search/query.ts']);
});

test('tests/README.md gives every test, table and helper file its line, and lists no file that is gone', () => {
  const readme = readFileSync('tests/README.md', 'utf8');
  // The first cell of each table row: `a.ts`, or several as `a.ts`, `b.ts`.
  const listed = new Set([...readme.matchAll(/^\| `([^|]+)` \|/gm)].flatMap((m) => m[1].split('`, `')).filter((f) => f.endsWith('.ts')));
  const files = [
    ...readdirSync('tests/unit'),
    ...readdirSync('tests/e2e'),
    ...readdirSync('tests/engines'),
    ...readdirSync('tests/support').map((f) => `support/${f}`),
    ...readdirSync('tests/support/engines').map((f) => `support/engines/${f}`),
    ...readdirSync('tests/search').map((f) => `search/${f}`),
    ...readdirSync('tests'),
  ].filter((f) => f.endsWith('.ts'));
  assert.deepEqual(
    files.filter((f) => !listed.has(f)),
    [],
    'files with no line in tests/README.md',
  );
  const exists = (f: string) => ['tests/unit', 'tests/e2e', 'tests/engines', 'tests'].some((dir) => existsSync(join(dir, f)));
  assert.deepEqual(
    [...listed].filter((f) => !exists(f)),
    [],
    'lines in tests/README.md for files that do not exist',
  );
});
