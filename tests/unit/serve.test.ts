// `npm start` serves the built site as a static host would (scripts/serve.mjs): text compressed with gzip when the
// browser accepts it, as hosts such as Netlify and GitHub Pages do, so that what is measured on it (npm run measure,
// Lighthouse) is what people get; files that gain nothing from it, and browsers that do not ask for it, get them as
// they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST } from '../support/built-site.ts';

const PORT = 4400 + (process.pid % 500);

async function get(path: string, acceptEncoding?: string) {
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: PORT, path, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('the server gzips text for browsers that accept it, and only text', async () => {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT), '--dir', DIST, '--base', '/'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await once(server.stdout, 'data');
    const page = readFileSync(join(DIST, 'templates/budget/index.html'));
    const zipped = await get('/templates/budget/', 'gzip, deflate, br');
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(zipped.headers.vary, 'accept-encoding');
    assert.ok(zipped.body.length < page.length / 3, `${zipped.body.length} bytes sent for a ${page.length}-byte page`);
    assert.deepEqual(gunzipSync(zipped.body), page);
    // The site's headers still come with it.
    assert.match(String(zipped.headers['content-security-policy']), /default-src 'none'/);

    const plain = await get('/templates/budget/');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(plain.body, page);

    const docx = await get('/docx/budget.docx', 'gzip');
    assert.equal(docx.headers['content-encoding'], undefined, 'a Word document is compressed already');

    const missing = await get('/no-such-page/', 'gzip');
    assert.equal(missing.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(missing.body), readFileSync(join(DIST, '404.html')));
  } finally {
    server.kill();
  }
});
