// Every built page is valid HTML by html-validate's recommended rules, with the exceptions (and their reasons)
// in .htmlvalidate.mjs.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate, type Report } from 'html-validate';
import { builtPages, DIST, SUBPATH_DIST } from '../support/built-site.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

function describe(report: Report): string {
  return report.results.flatMap((result) => result.messages.map((m) => `${result.filePath}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`)).join('\n');
}

test('the project configuration is in force: a button without a type is reported', async () => {
  const report = await validator.validateString(
    '<!doctype html><html lang="en"><head><title>x</title></head><body><button>x</button></body></html>',
    'dist/probe.html',
  );
  assert.equal(report.valid, false);
  assert.match(describe(report), /no-implicit-button-type/);
});

for (const [name, dist] of [
  ['site', DIST],
  ['sub-path build', SUBPATH_DIST],
] as const) {
  test(`every page of the ${name} is valid HTML`, async () => {
    assert.ok(existsSync(dist), `No build in ${dist}: run npm test, which makes both`);
    const pages = builtPages(dist);
    assert.ok(pages.length > 50, `expected the whole site in ${dist}, found ${pages.length} pages`);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(page.file);
      if (!report.valid) problems.push(describe(report));
    }
    assert.deepEqual(problems, [], problems.join('\n'));
  });
}
