import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { correctWord, hasPrefix, isKnown, joinedWord, parseVocabulary, splitWord, typingDistance } from '../../src/components/search/spelling.ts';
import {
  bestPerPage,
  combineWords,
  kindWeight,
  listingsBelowListed,
  proximityBoost,
  sameWord,
  smallestSpan,
  titleBoost,
  titleMatch,
} from '../../src/components/search/combine.ts';
import { STOP_WORDS } from '../../src/components/search/query.ts';
import { elementsWith, indexedWords, vocabularyText, withListedPages, wordsOf } from '../../scripts/lib/search-index.mjs';

const counts = new Map<string, number>(
  Object.entries({
    'vicechair~': 8,
    vice: 8,
    chair: 60,
    committee: 12,
    committees: 6,
    receive: 5,
    remuneration: 14,
    budget: 40,
    workplan: 34,
    workplans: 3,
    signposting: 2,
    social: 20,
    media: 18,
    safety: 64,
    action: 30,
    governance: 8,
    annual: 21,
    novanetwork: 1,
    nova: 3,
    network: 9,
    which: 39,
    should: 54,
    mnvplead: 4,
    mnvp: 300,
    lead: 120,
    work: 50,
    plan: 20,
    coproduction: 43,
    meeting: 50,
    meetings: 60,
    interest: 10,
    cochairs: 16,
    chairs: 20,
  }),
);
const vocabulary = parseVocabulary(vocabularyText(counts));

test('the vocabulary file reads back as written: every word, its count to the nearest power of two', () => {
  assert.deepEqual(
    vocabulary.sorted,
    [...counts.keys()].sort().map((w) => w.replace('~', '')),
  );
  assert.deepEqual([...vocabulary.hyphenated], ['vicechair']);
  for (const [word, n] of counts) {
    const read = vocabulary.counts.get(word.replace('~', ''))!;
    assert.ok(read <= n && n < read * 2, `${word}: ${n} read as ${read}`);
  }
  fc.assert(
    fc.property(fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{2,14}$/), { maxLength: 60 }), (list) => {
      const written = parseVocabulary(vocabularyText(new Map(list.map((w) => [w, 1]))));
      assert.deepEqual(written.sorted, [...list].sort());
    }),
  );
});

test('typing distance: a swap, a missing or doubled letter are single slips; a doubled letter is the cheapest', () => {
  assert.equal(typingDistance('recieve', 'receive'), 1);
  assert.equal(typingDistance('comittee', 'committee'), 0.5);
  assert.equal(typingDistance('budjet', 'budget'), 1);
  assert.equal(typingDistance('goverance', 'governance'), 1);
  assert.equal(typingDistance('budget', 'budget'), 0);
});

test('misspellings are corrected to the nearest, most frequent word; known words and short words are left alone', () => {
  assert.equal(correctWord('comittee', vocabulary), 'committee');
  assert.equal(correctWord('recieve', vocabulary), 'receive');
  assert.equal(correctWord('renumeration', vocabulary), 'remuneration');
  assert.equal(correctWord('saftey', vocabulary), 'safety');
  assert.equal(correctWord('wich', vocabulary), 'which');
  assert.equal(correctWord('anual', vocabulary), 'annual');
  assert.equal(correctWord('coproduciton', vocabulary), 'coproduction');
  assert.equal(correctWord('budget', vocabulary), undefined);
  assert.equal(correctWord('xqzvt', vocabulary), undefined);
  assert.equal(correctWord('bdg', vocabulary), undefined);
});

test('known words: on the site, the start of a word being typed, or an ending away from one', () => {
  assert.ok(isKnown('budget', vocabulary));
  assert.ok(isKnown('budg', vocabulary));
  assert.ok(isKnown('governances', vocabulary));
  assert.ok(hasPrefix('signpost', vocabulary));
  assert.ok(!isKnown('comittee', vocabulary));
  assert.ok(!isKnown('saftey', vocabulary));
});

test('split words are joined when the site writes them as one, often; run-together words are split', () => {
  assert.equal(joinedWord('work', 'plan', vocabulary), 'workplan');
  assert.equal(joinedWord('co', 'chairs', vocabulary), 'cochairs');
  assert.equal(joinedWord('sign', 'post', vocabulary), 'signpost');
  assert.equal(joinedWord('nova', 'network', vocabulary), undefined, 'a joined form seen once is not the usual spelling');
  assert.equal(joinedWord('mnvp', 'lead', vocabulary), undefined, 'a joined form far rarer than its words is not the usual spelling');
  assert.equal(joinedWord('vice', 'chair', vocabulary), undefined, 'the site hyphenates vice-chair: the two words find it');
  assert.ok(isKnown('vicechair', vocabulary));
  assert.equal(joinedWord('social', 'media', vocabulary), undefined);
  assert.deepEqual(splitWord('socialmedia', vocabulary), ['social', 'media']);
  assert.deepEqual(splitWord('safetyaction', vocabulary), ['safety', 'action']);
  assert.equal(splitWord('xqzvtxqzvt', vocabulary), undefined);
});

