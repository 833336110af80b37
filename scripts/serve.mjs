#!/usr/bin/env node
// Serves the built site from dist/ on 127.0.0.1, as a static host would: clean URLs,
// directory index files, the site's own 404 page, the headers in its _headers file (from public/_headers), and
// text compressed with gzip when the browser accepts it.
// Usage: node scripts/serve.mjs [--port 4321] [--dir dist] [--base /]
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { headersFor, readHeaderRules } from '../src/security/headers.mjs';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});
const root = resolve(values.dir);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}. Run "npm run build" first.`);
  process.exit(1);
}
// The built copy of public/_headers, as a host would read it; public/_headers itself for an older build.
const headerRules = readHeaderRules(existsSync(join(root, '_headers')) ? join(root, '_headers') : new URL('../public/_headers', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.webmanifest': 'application/manifest+json',
};

// Pagefind's own files are compressed already; images and documents gain nothing.
const COMPRESSED_TYPES = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

/** Sends a file, gzipped where the browser accepts it and the type is text, as hosts such as Netlify do. */
function send(req, res, status, headers, file) {
  const gzip = COMPRESSED_TYPES.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.writeHead(status, {
    ...headers,
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    vary: 'accept-encoding',
  });
  if (req.method === 'HEAD') res.end();
  else if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
  else createReadStream(file).pipe(res);
}

function fileFor(pathname) {
  if (!pathname.startsWith(base) || pathname === `${base}_headers`) return undefined;
  const relative = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, relative);
  if (!file.startsWith(root)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  // _headers paths are relative to the site's root, wherever the site is served from.
  const headers = headersFor(headerRules, pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname);
  if (!pathname.endsWith('/') && !extname(pathname) && fileFor(`${pathname}/`)) {
    res.writeHead(301, { ...headers, location: `${pathname}/` }).end();
    return;
  }
  const file = fileFor(pathname);
  if (!file) {
    send(req, res, 404, headers, join(root, '404.html'));
    return;
  }
  send(req, res, 200, headers, file);
});
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
