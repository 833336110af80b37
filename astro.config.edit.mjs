// @ts-check
// The content editor: the site's own config plus React and Keystatic, used only by `npm run edit`
// (scripts/edit.mjs). astro.config.mjs and `npm run build` never load this file, so the published site
// has no editor code in it.
import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import { fileURLToPath } from 'node:url';
import site from './astro.config.mjs';

// The folder node_modules is in: the editor's tests run it from a scratch copy of the project inside tmp/,
// which uses the project's node_modules, and Vite serves only files it is allowed to.
const nodeModules = fileURLToPath(new URL('..', import.meta.resolve('astro/package.json')));

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
  vite: { ...site.vite, server: { fs: { allow: ['.', nodeModules] } } },
};
