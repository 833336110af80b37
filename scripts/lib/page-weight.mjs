// What a browser fetches on a page's first load, in gzip bytes by type. Shared by tests/e2e/page-weight-budgets.spec.ts
// and scripts/measure-pages.mjs; works with a Page from @playwright/test or playwright-core.
//
// Each response body is gzipped here (level 6, a common host default), so the figures do not depend on whether or how
// the server compresses.
// A host only compresses what compresses, so a body counts as min(raw, gzip): images and fonts that are already
// compressed count at their raw size. Sizes are of bodies only, not headers.
import { gzipSync } from 'node:zlib';

/** The columns every report uses, in order. */
export const KINDS = /** @type {const} */ (['html', 'css', 'js', 'font', 'image', 'other']);

/** @typedef {typeof KINDS[number]} Kind */
/** @typedef {{ url: string, kind: Kind, status: number, raw: number, gzip: number }} Fetched */
/** @typedef {Record<Kind, number> & { total: number }} ByKind */
/**
 * @typedef {object} FirstLoad
 * @property {ByKind} bytes gzip bytes fetched, by kind, and their total
 * @property {number} inlineJs gzip bytes of inline scripts (already counted in html)
 * @property {Fetched[]} fetched every response, in the order it arrived
 * @property {Array<{ family: string, display: string, status: string }>} fontFaces the document's web fonts
 */

/** Maps Chromium's resource type to a report column. @param {string} resourceType @returns {Kind} */
export function kindOf(resourceType) {
  switch (resourceType) {
    case 'document':
      return 'html';
    case 'stylesheet':
      return 'css';
    case 'script':
      return 'js';
    case 'font':
      return 'font';
    case 'image':
      return 'image';
    default:
      return 'other';
  }
}

/** Bytes a compressing host would send for this body. @param {Buffer | string} body */
export function gzipSize(body) {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  if (buffer.length === 0) return 0;
  return Math.min(buffer.length, gzipSync(buffer, { level: 6 }).length);
}

/** @returns {ByKind} */
export function emptyByKind() {
  return { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0, total: 0 };
}

/** font-display values that show fallback text at once instead of hiding it while the font loads. */
export const NON_BLOCKING_FONT_DISPLAY = ['swap', 'fallback', 'optional'];

/**
 * Starts recording a page's responses. Call before page.goto; after the page has loaded, `finish()` waits for every
 * body and returns the totals.
 * @param {import('playwright-core').Page} page
 * @returns {{ finish: () => Promise<FirstLoad> }}
 */
export function watchFirstLoad(page) {
  /** @type {Array<Promise<Fetched>>} */
  const pending = [];
  /** @param {import('playwright-core').Response} response */
  const record = (response) => {
    const request = response.request();
    const url = response.url();
    if (url.startsWith('data:')) return;
    const kind = kindOf(request.resourceType());
    const status = response.status();
    pending.push(
      (status >= 300 && status < 400 ? Promise.resolve(Buffer.alloc(0)) : response.body())
        .catch(() => Buffer.alloc(0))
        .then((body) => ({ url, kind, status, raw: body.length, gzip: gzipSize(body) })),
    );
  };
  page.on('response', record);
  return {
    async finish() {
      page.off('response', record);
      const fetched = await Promise.all(pending);
      const bytes = emptyByKind();
      for (const item of fetched) {
        bytes[item.kind] += item.gzip;
        bytes.total += item.gzip;
      }
      const { inline, fontFaces } = await page.evaluate(() => ({
        inline: [...document.querySelectorAll('script:not([src])')]
          .filter((s) => ['', 'module', 'text/javascript', 'application/javascript'].includes((s.getAttribute('type') ?? '').toLowerCase()))
          .map((s) => s.textContent ?? '')
          .join('\n'),
        fontFaces: [...document.fonts].map((f) => ({ family: f.family, display: f.display, status: f.status })),
      }));
      return { bytes, inlineJs: gzipSize(inline), fetched, fontFaces };
    },
  };
}

/**
 * Web fonts the page uses or loads whose font-display hides text while they load ("auto" and "block").
 * @param {FirstLoad['fontFaces']} fontFaces
 */
export function blockingFonts(fontFaces) {
  return fontFaces.filter((f) => f.status !== 'unloaded' && !NON_BLOCKING_FONT_DISPLAY.includes(f.display));
}
