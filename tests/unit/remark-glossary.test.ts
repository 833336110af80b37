/**
 * Tests for src/plugins/remark-glossary and the glossary content it reads.
 * Run: node --test tests/unit/remark-glossary.test.ts   (from the repo root)
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { compile } from '@mdx-js/mdx';
import remarkGlossary from '../../src/plugins/remark-glossary/index.ts';
import type { GlossaryTerm, RemarkGlossaryOptions } from '../../src/plugins/remark-glossary/index.ts';
import { loadGlossaryTerms, readFrontmatter } from '../../src/plugins/remark-glossary/load-terms.ts';

const ROOT = process.cwd();
const GLOSSARY_DIR = resolve(ROOT, 'content/glossary');
const FAQ_DIR = resolve(ROOT, 'content/faq');
const BACKGROUND_DIR = resolve(ROOT, 'content/background');

const TERMS: GlossaryTerm[] = [
  { id: 'lms', term: 'LMS', expansion: 'Local Maternity System', match: ['LMSs', 'LMS'] },
  { id: 'lmns', term: 'LMNS', expansion: 'Local Maternity and Neonatal System', match: ['LMNSs', 'LMNS'] },
  { id: 'mvp', term: 'MVP', expansion: 'Maternity Voices Partnership', match: ['MVPs', 'MVP'] },
  { id: 'mnvp', term: 'MNVP', expansion: 'Maternity and Neonatal Voices Partnership', match: ['MNVPs', 'MNVP'] },
  { id: 'coproduction', term: 'coproduction', match: ['coproduction', 'Coproduction', 'co-production', 'Co-production'] },
  { id: 'nhs-england', term: 'NHS England', match: ['NHS England'] },
  { id: 'nhsei', term: 'NHSE/I', expansion: 'NHS England and NHS Improvement', match: ['NHSE/I', 'NHSEI', 'NHS England and Improvement'] },
  { id: 'cqc', term: 'CQC', expansion: 'Care Quality Commission', match: ['CQC', 'Care Quality Commission'] },
  { id: 'mis', term: 'MIS', expansion: 'Maternity Incentive Scheme', match: ['MIS'] },
];

const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] as const;

function toHtml(markdown: string, options: Partial<RemarkGlossaryOptions> = {}): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGlossary, { terms: TERMS, ...options })
    .use(remarkRehype)
    .use(rehypeStringify);
  return String(processor.processSync(markdown));
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

const mark = (id: string, text: string, title?: string): string =>
  `<a href="/glossary/#${id}" class="glossary-term">${title ? `<abbr title="${title}">${text}</abbr>` : text}</a>`;

type AnyNode = { type: string; children?: AnyNode[]; value?: string; name?: string; url?: string; data?: Record<string, unknown> };

function allNodes(tree: AnyNode, ancestors: AnyNode[] = [], out: Array<{ node: AnyNode; ancestors: AnyNode[] }> = []) {
  out.push({ node: tree, ancestors });
  for (const child of tree.children ?? []) allNodes(child, [...ancestors, tree], out);
  return out;
}

function glossaryLinks(tree: AnyNode) {
  return allNodes(tree).filter(({ node }) => node.type === 'link' && typeof node.url === 'string' && node.url.startsWith('/glossary/#'));
}

/** Runs the remark (mdast) part only, for MDX input. */
function mdxTree(source: string, options: Partial<RemarkGlossaryOptions> = {}): AnyNode {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGlossary, { terms: TERMS, ...options });
  return processor.runSync(processor.parse(source)) as unknown as AnyNode;
}

