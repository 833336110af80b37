/**
 * remark-glossary: marks the first occurrence of each glossary term in a
 * Markdown or MDX document with an accessible link to its glossary entry.
 *
 *   LMNS  ->  <a class="glossary-term" href="/glossary/#lmns"><abbr title="Local Maternity and Neonatal System">LMNS</abbr></a>
 *   coproduction  ->  <a class="glossary-term" href="/glossary/#coproduction">coproduction</a>
 *
 * Works on mdast (remark-parse) and on MDX trees (remark-mdx). The output is
 * plain mdast: a `link` node with `data.hProperties.className`, whose child is
 * a `text` node carrying `data.hName: 'abbr'` and `data.hProperties.title`, so
 * remark-rehype (used by both Astro's Markdown and MDX pipelines) turns it into
 * the HTML above. No Astro imports; no runtime dependencies.
 *
 * Rules:
 * - Matching is case-sensitive and whole-word (a form must not be preceded or
 *   followed by a letter, digit or underscore). Plurals are only matched when
 *   they are listed as forms, e.g. `match: ["LMNSs", "LMNS"]`.
 * - Where forms overlap, the longest form starting at a position wins
 *   ("LMNS" is never read as "LMS"; "NHS England and Improvement" is not read
 *   as "NHS England").
 * - Each term is marked at most once per document: its first occurrence in
 *   document order. Later occurrences (of any of its forms) are left as text.
 * - Text is left alone inside headings, links, link references, images,
 *   definitions, inline code and code blocks, raw HTML, MDX expressions/ESM,
 *   existing glossary marks, and MDX JSX elements named `a`, `abbr`, `h1`–`h6`,
 *   `svg` (and its text), `code`, `pre`, `kbd`, `samp`, `button`, `label`,
 *   `option`, `select`, `textarea`, `script`, `style`, `title`, `dfn`, plus any
 *   names passed in `skipElements`.
 * - The `<abbr>` is only added when the entry has an expansion and the matched
 *   form is an abbreviation (contains no whitespace). A long form such as
 *   "Care Quality Commission" is linked without an `<abbr>`.
 */
