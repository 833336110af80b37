// @ts-check
// The content editor: the site's own config plus React and Keystatic, used only by `npm run edit`
// (scripts/edit.mjs). astro.config.mjs and `npm run build` never load this file, so the published site
// has no editor code in it.
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import site from './astro.config.mjs';

/** @type {import('astro').AstroUserConfig} */
export default {
  ...site,
  // The site's Content-Security-Policy is for the published pages; the editor's own pages need React's scripts.
  security: {},
  // Keystatic's own addresses have no trailing slash (/keystatic/collection/faq).
  trailingSlash: 'ignore',
  integrations: [...(site.integrations ?? []), react(), keystatic()],
  server: { host: '127.0.0.1', port: 4455 },
  devToolbar: { enabled: false },
};