const hit = (id: string, score: number) => ({ id, score, item: id, matchedText: true });

test('pages with more of the meaningful words rank first; a page with only the common word does not win on length', () => {
  const ranked = combineWords([
    [hit('long', 5), hit('answer', 2)], // a word on both pages
    [hit('answer', 3)], // a rarer word only the answer has
    [], // a word no page has does not count against anyone
  ]);
  assert.deepEqual(
    ranked.map((r) => [r.id, r.coverage]),
    [
      ['answer', 2],
      ['long', 1],
    ],
  );
});

test('rarer words weigh more when the index size is known', () => {
  const common = Array.from({ length: 50 }, (_, i) => hit(`p${i}`, 2));
  const ranked = combineWords([common, [hit('rare', 1.5)]], 100);
  assert.equal(ranked[0].id, 'rare');
});

test('the smallest stretch of text holding every word is found, wherever the words are', () => {
  assert.equal(
    smallestSpan([
      [3, 40],
      [45, 90],
    ]),
    6,
    'positions 40 and 45: six words',
  );
  assert.equal(smallestSpan([[100], [2, 98], [0, 99, 300]]), 3);
  assert.equal(smallestSpan([[5], []]), Infinity, 'a word found only in metadata has no place in the text');
  assert.equal(smallestSpan([[5]]), Infinity, 'one word alone is never "together"');
});

test('a page with the words together in one question outranks one with the same words far apart', () => {
  const at = (id: string, positions: number[]) => ({ id, score: 2, item: id, matchedText: true, positions });
  const ranked = combineWords([
    [at('scattered', [10]), at('together', [500])],
    [at('scattered', [900]), at('together', [504])],
  ]);
  assert.deepEqual(
    ranked.map((r) => r.id),
    ['together', 'scattered'],
  );
  assert.equal(proximityBoost([[10], [900]]) < 1.01, true, 'far apart: next to no boost');
  assert.equal(proximityBoost([[500], [504]]), 1.5);
  assert.equal(proximityBoost([[500]]), 1);
});

test('a page with only a synonym of a word has that word half as fully as one with the word itself', () => {
  const per = bestPerPage([
    { weight: 1, hits: [{ id: 'own-word', score: 2, item: 'own-word', matchedText: true }] },
    {
      weight: 0.5,
      hits: [
        { id: 'own-word', score: 2, item: 'own-word', matchedText: true },
        { id: 'synonym-only', score: 4, item: 'synonym-only', matchedText: true },
      ],
    },
  ]);
  assert.equal(per.find((h) => h.id === 'own-word')!.presence, 1);
  assert.equal(per.find((h) => h.id === 'synonym-only')!.presence, 0.5);
  const other = [
    { id: 'own-word', score: 1, item: 'own-word', matchedText: true },
    { id: 'synonym-only', score: 1, item: 'synonym-only', matchedText: true },
  ];
  const ranked = combineWords([per, other]);
  assert.deepEqual(
    ranked.map((r) => [r.id, r.coverage]),
    [
      ['own-word', 2],
      ['synonym-only', 2],
    ],
    'both have both words, in some form',
  );
  assert.ok(ranked[0].score > 1.5 * ranked[1].score, 'the page with the word itself counts it in full');
});

test('alternatives of one word pool where they are on the page', () => {
  const per = bestPerPage([
    { weight: 1, hits: [{ id: 'p', score: 2, item: 'p', matchedText: true, positions: [40, 3] }] },
    { weight: 0.5, hits: [{ id: 'p', score: 1, item: 'p', matchedText: true, positions: [7, 40] }] },
  ]);
  assert.deepEqual(per[0].positions, [3, 7, 40]);
});

test('titles: made of the query words counts most, containing them counts more than not', () => {
  const common = (w: string) => STOP_WORDS.has(w);
  assert.deepEqual(titleMatch('Safety', ['safety'], common), { share: 1, exact: true, named: true });
  assert.deepEqual(titleMatch('LMNS – Local Maternity and Neonatal System', ['lmns'], common), { share: 1, exact: true, named: true });
  assert.deepEqual(titleMatch('safety champions', ['safety'], common), { share: 1, exact: false, named: false });
  assert.deepEqual(titleMatch('Holding your first meeting', ['meetings', 'minutes'], common), { share: 0.5, exact: false, named: false });
  assert.deepEqual(titleMatch('MNVP – Maternity and Neonatal Voices Partnership', ['mvp', 'mnvp'], common), { share: 0.5, exact: false, named: true });
  assert.ok(titleBoost({ share: 1, exact: true, named: true }) > titleBoost({ share: 1, exact: false, named: false }));
  assert.ok(titleBoost({ share: 1, exact: false, named: false }) > titleBoost({ share: 0, exact: false, named: false }));
});

