/**
 * Reads the glossary collection (`content/glossary/*.md`) and returns the
 * terms for remark-glossary. Entries without a `match` list are left out
 * (they appear in the glossary but are not auto-marked in running text).
 *
 * Usage in astro.config.mjs:
 *   import { loadGlossaryTerms } from './src/plugins/remark-glossary/load-terms.ts';
 *   const terms = loadGlossaryTerms(new URL('./content/glossary/', import.meta.url));
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import type { GlossaryTerm } from './index.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses the YAML frontmatter of a Markdown file; `{}` when there is none. */
export function readFrontmatter(source: string, fileName = 'file'): Record<string, unknown> {
  const found = FRONTMATTER.exec(source);
  if (!found) return {};
  const data = load(found[1], { filename: fileName });
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new Error(`${fileName}: frontmatter must be a YAML mapping`);
  }
  return data as Record<string, unknown>;
}

/**
 * @param dir directory holding the glossary `.md` files (path or file: URL)
 * @returns terms sorted by id; ids come from the file names
 */
export function loadGlossaryTerms(dir: string | URL): GlossaryTerm[] {
  const root = dir instanceof URL ? fileURLToPath(dir) : dir;
  const files = readdirSync(root)
    .filter((name) => name.endsWith('.md') && !name.startsWith('_') && !name.startsWith('.'))
    .sort();
  const terms: GlossaryTerm[] = [];
  for (const name of files) {
    const id = name.slice(0, -'.md'.length);
    const data = readFrontmatter(readFileSync(join(root, name), 'utf8'), name);
    if (typeof data.term !== 'string' || data.term.trim() === '') {
      throw new Error(`${name}: glossary entry needs a "term" string`);
    }
    if (data.expansion !== undefined && typeof data.expansion !== 'string') {
      throw new Error(`${name}: "expansion" must be a string`);
    }
    if (data.match === undefined || data.match === null) continue;
    if (!Array.isArray(data.match) || data.match.some((m) => typeof m !== 'string' || m.trim() === '')) {
      throw new Error(`${name}: "match" must be a list of non-empty strings`);
    }
    if (data.match.length === 0) continue;
    const term: GlossaryTerm = { id, term: data.term, match: [...(data.match as string[])] };
    if (typeof data.expansion === 'string' && data.expansion.trim() !== '') term.expansion = data.expansion;
    terms.push(term);
  }
  return terms;
}

export default loadGlossaryTerms;
