import { test } from 'node:test';
import assert from 'node:assert/strict';
import { equityActionsIn } from '../../src/utils/equity-actions.ts';
import { resourcesCitedIn } from '../../src/utils/resources.ts';

test('equity actions are found in order, as plain text, skipping the demonstration', () => {
  const mdx =
    'We have <EquityAction example>highlighted</EquityAction> actions.\n- <EquityAction id="equity-2-4-1">The level of *deprivation* and <Resource id="x">a guide</Resource></EquityAction>\n<EquityAction id="equity-2-4-2">Rural travel.</EquityAction>';
  assert.deepEqual(equityActionsIn(mdx), [
    { id: 'equity-2-4-1', text: 'The level of deprivation and a guide' },
    { id: 'equity-2-4-2', text: 'Rural travel.' },
  ]);
});

test('cited resources are listed once each, including quotation sources', () => {
  const mdx =
    '<GuidanceQuote id="quote-1" source="ibb" cite="IBB">“x”</GuidanceQuote> see <Resource id="cnst">CNST</Resource> and <Resource id="ibb">IBB</Resource>';
  assert.deepEqual(resourcesCitedIn(mdx), ['ibb', 'cnst']);
});

test('long sections are navigated by their tables, quotations and equity actions, in order', async () => {
  const { landmarksIn, slugify } = await import('../../src/utils/landmarks.ts');
  const mdx =
    '<GuidanceQuote id="quote-1" source="ibb" cite="Implementing Better Births.">“x”</GuidanceQuote>\n<ComparisonTable\n  caption="Options for paying the chair"\n/>\n<EquityAction id="equity-2-4-1">The level of deprivation and/or need for specific outreach to priority groups</EquityAction>';
  assert.deepEqual(landmarksIn(mdx), [
    { id: 'quote-1', label: 'Quotation from Implementing Better Births' },
    { id: 'options-for-paying-the-chair', label: 'Table: Options for paying the chair' },
    { id: 'equity-2-4-1', label: 'Equity action: The level of deprivation and/or need for specific…' },
  ]);
  assert.equal(slugify('Options for delivering MVP support: potential benefits and risks'), 'options-for-delivering-mvp-support-potential-benefits-and-risks');
});
