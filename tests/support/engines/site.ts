// The built site as the engine tests see it: scripts/serve.mjs (the real headers) behind a small proxy in the
// test process. The proxy can act offline or refuse chosen files (a lazily loaded chunk), which neither
// WebKitWebDriver nor every browser's automation offers, and adds one same-origin script to each page that
// records script errors, rejected promises, CSP violations and console errors in sessionStorage, because
// WebKitWebDriver has no log to read them from (the site's CSP allows scripts from 'self').
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import { once } from 'node:events';

export const ERRORS_KEY = 'engine-test:errors';
const RECORDER_PATH = '/__engine-test__/errors.js';
const RECORDER = `(() => {
  // Requests cut off because the page is being left are not errors of the page.
  let leaving = false;
  addEventListener('beforeunload', () => { leaving = true; });
  addEventListener('pagehide', () => { leaving = true; });
  addEventListener('pageshow', () => { leaving = false; });
  const push = (what) => { if (leaving) return; try { const all = JSON.parse(sessionStorage.getItem('${ERRORS_KEY}') || '[]'); all.push(String(what).slice(0, 300)); sessionStorage.setItem('${ERRORS_KEY}', JSON.stringify(all)); } catch {} };
  // Firefox fires "error" at a <link rel="modulepreload"> for a module the page has already loaded (Vite's preload
  // helper adds such links for a lazy part's imports), so such a file is asked for once more: only if that fails
  // too did it fail to load.
  addEventListener('error', (e) => {
    if (e.message) return push('error: ' + e.message + ' (' + (e.filename || '') + ':' + (e.lineno || '') + ')');
    const url = (e.target && (e.target.src || e.target.href)) || 'a resource';
    if (!(e.target instanceof HTMLLinkElement && e.target.rel === 'modulepreload')) return push('failed to load: ' + url);
    fetch(url).then((answer) => { if (!answer.ok) push('failed to load: ' + url + ' (' + answer.status + ')'); }, () => push('failed to load: ' + url));
  }, true);
  addEventListener('unhandledrejection', (e) => push('unhandled rejection: ' + ((e.reason && e.reason.message) || e.reason)));
  addEventListener('securitypolicyviolation', (e) => push('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
  const consoleError = console.error;
  console.error = (...args) => { push('console.error: ' + args.join(' ')); consoleError.apply(console, args); };
})();`;

export interface TestSite {
  url: (path: string) => string;
  origin: string;
  /** Every request fails, as when the device has no connection. */
  offline: boolean;
  /** Requests whose path matches fail (503), as a chunk that cannot be fetched. */
  block: RegExp | undefined;
  /** Paths requested since the last `requests.length = 0`. */
  requests: string[];
  close: () => Promise<void>;
}

/** Serves dist/ on `port + 1` with scripts/serve.mjs and the proxy on `port`. */
export async function startSite(port: number): Promise<TestSite> {
  const backendPort = port + 1;
  const server: ChildProcess = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(backendPort)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`scripts/serve.mjs exited (${code}): is dist/ built and port ${backendPort} free?`)));
    server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Serving') && resolve());
  });

  const site: TestSite = {
    origin: `http://127.0.0.1:${port}`,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    offline: false,
    block: undefined,
    requests: [],
    close: async () => {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
      if (server.exitCode === null) {
        server.kill();
        await once(server, 'exit');
      }
    },
  };

  const proxy: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', site.origin).pathname;
    site.requests.push(path);
    if (site.offline) {
      req.socket.destroy();
      return;
    }
    // Refused with an answer rather than a dropped connection: Firefox asks again, many times over several seconds,
    // when a connection drops, as it would on a real network; an answer it cannot use fails at once in every engine.
    if (site.block?.test(path)) {
      res.writeHead(503, { 'content-type': 'text/plain', 'cache-control': 'no-store', connection: 'close' }).end('Refused by the test');
      return;
    }
    if (path === RECORDER_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }).end(RECORDER);
      return;
    }
    const forward = request(
      {
        host: '127.0.0.1',
        port: backendPort,
        path: req.url,
        method: req.method,
        // Uncompressed, so the recorder can be added to the HTML.
        headers: { ...req.headers, host: `127.0.0.1:${backendPort}`, 'accept-encoding': 'identity' },
      },
      (answer) => {
        const type = String(answer.headers['content-type'] ?? '');
        if (!type.startsWith('text/html')) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () => {
          const html = Buffer.concat(chunks)
            .toString('utf8')
            .replace(/<head>/i, `<head><script src="${RECORDER_PATH}"></script>`);
          const headers = { ...answer.headers };
          delete headers['content-length'];
          res.writeHead(answer.statusCode ?? 502, headers).end(html);
        });
      },
    );
    forward.on('error', () => res.destroy());
    req.pipe(forward);
  });
  proxy.listen(port, '127.0.0.1');
  await once(proxy, 'listening');
  return site;
}