test('a short word matches only itself with a common ending, a longer one its other forms', () => {
  assert.ok(sameWord('pay', 'paying'));
  assert.ok(sameWord('icbs', 'icb'));
  assert.ok(!sameWord('pay', 'paye'));
  assert.ok(!sameWord('pag', 'page'));
  assert.ok(sameWord('meeting', 'meetings'));
  assert.ok(sameWord('funded', 'funding'));
  assert.ok(!sameWord('trust', 'truth'));
});

test('a template or glossary entry not named by the query counts less than the guidance; named, it counts in full', () => {
  const common = (w: string) => STOP_WORDS.has(w);
  const instagram = titleMatch('Social media guidelines', ['instagram'], common);
  assert.ok(kindWeight('Template', instagram) < 1);
  assert.ok(kindWeight('Glossary', titleMatch('PAG – Parent Advisory Group', ['parents', 'join'], common)) < 1);
  assert.equal(kindWeight('Toolkit section', instagram), 1);
  assert.equal(kindWeight('FAQ', instagram), 1);
  assert.equal(kindWeight('Template', titleMatch('MNVP lead role description', ['mnvp', 'lead'], common)), 1);
  assert.equal(kindWeight('Glossary', titleMatch('MNVP – Maternity and Neonatal Voices Partnership', ['mvp', 'mnvp'], common)), 1);
});

test('a page that has a word and its alternatives scores above one with the word alone, but not by much', () => {
  const pay = [hit('faq', 9.5), hit('section', 9)];
  const remuneration = [hit('section', 8)];
  const per = bestPerPage([
    { weight: 1, hits: pay },
    { weight: 0.5, hits: remuneration },
  ]);
  const score = (id: string) => per.find((h) => h.id === id)!.score;
  assert.ok(score('section') > score('faq'));
  assert.ok(score('section') < 9 + 4);
  assert.equal(score('faq'), 9.5);
});

test('a listing page moves below the pages it links to, and only those', async () => {
  const ranked = ['/templates/', '/templates/chair/', '/toolkit/x/', '/templates/vice-chair/', '/glossary/#y'].map((id) => ({ id }));
  const links = new Set(['/templates/chair/', '/templates/vice-chair/']);
  const moved = await listingsBelowListed(
    ranked,
    (h) => h.id === '/templates/',
    async () => links,
    async (h) => h.id.replace(/#.*/, ''),
  );
  assert.deepEqual(
    moved.map((h) => h.id),
    ['/templates/chair/', '/toolkit/x/', '/templates/vice-chair/', '/templates/', '/glossary/#y'],
  );
  const unlinked = await listingsBelowListed(
    ranked,
    (h) => h.id === '/templates/',
    async () => new Set(['/elsewhere/']),
    async (h) => h.id,
  );
  assert.deepEqual(
    unlinked.map((h) => h.id),
    ranked.map((h) => h.id),
  );
});

test('index time: records are found by their attribute, nested elements and all; listing pages record their links', () => {
  const html =
    '<main data-pagefind-body><article data-search-record="a" id="a"><article>inner</article><p>x</p></article><div data-pagefind-ignore>skip <b>me</b></div><p>co-chairs meet</p></main>';
  const [record] = elementsWith(html, 'data-search-record');
  assert.equal(html.slice(record.start, record.end), '<article data-search-record="a" id="a"><article>inner</article><p>x</p></article>');
  assert.deepEqual(
    indexedWords(html).filter((w) => ['skip', 'me'].includes(w)),
    [],
  );
  const withScript =
    '<main data-pagefind-body><p>social media</p><script type="application/json">{"path":"/toolkit/social-media/"}</script><style>.x{}</style></main>';
  assert.deepEqual(indexedWords(withScript), ['social', 'media'], 'scripts and styles are not indexed, so their words are not in the vocabulary');
  assert.deepEqual(wordsOf('Co-chairs’ meetings'), ['co', 'chairs', 'cochairs~', 'meetings']);
  assert.deepEqual(wordsOf('mnvp-lead-role'), ['mnvp', 'lead', 'role']);
  const listing = withListedPages(
    '<main data-pagefind-body><div hidden data-search-listing></div><a href="/templates/chair/">Chair</a><nav data-pagefind-ignore><a href="/faq/">FAQ</a></nav></main>',
  );
  assert.match(listing, /data-search-lists="\/templates\/chair\/"/);
  assert.equal(withListedPages('<main data-pagefind-body><a href="/x/">x</a></main>'), '<main data-pagefind-body><a href="/x/">x</a></main>');
});
