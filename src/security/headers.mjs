// Reads public/_headers (Netlify / Cloudflare Pages format), the one source of the site's response
// headers: the test server sends them and the build copies its Content-Security-Policy into each page.
import { readFileSync } from 'node:fs';

/** @typedef {{ pattern: string, headers: Array<[string, string]> }} HeaderRule */

/** @param {string} text @returns {HeaderRule[]} */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!m || rules.length === 0) throw new Error(`_headers line ${index + 1} is not "  Name: value" under a path: ${line}`);
    rules[rules.length - 1].headers.push([m[1], m[2].trim()]);
  }
  return rules;
}

/** @param {string | URL} file */
export const readHeaderRules = (file) => parseHeaders(readFileSync(file, 'utf8'));

/** @param {string} pattern */
const patternRegExp = (pattern) =>
  new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

/**
 * The headers for a path (relative to the site's root, starting with "/"), as a host applies them:
 * every matching rule, a header set by two rules joined with ", ".
 * @param {HeaderRule[]} rules @param {string} path @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules) {
    if (!patternRegExp(rule.pattern).test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

/** @param {string} policy @returns {Map<string, string[]>} */
export function parsePolicy(policy) {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...sources] = d.split(/\s+/);
        return [name.toLowerCase(), sources];
      }),
  );
}

/** Directives a <meta> Content-Security-Policy cannot carry: browsers ignore them there. */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'];

/**
 * The site-wide Content-Security-Policy from _headers, as Astro's `security.csp` option, which
 * writes it into a <meta> tag on every page with hashes of any inline script or style Astro adds.
 * @param {HeaderRule[]} rules
 */
export function astroCspFromHeaders(rules) {
  const csp = headersFor(rules, '/')['content-security-policy'];
  if (!csp) throw new Error('_headers sets no Content-Security-Policy for /');
  const policy = parsePolicy(csp);
  const isHash = (/** @type {string} */ s) => /^'sha(256|384|512)-/.test(s);
  const split = (/** @type {string} */ name) => {
    const sources = policy.get(name) ?? [];
    return {
      resources: sources.filter((s) => !isHash(s)),
      hashes: /** @type {Array<`sha256-${string}`>} */ (sources.filter(isHash).map((s) => s.slice(1, -1))),
    };
  };
  const directives = [...policy]
    .filter(([name]) => !['script-src', 'style-src', ...HEADER_ONLY_DIRECTIVES].includes(name))
    .map(([name, sources]) => /** @type {`default-src${string}`} */ (`${name} ${sources.join(' ')}`));
  return { algorithm: /** @type {const} */ ('SHA-256'), directives, scriptDirective: split('script-src'), styleDirective: split('style-src') };
}
