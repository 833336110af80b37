// Resolves every internal link and #fragment of a build, served from its base path.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, decodeEntities } from './built-site.ts';

export interface BuiltSite {
  pages: Array<{ path: string; file: string }>;
  htmlByPath: Map<string, string>;
  idsByPath: Map<string, Set<string>>;
}

export function readSite(dist: string): BuiltSite {
  const pages = builtPages(dist);
  const htmlByPath = new Map<string, string>();
  const idsByPath = new Map<string, Set<string>>();
  for (const { path, file } of pages) {
    const html = readFileSync(file, 'utf8');
    htmlByPath.set(path, html);
    // Only ids in the HTML as served: a #link must work before any script runs (template forms are drawn at build time).
    idsByPath.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]))));
  }
  return { pages, htmlByPath, idsByPath };
}

/** Links (href and src) that lead to no page, file or #fragment of the build, as "page → link (why)". */
export function brokenLinks(site: BuiltSite, dist: string, base = '/'): string[] {
  const broken: string[] = [];
  const exists = (path: string) => site.idsByPath.has(path) || (!path.endsWith('/') && existsSync(join(dist, decodeURIComponent(path))));
  for (const [path, html] of site.htmlByPath) {
    for (const [, raw] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const href = decodeEntities(raw);
      if (/^(https?:|mailto:|tel:|data:)/.test(href)) continue;
      const url = new URL(href, `http://site${base}${path.slice(1)}`);
      if (!url.pathname.startsWith(base)) {
        broken.push(`${path} → ${href} (outside ${base})`);
        continue;
      }
      const target = `/${url.pathname.slice(base.length)}`;
      if (!exists(target)) {
        broken.push(`${path} → ${href} (no page)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !site.idsByPath.get(target)?.has(fragment)) broken.push(`${path} → ${href} (no #${fragment})`);
    }
  }
  return broken;
}
