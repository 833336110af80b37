// The built site's scripts and styles use nothing newer than the browsers in the support policy
// (src/browser-support.mjs, docs/browsers.md): an older iPhone that cannot parse one script loses all of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cssFindings, jsFindings } from '../support/browser-features.ts';
import { DIST } from '../support/built-site.ts';
import { SUPPORTED_BROWSERS, BUILD_TARGET } from '../../src/browser-support.mjs';

function filesIn(dir: string, extension: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesIn(full, extension) : name.endsWith(extension) ? [full] : [];
  });
}

test('the build is compiled for the browsers the policy names', () => {
  const config = readFileSync('astro.config.mjs', 'utf8');
  assert.match(config, /target: BUILD_TARGET, cssTarget: BUILD_TARGET/);
  assert.deepEqual(BUILD_TARGET, [
    `safari${SUPPORTED_BROWSERS.safari}`,
    `ios${SUPPORTED_BROWSERS.safari}`,
    `chrome${SUPPORTED_BROWSERS.chrome}`,
    `edge${SUPPORTED_BROWSERS.edge}`,
    `firefox${SUPPORTED_BROWSERS.firefox}`,
  ]);
});

test('no built script uses syntax or built-ins newer than the supported browsers (Pagefind and the service worker included)', () => {
  const scripts = filesIn(DIST, '.js');
  assert.ok(scripts.length > 10, 'the site is built');
  const findings = scripts.flatMap((file) => jsFindings(readFileSync(file, 'utf8'), relative(DIST, file)));
  assert.deepEqual(
    findings.map((f) => `${f.where}: ${f.feature}`),
    [],
  );
});

test('no built stylesheet uses a feature newer than the supported browsers outside an @supports test for it', () => {
  const sheets = filesIn(DIST, '.css');
  assert.ok(sheets.length > 0, 'the site is built');
  const findings = sheets.flatMap((file) => cssFindings(readFileSync(file, 'utf8'), relative(DIST, file)));
  assert.deepEqual(
    findings.map((f) => `${f.where}: ${f.feature}`),
    [],
  );
});

test('the checks find what older Safari cannot run, naming the file and the feature', () => {
  const found = (code: string) => jsFindings(code, '_astro/planted.js').map((f) => `${f.where}: ${f.feature}`);
  assert.deepEqual(found('const a = 1;\nexport const dots = (s) => s.replace(/(?<!\\d)\\./g, " ");'), ['_astro/planted.js:2: regex lookbehind (Safari 16.4)']);
  assert.deepEqual(found('const r = new RegExp("(?<=a)b");'), ['_astro/planted.js:1: regex lookbehind in new RegExp (Safari 16.4)']);
  assert.deepEqual(found('class A {\n  static { this.x = 1; }\n}'), ['_astro/planted.js:2: class static block (Safari 16.4)']);
  assert.deepEqual(found('const s = [3, 1].toSorted();'), ['_astro/planted.js:1: Array.prototype.toSorted (Safari 16)']);
  assert.deepEqual(found('const { promise } = Promise.withResolvers();\nutil.isError = (e) => e instanceof Error;'), [
    '_astro/planted.js:1: Promise.withResolvers (Safari 17.4)',
  ]);
  assert.match(found('const v = /[\\p{L}--[a-z]]/v;')[0], /^_astro\/planted\.js:1: syntax newer than ES2022/);
  assert.deepEqual(found('const ok = a?.b ?? c; class B { #x = 1; has(o) { return #x in o; } } export { ok, B };'), []);

  const css = (text: string) => cssFindings(text, 'planted.css').map((f) => `${f.where}: ${f.feature}`);
  assert.deepEqual(css('.a{color:red}\n.b{color:blue;&:hover{color:green}}'), ['planted.css:2: CSS nesting (Safari 16.5)']);
  assert.deepEqual(css('@media (min-width:40em){.a{color:red}}.b{background:color-mix(in srgb,red,blue)}'), ['planted.css:1: color-mix() (Safari 16.2)']);
  assert.deepEqual(css(':root{--ink:light-dark(#000,#fff)}'), ['planted.css:1: light-dark() (Safari 17.5)']);
  assert.deepEqual(css(':root{--ink:light-dark(#000,#fff)}@supports not (color:light-dark(#000,#fff)){:root{--ink:#000}}'), []);
  assert.deepEqual(css('@media (min-width:40em){@supports (display:grid){.a{display:grid}}}'), []);
});
