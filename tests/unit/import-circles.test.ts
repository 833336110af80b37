// No import circles in the project's own code: each file can be read, tested and moved without the files
// that import it. A shared type or constant that two files need lives in a third file both import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeCircle, importCircles, importGraph, type ImportCircle } from '../support/import-graph.ts';

const FOLDERS = ['src', 'templates', 'scripts', 'tests'];

const describe = (circles: ImportCircle[]) => circles.map((circle) => `  ${describeCircle(circle)}`).join('\n');

test('no import circles in src/, templates/, scripts/ or tests/', () => {
  const graph = importGraph(process.cwd(), FOLDERS);
  assert.ok(graph.size > 150, `only ${graph.size} source files found: is the test run from the project's folder?`);
  const circles = importCircles(graph);
  assert.equal(circles.length, 0, `${circles.length} import circle(s); move what both files need into a file of its own:\n${describe(circles)}`);
});

test('a planted circle is found and its files named, whichever kind of import closes it', () => {
  const root = mkdtempSync(join(tmpdir(), 'import-circles-'));
  try {
    mkdirSync(join(root, 'src/outputs'), { recursive: true });
    mkdirSync(join(root, 'src/pages'), { recursive: true });
    const files: Record<string, string> = {
      'src/outputs/index.ts': "export const formats = { docx: () => import('./docx.ts') };\n",
      'src/outputs/docx.ts': "import type { Context } from './index.ts';\nexport const render = (c: Context) => c;\n",
      'src/shared.ts': "export { x } from './leaf.ts';\n",
      'src/leaf.ts': 'export const x = 1;\n',
      'src/self.mjs': "import './self.mjs';\n",
      'src/pages/a.astro': "---\nimport { y } from '../b.ts';\n---\n<p>{y}</p>\n",
      'src/b.ts': "export const y = 1;\nexport const later = () => import('./pages/a.astro');\n",
      'src/csv.ts':
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the planted file's code has a template literal; TypeScript's quick pre-parser lost its place after one.
        "export const f = (rows: string[][]) => `\\ufeff${rows.map((r) => r.join(',')).join('\\r\\n')}\\r\\n`;\nimport { g } from './ctx.ts';\nexport const h = g;\n",
      'src/ctx.ts': "import type { f } from './csv.ts';\nexport const g: typeof f | null = null;\n",
    };
    for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
    assert.deepEqual(
      importCircles(importGraph(root, ['src'])).map((c) => c.path),
      [
        ['src/b.ts', 'src/pages/a.astro', 'src/b.ts'],
        ['src/csv.ts', 'src/ctx.ts', 'src/csv.ts'],
        ['src/outputs/docx.ts', 'src/outputs/index.ts', 'src/outputs/docx.ts'],
        ['src/self.mjs', 'src/self.mjs'],
      ],
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a longer circle is written as one path through its files', () => {
  const graph = new Map([
    ['a.ts', ['b.ts']],
    ['b.ts', ['c.ts', 'd.ts']],
    ['c.ts', ['a.ts']],
    ['d.ts', []],
  ]);
  assert.deepEqual(importCircles(graph), [{ files: ['a.ts', 'b.ts', 'c.ts'], path: ['a.ts', 'b.ts', 'c.ts', 'a.ts'] }]);
});

test('every file of a group is named, even those off the path written', () => {
  const graph = new Map([
    ['index.ts', ['amounts.ts', 'costs.ts']],
    ['amounts.ts', ['index.ts']],
    ['costs.ts', ['index.ts']],
  ]);
  const [circle] = importCircles(graph);
  assert.equal(describeCircle(circle), 'amounts.ts → index.ts → amounts.ts (and, in the same circle, costs.ts)');
});
