// Reads the built site in dist/ so tests can check what visitors actually get.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = join(process.cwd(), 'dist');

/** The sub-path build that `npm test` makes (BASE_PATH=/mvp-toolkit/), and its base. */
export const SUBPATH_DIST = join(process.cwd(), 'dist-subpath');
export const SUBPATH_BASE = '/mvp-toolkit/';

/** Every HTML page in a build (dist/ unless given), as its URL path below the base ("/toolkit/setting-up/") and file. */
export function builtPages(dist = DIST): Array<{ path: string; file: string }> {
  const pages: Array<{ path: string; file: string }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, full).split(sep).join('/');
        pages.push({ path: `/${rel.replace(/index\.html$/, '').replace(/\.html$/, '')}`, file: full });
      }
    }
  };
  walk(dist);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

export function readPage(path: string): string {
  const file = join(DIST, path, path.endsWith('/') ? 'index.html' : '');
  return readFileSync(file, 'utf8');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? m;
  });
}

/** The visible text of the page's <main>, without tags or text hidden from sighted readers. */
export function mainText(html: string): string {
  const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
  return decodeEntities(
    main
      .replace(/<span class="visually-hidden"[^>]*>[\s\S]*?<\/span>/g, ' ')
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
}

/** The page without the elements we mark `data-ours` (our "Newer guidance" notes): what is left is the published text. */
export function withoutOurNotes(html: string): string {
  let out = html;
  for (let open = /<([a-z][a-z0-9]*)\b[^>]*\sdata-ours[\s>=/]/i.exec(out); open; open = /<([a-z][a-z0-9]*)\b[^>]*\sdata-ours[\s>=/]/i.exec(out)) {
    const tag = open[1].toLowerCase();
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    tags.lastIndex = open.index;
    let depth = 0;
    let end = -1;
    for (let m = tags.exec(out); m; m = tags.exec(out)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        end = m.index + m[0].length;
        break;
      }
    }
    if (end < 0) throw new Error(`<${tag} data-ours> is never closed`);
    out = out.slice(0, open.index) + out.slice(end);
  }
  return out;
}
