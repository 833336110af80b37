// robots.txt: every page may be crawled; with SITE_URL set, it names the sitemap. Crawlers read it
// only at the root of a domain, so a sub-path build's copy matters only if the host serves it there.
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push(`Sitemap: ${new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site).href}`);
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
