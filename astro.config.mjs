// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { remarkGlossary } from './src/plugins/remark-glossary/index.ts';
import { loadGlossaryTerms } from './src/plugins/remark-glossary/load-terms.ts';
import { astroCspFromHeaders, readHeaderRules } from './src/security/headers.mjs';
import { BUILD_TARGET } from './src/browser-support.mjs';

const base = process.env.BASE_PATH ?? '/';
// OUT_DIR lets the tests build a second copy of the site, served from a sub-path, beside dist/.
const outDir = process.env.OUT_DIR ?? './dist';
// The site's own address (SITE_URL, e.g. https://example.org): set for any real deployment. Canonical links,
// social cards, sitemap.xml and the robots.txt line that names it all need it, so without it they are left out.
const site = process.env.SITE_URL || undefined;
/** Pages that are not destinations (BaseLayout's `listed={false}`): kept out of the sitemap. */
const UNLISTED = ['404/', 'offline/'];
const glossaryTerms = loadGlossaryTerms(new URL('./content/glossary/', import.meta.url));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir,
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Every script and stylesheet is a file, never inlined into the page, so the Content-Security-Policy
  // needs no per-build hashes and the same policy can be sent as a header from public/_headers.
  // Scripts and styles are compiled for the browsers in the support policy (src/browser-support.mjs, docs/browsers.md).
  vite: { build: { assetsInlineLimit: 0, target: BUILD_TARGET, cssTarget: BUILD_TARGET } },
  security: { csp: astroCspFromHeaders(readHeaderRules(new URL('./public/_headers', import.meta.url))) },
  markdown: {
    // The toolkit has no code to show; Shiki would need inline styles the CSP forbids.
    syntaxHighlight: false,
    processor: unified({
      smartypants: false,
      remarkPlugins: [
        [
          remarkGlossary,
          {
            terms: glossaryTerms,
            glossaryPath: `${base.replace(/\/?$/, '/')}glossary/`,
            // Components that render links themselves: a term link inside them would nest links.
            skipElements: ['Resource', 'ShareExample'],
            // Glossary definitions should not link their own words to other entries.
            filter: (/** @type {{ path?: string }} */ file) => !file.path?.includes('/content/glossary/'),
          },
        ],
      ],
    }),
  },
  integrations: [mdx(), ...(site ? [sitemap({ filter: (page) => !UNLISTED.some((path) => page.endsWith(`${base.replace(/\/?$/, '/')}${path}`)) })] : [])],
  server: { host: '127.0.0.1', port: 4321 },
});