describe('remark-glossary: output', () => {
  test('abbreviation becomes a link to the glossary wrapping <abbr title>', () => {
    const html = toHtml('The LMNS meets monthly.');
    assert.equal(html, `<p>The ${mark('lmns', 'LMNS', 'Local Maternity and Neonatal System')} meets monthly.</p>`);
  });

  test('plain term (no expansion) becomes a link without <abbr>', () => {
    const html = toHtml('We value coproduction.');
    assert.equal(html, `<p>We value ${mark('coproduction', 'coproduction')}.</p>`);
  });

  test('a long form of an abbreviation is linked without an <abbr>', () => {
    const html = toHtml('The Care Quality Commission (CQC) inspects services.');
    assert.ok(html.includes(mark('cqc', 'Care Quality Commission')), html);
    assert.equal(count(html, 'glossary-term'), 1, 'CQC after the long form is not marked again');
    assert.ok(!html.includes('<abbr'), html);
  });

  test('glossaryPath and className options are honoured', () => {
    const html = toHtml('An MVP.', { glossaryPath: '/help/words/', className: 'term' });
    assert.equal(html, '<p>An <a href="/help/words/#mvp" class="term"><abbr title="Maternity Voices Partnership">MVP</abbr></a>.</p>');
  });

  test('special characters in the expansion are escaped in the title attribute', () => {
    const terms: GlossaryTerm[] = [{ id: 'x', term: 'XYZ', expansion: 'Quote " & <angle>', match: ['XYZ'] }];
    const html = toHtml('See XYZ.', { terms });
    assert.ok(html.includes('<abbr title="Quote &#x22; &#x26; <angle>">XYZ</abbr>'), html);
  });
});

describe('remark-glossary: which occurrence is marked', () => {
  test('only the first occurrence of a term is marked', () => {
    const html = toHtml('The MVP met. The MVP agreed.\n\nLater the MVP reported.');
    assert.equal(count(html, 'glossary-term'), 1);
    assert.ok(html.startsWith(`<p>The ${mark('mvp', 'MVP', 'Maternity Voices Partnership')} met. The MVP agreed.</p>`), html);
  });

  test('all forms of one term count as the same term', () => {
    const html = toHtml('Two MVPs met. Each MVP reported.');
    assert.equal(count(html, 'glossary-term'), 1);
    assert.ok(html.includes(mark('mvp', 'MVPs', 'Maternity Voices Partnership')), html);
  });

  test('first occurrence is found across inline formatting and blocks, in document order', () => {
    const html = toHtml('*Our MVP* and **the MVP**\n\n- an MVP in a list\n\n> a quoted MVP');
    assert.equal(count(html, 'glossary-term'), 1);
    assert.ok(html.startsWith(`<p><em>Our ${mark('mvp', 'MVP', 'Maternity Voices Partnership')}</em>`), html);
  });

  test('each document starts afresh', () => {
    assert.equal(count(toHtml('An MVP.'), 'glossary-term'), 1);
    assert.equal(count(toHtml('Another MVP.'), 'glossary-term'), 1);
  });

  test('different terms are each marked once in the same text node', () => {
    const html = toHtml('The MVP and the LMNS and the MVP and the LMNS.');
    assert.equal(count(html, 'glossary-term'), 2);
    assert.equal(count(html, '#mvp"'), 1);
    assert.equal(count(html, '#lmns"'), 1);
  });
});

