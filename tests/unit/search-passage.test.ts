import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestPassage, MAX_PASSAGE_WORDS, passageWords, SHORT_PASSAGE_WORDS, sentencesOf, type PassageTerm } from '../../src/components/search/passage.ts';

const term = (weight: number, ...forms: Array<string | [string, number]>): PassageTerm => ({
  weight,
  forms: forms.map((f) => (typeof f === 'string' ? { text: f, weight: 1 } : { text: f[0], weight: f[1] })),
});

// From toolkit 2.5 and FAQ 11, as Pagefind gives a result's text.
const PAYING =
  'Determining the mechanism for paying remuneration and expenses to service users. Before you start appointing your service user leadership team (e.g. Chair and Vice-chair), you will need to be confident that you have a mechanism for paying remuneration and expenses in a timely way. ' +
  'Can take months to register as a supplier, leading to a large payment in arrears which may impact benefits. Payments can be delayed. ' +
  'Will getting paid as MVP chair affect my benefits or tax? Safety Action 7 evidence. This section mentions evidence that trusts give for Safety Action 7.';
const BAND =
  '11. What band should I employ my MNVP lead at? How many WTE? This will be for local determination and should be in line with the requirements of the role. ' +
  'The job descriptions for the Service User Voice lead and the MNVP Lead both include a salary of £48,526 – £54,619 (NHS Band 8a). Link to question 11: What band should I employ my MNVP lead at? How many WTE?';

test('sentences end at . ? ! before a capital, not at e.g. or before a lower-case word', () => {
  const sentences = sentencesOf(PAYING).map((s) => s.tokens.join(' '));
  assert.equal(sentences[1].startsWith('Before you start'), true);
  assert.equal(sentences[1].endsWith('timely way.'), true);
  assert.equal(sentencesOf(PAYING).filter((s) => s.question).length, 1);
});

test('the passage is the sentence with the most of the rarer words, never a question', () => {
  const passage = bestPassage(PAYING, [term(2, 'paid'), term(3, 'benefits'), term(0.5, 'chair')]);
  assert.ok(passage);
  // The sentence is short (19 words), so the one after it is shown too.
  assert.match(passage.html, /^Can take months to register.*<mark>benefits<\/mark>\. Payments can be delayed\.$/);
  assert.deepEqual(passage.marked, ['benefits']);
  assert.equal(passage.locator, 'can take months to register as a supplier');
});

test('a synonym counts for less than the word typed, and its form on the page is what gets marked', () => {
  const passage = bestPassage(BAND, [term(2, 'salary', ['remuneration', 0.5]), term(2, 'band')]);
  assert.ok(passage);
  assert.match(passage.html, /^The job descriptions .*<mark>salary<\/mark> of .*NHS <mark>Band<\/mark> 8a\)\.$/);
  assert.deepEqual(passage.marked.sort(), ['band', 'salary']);
  // The FAQ's question and the "Link to question" line are never the passage.
  assert.equal(bestPassage(BAND, [term(1, 'wte')]), undefined);
});

test('a heading (a short sentence) is shown with the sentence after it', () => {
  const passage = bestPassage(PAYING, [term(1, 'safety action 7'), term(1, 'evidence')]);
  assert.ok(passage);
  assert.match(passage.html, /^<mark>Safety<\/mark> <mark>Action<\/mark> <mark>7<\/mark> <mark>evidence<\/mark>\. This section mentions/);
});

// From toolkit 1.10, a sentence naming the topic and the one after it saying what it does.
const SECRETARIAT =
  'Increasing expectations of MVPs mean that there is generally a need for a secretariat to support the service user leadership team (e.g. Chair and Vice-chair). ' +
  'This secretariat can provide administrative, financial and project management support. It can also help with minutes. Who provides the secretariat? Some areas commission it.';

test('a short sentence is shown with the ones after it, to about 30 words, stopping at a question', () => {
  const passage = bestPassage(SECRETARIAT, [term(2, 'secretariat'), term(1, 'chair')]);
  assert.ok(passage);
  const words = passage.html.replace(/<\/?mark>/g, '').split(' ');
  // 25 words, then the next sentence (so 35); no more once past 30, and never the question.
  assert.equal(words.length, 35);
  assert.match(
    passage.html,
    /^Increasing expectations .* This <mark>secretariat<\/mark> can provide administrative, financial and project management support\.$/,
  );
  assert.equal(bestPassage('Payroll. Who pays? Some areas pay monthly.', [term(1, 'payroll')])?.html, '<mark>Payroll</mark>.');
  assert.ok(SHORT_PASSAGE_WORDS <= MAX_PASSAGE_WORDS);
});

test('a long sentence is cut to a window round its first match; text is escaped', () => {
  const long = `${Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')} <b>budget</b> & more words here.`;
  const passage = bestPassage(long, [term(1, 'budget')]);
  assert.ok(passage);
  // The window is as long as allowed, and ends at the sentence's end since the match is near it.
  assert.ok(passage.html.startsWith('… word25 '));
  assert.match(passage.html, /&lt;b&gt;<mark>budget<\/mark>&lt;\/b&gt; &amp;/);
  assert.ok(passage.html.replace(/<\/?mark>/g, '').split(' ').length <= MAX_PASSAGE_WORDS + 1);
});

test('no passage when no sentence has a word (the page matched on its keywords)', () => {
  assert.equal(bestPassage(PAYING, [term(1, 'creche')]), undefined);
  assert.equal(bestPassage(PAYING, []), undefined);
});

test('words compare without case, accents or apostrophes', () => {
  assert.deepEqual(passageWords('The chair’s Crèche, tax/ benefit'), ['the', 'chairs', 'creche', 'tax', 'benefit']);
});