import type { Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';

export interface GlossaryTerm {
  /** Glossary entry id (the file name without `.md`); becomes the URL fragment. */
  id: string;
  /** The term as displayed in the glossary. */
  term: string;
  /** Expansion of an abbreviation; becomes the `<abbr title>`. */
  expansion?: string;
  /** Exact, case-sensitive forms to look for in running text. */
  match: string[];
}

export interface RemarkGlossaryOptions {
  terms: GlossaryTerm[];
  /** Path of the glossary page; the entry id is appended as `#id`. Default `/glossary/`. */
  glossaryPath?: string;
  /** Extra MDX JSX element names whose content must not be marked. Default `[]`. */
  skipElements?: string[];
  /** Class put on the generated links. Default `glossary-term`. */
  className?: string;
  /**
   * Optional per-file switch: return `false` to leave a file untouched
   * (e.g. the glossary entries themselves). Receives the vfile.
   */
  filter?: (file: { path?: string; data?: Record<string, unknown> }) => boolean;
}

/** Node types whose text content is never marked. */
const SKIP_TYPES = new Set<string>([
  'heading',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'definition',
  'inlineCode',
  'code',
  'html',
  'yaml',
  'toml',
  'math',
  'inlineMath',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

/** MDX JSX element names (and `data.hName`s) whose content is never marked. */
const ALWAYS_SKIP_ELEMENTS = [
  'a',
  'abbr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'svg',
  'code',
  'pre',
  'kbd',
  'samp',
  'button',
  'label',
  'option',
  'select',
  'textarea',
  'script',
  'style',
  'title',
  'dfn',
];

const WORD_CHAR = '[\\p{L}\\p{N}_]';

/** Escapes syntax characters (only those allowed to be escaped in `u` mode). */
function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface Matcher {
  regex: RegExp | null;
  byForm: Map<string, GlossaryTerm>;
}

/** Builds one regular expression for all forms, longest first. */
export function buildMatcher(terms: GlossaryTerm[]): Matcher {
  const byForm = new Map<string, GlossaryTerm>();
  for (const term of terms) {
    if (!term || typeof term.id !== 'string' || !Array.isArray(term.match)) continue;
    for (const raw of term.match) {
      if (typeof raw !== 'string') continue;
      const form = raw.trim();
      if (form === '' || byForm.has(form)) continue; // first entry to claim a form keeps it
      byForm.set(form, term);
    }
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  if (forms.length === 0) return { regex: null, byForm };
  const regex = new RegExp(`(?<!${WORD_CHAR})(?:${forms.map(escapeRegExp).join('|')})(?!${WORD_CHAR})`, 'gu');
  return { regex, byForm };
}

function isAbbreviationForm(form: string): boolean {
  return !/\s/u.test(form);
}

function jsxName(node: Nodes): string | null {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    return node.name ?? null;
  }
  return null;
}

function hName(node: Nodes): string | null {
  const data = (node as { data?: { hName?: unknown } }).data;
  return data && typeof data.hName === 'string' ? data.hName : null;
}

const remarkGlossary: Plugin<[RemarkGlossaryOptions], Root> = function remarkGlossary(options) {
  const settings = options ?? ({ terms: [] } as RemarkGlossaryOptions);
  const glossaryPath = settings.glossaryPath ?? '/glossary/';
  const className = settings.className ?? 'glossary-term';
  const skipNames = new Set<string>([...ALWAYS_SKIP_ELEMENTS, ...(settings.skipElements ?? [])]);
  const { regex, byForm } = buildMatcher(settings.terms ?? []);

  function makeMark(term: GlossaryTerm, form: string): PhrasingContent {
    const inner: Text =
      term.expansion && isAbbreviationForm(form)
        ? { type: 'text', value: form, data: { hName: 'abbr', hProperties: { title: term.expansion } } }
        : { type: 'text', value: form };
    return {
      type: 'link',
      url: `${glossaryPath}#${term.id}`,
      title: null,
      data: { hProperties: { className: [className] }, glossaryTerm: term.id } as Record<string, unknown>,
      children: [inner],
    } as PhrasingContent;
  }

  return function transformer(tree: Root, file?: VFile): void {
    if (!regex) return;
    if (settings.filter && file && settings.filter(file as { path?: string; data?: Record<string, unknown> }) === false) return;
    const used = new Set<string>();

    /** Splits a text node; returns null when nothing was marked. */
    function split(node: Text): PhrasingContent[] | null {
      const value = node.value;
      const pattern = regex as RegExp;
      pattern.lastIndex = 0;
      const out: PhrasingContent[] = [];
      let last = 0;
      let found: RegExpExecArray | null;
      while ((found = pattern.exec(value)) !== null) {
        const form = found[0];
        const term = byForm.get(form);
        if (!term || used.has(term.id)) continue; // later occurrence: keep as text (and don't re-match inside it)
        used.add(term.id);
        if (found.index > last) out.push({ type: 'text', value: value.slice(last, found.index) });
        out.push(makeMark(term, form));
        last = found.index + form.length;
      }
      if (out.length === 0) return null;
      if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
      return out;
    }

    function skip(node: Nodes): boolean {
      if (SKIP_TYPES.has(node.type)) return true;
      const name = jsxName(node);
      if (name !== null && skipNames.has(name)) return true;
      const h = hName(node);
      if (h !== null && skipNames.has(h)) return true;
      return false;
    }

    function walk(parent: Parents): void {
      const children = parent.children as Nodes[];
      let next: Nodes[] | null = null;
      for (let i = 0; i < children.length; i++) {
        const child = children[i];
        let replacement: Nodes[] | null = null;
        if (child.type === 'text') {
          if (hName(child) === null) replacement = split(child);
        } else if ('children' in child && !skip(child)) {
          walk(child as Parents);
        }
        if (replacement) {
          if (!next) next = children.slice(0, i);
          next.push(...replacement);
        } else if (next) {
          next.push(child);
        }
      }
      if (next) (parent as { children: Nodes[] }).children = next;
    }

    walk(tree);
  };
};

export default remarkGlossary;
export { remarkGlossary };