describe('remark-glossary: what is left alone', () => {
  test('headings are not marked', () => {
    const html = toHtml('# About the MVP\n\n## MVP meetings\n\nThe MVP meets.');
    assert.ok(html.includes('<h1>About the MVP</h1>'), html);
    assert.ok(html.includes('<h2>MVP meetings</h2>'), html);
    assert.ok(html.includes(`<p>The ${mark('mvp', 'MVP', 'Maternity Voices Partnership')} meets.</p>`), html);
  });

  test('links, link references and autolinks are not marked', () => {
    const md = '[The MVP site](https://example.org/mvp) and [MVP][ref] and <https://example.org/MVP>.\n\nThen the MVP.\n\n[ref]: https://example.org';
    const html = toHtml(md);
    assert.ok(html.includes('<a href="https://example.org/mvp">The MVP site</a>'), html);
    assert.ok(html.includes('<a href="https://example.org">MVP</a>'), html);
    assert.equal(count(html, 'glossary-term'), 1);
    assert.ok(html.includes(`<p>Then the ${mark('mvp', 'MVP', 'Maternity Voices Partnership')}.</p>`), html);
  });

  test('inline code and code blocks are not marked', () => {
    const html = toHtml('Use `MVP` here.\n\n```\nMVP\n```\n\nThe MVP.');
    assert.ok(html.includes('<code>MVP</code>'), html);
    assert.ok(html.includes('<pre><code>MVP\n</code></pre>'), html);
    assert.equal(count(html, 'glossary-term'), 1);
  });

  test('image alt text is not marked', () => {
    const html = toHtml('![MVP logo](logo.png) The MVP.');
    assert.ok(html.includes('alt="MVP logo"'), html);
    assert.equal(count(html, 'glossary-term'), 1);
  });

  test('a per-file filter can switch the plugin off', () => {
    const html = toHtml('The MVP.', { filter: () => false });
    assert.equal(html, '<p>The MVP.</p>');
  });
});

describe('remark-glossary: matching', () => {
  test('LMNS is never read as LMS, MNVP never as MVP', () => {
    const html = toHtml('The LMNS and the MNVP.');
    assert.ok(html.includes(mark('lmns', 'LMNS', 'Local Maternity and Neonatal System')), html);
    assert.ok(html.includes(mark('mnvp', 'MNVP', 'Maternity and Neonatal Voices Partnership')), html);
    assert.ok(!html.includes('#lms"') && !html.includes('#mvp"'), html);
  });

  test('an already-marked longer form is not re-read as a shorter one', () => {
    const html = toHtml('The LMNS, then the LMNS again, then the LMS.');
    assert.equal(count(html, '#lmns"'), 1);
    assert.equal(count(html, '#lms"'), 1);
    assert.ok(html.endsWith(`then the ${mark('lms', 'LMS', 'Local Maternity System')}.</p>`), html);
  });

  test('longest form wins where forms of different terms overlap', () => {
    const html = toHtml('NHS England and Improvement, later NHS England, and NHS England and Improvement again.');
    assert.ok(html.startsWith(`<p>${mark('nhsei', 'NHS England and Improvement')}, later ${mark('nhs-england', 'NHS England')},`), html);
    assert.equal(count(html, 'glossary-term'), 2);
  });

  test('matches whole words only', () => {
    const html = toHtml('MVPX, XMVP, MVP_1, MVP2, LMSE, ALMS, MISSING and DISMISS are not terms.');
    assert.equal(count(html, 'glossary-term'), 0, html);
  });

  test('plurals are only matched when listed; punctuation ends a word', () => {
    assert.equal(count(toHtml('Several MVPS.'), 'glossary-term'), 0);
    assert.ok(toHtml('The MVP’s budget.').includes(`${mark('mvp', 'MVP', 'Maternity Voices Partnership')}’s`));
    assert.ok(toHtml('LMS-wide MVPs.').includes(mark('lms', 'LMS', 'Local Maternity System')));
    assert.ok(toHtml('(MIS)').includes(`(${mark('mis', 'MIS', 'Maternity Incentive Scheme')})`));
  });

  test('matching is case-sensitive', () => {
    assert.equal(count(toHtml('an mvp, the Mvp, lms'), 'glossary-term'), 0);
    assert.ok(toHtml('Co-production first.').includes(mark('coproduction', 'Co-production')));
  });

  test('forms containing regex characters and slashes match literally', () => {
    const html = toHtml('NHSE/I and NHSExI.');
    assert.ok(html.includes(mark('nhsei', 'NHSE/I', 'NHS England and NHS Improvement')), html);
    assert.equal(count(html, 'glossary-term'), 1);
  });

  test('empty or missing terms are harmless', () => {
    assert.equal(toHtml('The MVP.', { terms: [] }), '<p>The MVP.</p>');
  });
});

