// public/_headers is the one source of the site's security headers; the built pages must fit its
// Content-Security-Policy, and the offline service worker must be versioned by the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtPages, DIST } from '../support/built-site.ts';
import { headersFor, parseHeaders, parsePolicy, astroCspFromHeaders } from '../../src/security/headers.mjs';
import { filesIn, siteVersion } from '../../scripts/lib/service-worker.mjs';

const rules = parseHeaders(readFileSync('public/_headers', 'utf8'));
const policy = parsePolicy(headersFor(rules, '/')['content-security-policy']);
const pages = builtPages().map((p) => ({ ...p, html: readFileSync(p.file, 'utf8') }));

test('the policy is strict: nothing from elsewhere, no eval, no inline code but one hashed script, no framing', () => {
  assert.deepEqual(policy.get('default-src'), ["'none'"]);
  assert.deepEqual(policy.get('frame-ancestors'), ["'none'"]);
  assert.deepEqual(policy.get('base-uri'), ["'none'"]);
  for (const [directive, sources] of policy) {
    assert.ok(!sources.includes("'unsafe-inline'") && !sources.includes("'unsafe-eval'"), directive);
    assert.ok(
      sources.every((s) => s.startsWith("'")),
      `${directive} names no host: ${sources.join(' ')}`,
    );
  }
  assert.deepEqual(
    policy.get('script-src')?.filter((s) => !s.startsWith("'sha256-")),
    ["'self'", "'wasm-unsafe-eval'"],
  );
});

test('no header is set by two rules for the same file, as hosts would join the two values', () => {
  for (const file of filesIn(DIST)) {
    const path = `/${file}`.replace(/index\.html$/, '');
    const names = rules
      .filter((r) => headersFor([r], path) && Object.keys(headersFor([r], path)).length)
      .flatMap((r) => r.headers.map(([n]) => n.toLowerCase()));
    assert.equal(new Set(names).size, names.length, `${path}: ${names.join(', ')}`);
  }
});

test('astro.config.mjs gets the same policy, less what only a header can carry', () => {
  const astro = astroCspFromHeaders(rules);
  assert.deepEqual(astro.scriptDirective.resources, ["'self'", "'wasm-unsafe-eval'"]);
  assert.ok(astro.directives.includes("default-src 'none'"));
  assert.ok(!astro.directives.some((d) => d.startsWith('frame-ancestors')));
});

test('every inline script on every page is allowed by a hash in the header policy', () => {
  const allowed = new Set(policy.get('script-src'));
  const missing: string[] = [];
  for (const { path, html } of pages) {
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=/.test(attrs) || /type="application\/(ld\+)?json"/.test(attrs)) continue;
      const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
      if (!allowed.has(hash)) missing.push(`${path}: ${hash} ${body.slice(0, 60)}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('no page has inline styles or event-handler attributes, which the policy would block', () => {
  const found: string[] = [];
  for (const { path, html } of pages) {
    const body = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
    for (const [m] of body.matchAll(/<style\b|\sstyle="|\son[a-z]+="/gi)) found.push(`${path}: ${m}`);
  }
  assert.deepEqual(found, []);
});

test('sw.js is versioned by a hash of the build and keeps the offline page from the first visit', () => {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  assert.equal(/const VERSION = "([0-9a-f]+)"/.exec(sw)?.[1], siteVersion(DIST));
  const precache = JSON.parse(/const PRECACHE = (\[.*\]);/.exec(sw)![1]) as string[];
  assert.equal(precache[0], 'offline/');
  for (const path of precache) assert.ok(existsSync(join(DIST, path, path.endsWith('/') ? 'index.html' : '')), path);
  assert.ok(
    precache.some((p) => p.endsWith('.css')),
    'the offline page is styled',
  );
});

test('the version changes when any built file changes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sw-version-'));
  try {
    writeFileSync(join(dir, 'a.html'), 'one');
    const before = siteVersion(dir);
    writeFileSync(join(dir, 'sw.js'), 'ignored');
    assert.equal(siteVersion(dir), before);
    writeFileSync(join(dir, 'a.html'), 'two');
    assert.notEqual(siteVersion(dir), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the nginx configuration in docs/security.md sends the same headers as _headers', () => {
  const readme = readFileSync('docs/security.md', 'utf8');
  const blocks = [...readme.matchAll(/```nginx\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.equal(blocks.length, 2, 'the headers snippet and the server block');
  const snippet = Object.fromEntries([...blocks[0].matchAll(/add_header (\S+) "([^"]*)" always;/g)].map(([, n, v]) => [n.toLowerCase(), v]));
  assert.deepEqual(
    snippet,
    headersFor(
      rules.filter((r) => r.pattern === '/*'),
      '/',
    ),
  );
  const location = (name: string) => /add_header Cache-Control "([^"]*)"/.exec(blocks[1].slice(blocks[1].indexOf(name)))?.[1];
  assert.equal(location('location /_astro/'), headersFor(rules, '/_astro/x.js')['cache-control']);
  assert.equal(location('location = /sw.js'), headersFor(rules, '/sw.js')['cache-control']);
});
