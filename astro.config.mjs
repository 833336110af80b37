// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkGlossary } from './src/plugins/remark-glossary/index.ts';
import { loadGlossaryTerms } from './src/plugins/remark-glossary/load-terms.ts';

const base = process.env.BASE_PATH ?? '/';
const glossaryTerms = loadGlossaryTerms(new URL('./content/glossary/', import.meta.url));

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
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
  integrations: [mdx()],
  server: { host: '127.0.0.1', port: 4321 },
});