describe('remark-glossary: MDX', () => {
  test('text inside MDX JSX elements is processed', () => {
    const tree = mdxTree('<Note>\n  The MVP works with the LMNS.\n</Note>\n\nInline <Tag>MNVP</Tag> too.');
    const links = glossaryLinks(tree);
    assert.deepEqual(
      links.map(({ node }) => node.url),
      ['/glossary/#mvp', '/glossary/#lmns', '/glossary/#mnvp'],
    );
    assert.ok(links[0].ancestors.some((a) => a.type === 'mdxJsxFlowElement' && a.name === 'Note'));
    assert.ok(links[2].ancestors.some((a) => a.type === 'mdxJsxTextElement' && a.name === 'Tag'));
    const abbr = links[0].node.children?.[0];
    assert.equal(abbr?.type, 'text');
    assert.deepEqual(abbr?.data, { hName: 'abbr', hProperties: { title: 'Maternity Voices Partnership' } });
    assert.deepEqual((links[0].node.data as { hProperties: unknown }).hProperties, { className: ['glossary-term'] });
  });

  test('skipElements, svg, abbr, a and JSX headings are left alone', () => {
    const source = [
      '<Resource title="x">',
      '  An MVP resource.',
      '</Resource>',
      '',
      '<svg role="img"><title>MVP diagram</title><text x="1" y="2">LMNS</text></svg>',
      '',
      '<h2>MNVP heading</h2>',
      '',
      'An <abbr title="Care Quality Commission">CQC</abbr> and <a href="/x">MIS</a>.',
      '',
      'Then the MVP, LMNS, MNVP, CQC and MIS.',
    ].join('\n');
    const tree = mdxTree(source, { skipElements: ['Resource'] });
    const links = glossaryLinks(tree);
    assert.deepEqual(
      links.map(({ node }) => node.url),
      ['/glossary/#mvp', '/glossary/#lmns', '/glossary/#mnvp', '/glossary/#cqc', '/glossary/#mis'],
    );
    for (const { ancestors } of links) {
      assert.ok(!ancestors.some((a) => a.type.startsWith('mdxJsx')), 'all marks are in the last paragraph');
    }
  });

  test('without skipElements, custom components are processed (default is [])', () => {
    const tree = mdxTree('<Resource title="x">\n  An MVP resource.\n</Resource>');
    assert.equal(glossaryLinks(tree).length, 1);
  });

  test('MDX expressions and ESM are left alone', () => {
    const tree = mdxTree('export const a = "MVP"\n\n{"MVP"}\n\nThe MVP.');
    const links = glossaryLinks(tree);
    assert.equal(links.length, 1);
    assert.equal(links[0].ancestors.at(-1)?.type, 'paragraph');
  });

  test('MDX through remark-rehype keeps the link and abbr', () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkMdx)
      .use(remarkGlossary, { terms: TERMS })
      .use(remarkRehype, { passThrough: [...MDX_NODE_TYPES] });
    const hast = processor.runSync(processor.parse('<Note>\n  The LMNS.\n</Note>')) as unknown as AnyNode;
    const a = allNodes(hast).find(({ node }) => node.type === 'element' && (node as { tagName?: string }).tagName === 'a');
    if (!a) throw new Error('no <a> element');
    const html = unified()
      .use(rehypeStringify)
      .stringify({ type: 'root', children: [a.node] } as never);
    assert.equal(html, mark('lmns', 'LMNS', 'Local Maternity and Neonatal System'));
  });

  test('compiles with @mdx-js/mdx (React and HTML attribute casing)', async () => {
    for (const [casing, attribute] of [
      ['react', 'className'],
      ['html', 'class'],
    ] as const) {
      const code = String(
        await compile('<Note>\n  The LMNS does coproduction.\n</Note>\n\n<svg><text>LMNS</text></svg>', {
          remarkPlugins: [[remarkGlossary, { terms: TERMS }]],
          elementAttributeNameCase: casing,
        }),
      );
      assert.ok(code.includes(`href: "/glossary/#lmns",\n          ${attribute}: "glossary-term"`), code);
      assert.ok(code.includes('title: "Local Maternity and Neonatal System"'), code);
      assert.ok(code.includes('href: "/glossary/#coproduction"'), code);
      assert.equal(count(code, '/glossary/#lmns'), 1, 'svg text is not marked');
    }
  });
});

describe('loadGlossaryTerms and the glossary content', () => {
  const files = readdirSync(GLOSSARY_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const entries = files.map((file) => {
    const source = readFileSync(join(GLOSSARY_DIR, file), 'utf8');
    return { file, id: file.slice(0, -3), data: readFrontmatter(source, file), body: source.replace(/^---\n[\s\S]*?\n---\n/, '').trim() };
  });
  const ids = new Set(entries.map((e) => e.id));

  test('returns one term per entry with a match list, ids from file names', () => {
    const terms = loadGlossaryTerms(GLOSSARY_DIR);
    const withMatch = entries.filter((e) => Array.isArray(e.data.match) && e.data.match.length > 0);
    assert.equal(terms.length, withMatch.length);
    for (const term of terms) {
      assert.ok(ids.has(term.id));
      assert.ok(term.match.length > 0);
      assert.equal(typeof term.term, 'string');
    }
    const lmns = terms.find((t) => t.id === 'lmns');
    assert.deepEqual(lmns, { id: 'lmns', term: 'LMNS', expansion: 'Local Maternity and Neonatal System', match: ['LMNSs', 'LMNS'] });
    assert.equal(terms.find((t) => t.id === 'coproduction')?.expansion, undefined);
    assert.deepEqual(loadGlossaryTerms(new URL(`file://${GLOSSARY_DIR}/`)), terms, 'accepts a file: URL too');
  });

  test('has the required entries', () => {
    const required = [
      'mvp',
      'mnvp',
      'lms',
      'lmns',
      'icb',
      'ics',
      'ccg',
      'stp',
      'scn',
      'nhsei',
      'ppv',
      'dbs',
      'cnst',
      'mis',
      'sa7',
      'pqsm',
      'pqssg',
      'pmrt',
      'pals',
      'hom',
      'nccr',
      'odn',
      'pag',
      'vcse',
      'wte',
      'cqc',
      'hsib',
      'rcm',
      'rcog',
      'hee',
      'mbrrace',
      'fft',
      'pcsp',
      'cic',
      'band-8a',
      'quadrumvirate',
      'coproduction',
      '15-steps-for-maternity',
      'walk-the-patch',
      'safety-champions',
      'nolan-principles',
    ];
    for (const id of required) assert.ok(ids.has(id), `missing glossary entry ${id}`);
  });

  test('every entry is well formed', () => {
    for (const { file, id, data, body } of entries) {
      assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${file}: id is kebab-case`);
      assert.equal(typeof data.term, 'string', `${file}: term`);
      if (data.expansion !== undefined) assert.equal(typeof data.expansion, 'string', `${file}: expansion`);
      assert.ok(Array.isArray(data.related), `${file}: related is a list`);
      for (const rel of data.related as string[]) {
        assert.ok(ids.has(rel), `${file}: related "${rel}" exists`);
        assert.notEqual(rel, id, `${file}: not related to itself`);
      }
      if (data.seeAlso !== undefined) {
        assert.ok(Array.isArray(data.seeAlso), `${file}: seeAlso is a list`);
        for (const href of data.seeAlso as string[]) {
          const slug = /^\/faq\/([a-z0-9-]+)\/$/.exec(href)?.[1];
          assert.ok(slug, `${file}: seeAlso ${href} is an FAQ address`);
          assert.ok(
            readdirSync(FAQ_DIR).some((f) => f.endsWith(`-${slug}.md`)),
            `${file}: FAQ ${slug} exists`,
          );
        }
      }
      assert.ok(Array.isArray(data.sources) && data.sources.length > 0, `${file}: has sources`);
      for (const source of data.sources as Array<Record<string, unknown>>) {
        assert.equal(typeof source.title, 'string', `${file}: source title`);
        assert.equal(typeof source.where, 'string', `${file}: source where`);
      }
      assert.ok(data.updated instanceof Date && !Number.isNaN(data.updated.getTime()), `${file}: updated is a date`);
      assert.ok(body.length > 40, `${file}: has a definition`);
      assert.doesNotMatch(body, /\b(?:TODO|TBC|lorem|placeholder)\b/i, `${file}: no placeholder text`);
    }
  });

  test('no match form belongs to two entries', () => {
    const owner = new Map<string, string>();
    for (const { id, data } of entries) {
      for (const form of (data.match as string[] | undefined) ?? []) {
        assert.ok(!owner.has(form), `"${form}" is in both ${owner.get(form)} and ${id}`);
        owner.set(form, id);
      }
    }
  });

  test('the real glossary marks real content sensibly', () => {
    const terms = loadGlossaryTerms(GLOSSARY_DIR);
    const processor = unified().use(remarkParse).use(remarkGlossary, { terms }).use(remarkRehype).use(rehypeStringify);
    const q12 = readFileSync(join(FAQ_DIR, readdirSync(FAQ_DIR).find((f) => f.startsWith('q12-'))!), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const html = String(processor.processSync(q12));
    // The long form comes first, so it is the one linked (without <abbr>); "(MIS)" after it stays plain.
    assert.ok(html.includes('<a href="/glossary/#mis" class="glossary-term">Maternity Incentive Scheme</a> (MIS)'), html);
    assert.ok(html.includes('<a href="/glossary/#mnvp" class="glossary-term"><abbr title="Maternity and Neonatal Voices Partnership">MNVP</abbr></a>'), html);
    assert.ok(html.includes('<a href="/glossary/#nhs-resolution" class="glossary-term">NHS Resolution</a>'), html);
    assert.ok(html.includes('<a href="/glossary/#sa7" class="glossary-term">Safety Action 7</a>'), html);
    // Every marked term appears once at most in each FAQ answer.
    for (const file of readdirSync(FAQ_DIR).filter((f) => f.endsWith('.md'))) {
      const out = String(processor.processSync(readFileSync(join(FAQ_DIR, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')));
      const hrefs = [...out.matchAll(/href="\/glossary\/#([^"]+)"/g)].map((m) => m[1]);
      assert.equal(new Set(hrefs).size, hrefs.length, `${file}: each term marked once`);
    }
  });

  test('the MDX explainer compiles with the plugin and its diagram is untouched', async () => {
    const file = join(BACKGROUND_DIR, 'how-the-system-fits.mdx');
    assert.ok(existsSync(file));
    const source = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const terms = loadGlossaryTerms(GLOSSARY_DIR);
    const code = String(await compile(source, { remarkPlugins: [[remarkGlossary, { terms }]], elementAttributeNameCase: 'html' }));
    // The diagram is a component (src/components/content/SystemDiagram.astro), so the plugin never sees its text.
    assert.ok(code.includes('SystemDiagram'), 'the diagram is placed');
    const diagram = readFileSync('src/components/content/SystemDiagram.astro', 'utf8');
    assert.ok(diagram.includes('>3. Local Maternity System, now LMNS (44 in 2018)</text>'), 'svg text kept as plain text');
    assert.ok(!diagram.includes('/glossary/#'), 'no glossary links inside the svg');
    assert.ok(code.includes('/glossary/#mvp'), 'running text is marked');
  });
});
