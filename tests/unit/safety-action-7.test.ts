// Safety Action 7: every requirement on /safety-action-7/ is the source's exact words, from the section it
// cites, and the two confirmation letters quote the same words in the form and in the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { listInFile } from '../../src/utils/list-file.ts';
import { safetyAction7Schema, type SafetyAction7Requirement } from '../../src/schemas/safety-action-7.ts';
import { templateBySlug } from '../../templates/index.ts';
import { EXPENSES_REQUIREMENT, REMUNERATION_REQUIREMENT } from '../../templates/sa7-confirmation.ts';
import { splitToolkit } from '../support/toolkit-source.ts';
import { FAQ_SEED, parseFaqSource } from '../support/faq-source.ts';

const requirements = listInFile(readFileSync('content/safety-action-7.yaml', 'utf8'), 'requirements', 'content/safety-action-7.yaml').map((entry) =>
  safetyAction7Schema.parse(entry),
);
const toolkit = splitToolkit();
const faq = parseFaqSource(readFileSync(FAQ_SEED, 'utf8')).questions;

/** The source text a requirement cites, with the seed's lost links reduced to their text. */
function sourceOf(r: SafetyAction7Requirement): string {
  const text = r.source === 'toolkit' ? toolkit.find((p) => p.number === r.where)?.text : faq.find((q) => q.number === Number(r.where))?.answer;
  assert.ok(text, `${r.id}: the source has no ${r.source} ${r.where}`);
  return text.replace(/\[((?:[^\]\\]|\\.)+)\]\(#\)/g, '$1');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the content lists every requirement the sources quote, each valid under the schema', () => {
  assert.deepEqual(
    requirements.map((r) => `${r.source} ${r.where}`),
    ['toolkit 2.5', 'toolkit 2.5', 'toolkit 4.3', 'toolkit 4.4', 'toolkit 4.6', 'toolkit 4.19', 'toolkit 4.20', 'faq 12', 'faq 12'],
  );
  assert.equal(new Set(requirements.map((r) => r.id)).size, requirements.length);
  assert.deepEqual(
    requirements.map((r) => r.order),
    requirements.map((_, i) => i + 1),
    'numbered in the order of the file',
  );
  assert.equal(safetyAction7Schema.safeParse({ ...requirements[0], where: 'two' }).success, false);
  assert.equal(safetyAction7Schema.safeParse({ ...requirements[0], templates: [] }).success, false);
});

test('every quotation is word for word the source’s, introduced by the source’s own words', () => {
  for (const r of requirements) {
    const text = sourceOf(r);
    // The quoted words follow the lead directly (or after another quoted requirement and "and", as in 2.5):
    // in quotation marks if the source uses them, else as the FAQ's numbered item.
    const quoted = r.marks ? `(?:[“"][^”"]+[”"]\\s*and\\s*)?[“"]${escapeRegExp(r.quote)}[”"]` : `(?:\\d+\\.\\s+)?${escapeRegExp(r.quote)}`;
    const pattern = new RegExp(`${r.lead ? `${escapeRegExp(r.lead)}\\s*` : ''}${quoted}`);
    assert.match(text, pattern, `${r.id}: “${r.quote}” as ${r.source} ${r.where} words it`);
  }
  // Without marks where the source has them, or with one word changed, the check fails.
  const changed = { ...requirements[0], quote: requirements[0].quote.replace('agreed', 'arranged') };
  assert.doesNotMatch(sourceOf(changed), new RegExp(escapeRegExp(changed.quote)));
});

test('the toolkit sections that mention Safety Action 7 or the incentive scheme all have a requirement here', () => {
  const mentioning = toolkit.filter((p) => /Safety Action 7|Maternity Incentive Scheme/.test(p.text)).map((p) => p.number);
  assert.deepEqual([...new Set(requirements.filter((r) => r.source === 'toolkit').map((r) => r.where))], mentioning);
});

test('every template named exists, and the confirmation letters answer the requirements they quote', () => {
  for (const r of requirements) for (const { slug } of r.templates) assert.ok(templateBySlug(slug), `${r.id}: no template ${slug}`);
  const byId = new Map(requirements.map((r) => [r.id, r]));
  const letters = [
    ['remuneration-confirmation', REMUNERATION_REQUIREMENT, 'remuneration-confirmation'],
    ['expenses-confirmation', EXPENSES_REQUIREMENT, 'expenses-confirmation'],
  ] as const;
  for (const [slug, quotation, id] of letters) {
    const r = byId.get(id)!;
    assert.equal(quotation.lead, r.lead, `${slug}: the toolkit's lead`);
    assert.deepEqual(quotation.items, [`“${r.quote}”`], `${slug}: the requirement, in the toolkit's quotation marks`);
    assert.ok(
      r.templates.some((t) => t.slug === slug),
      `${id} names ${slug}`,
    );
    const def = templateBySlug(slug)!;
    assert.equal(def.sections.find((s) => s.id === 'requirement')?.quotation, quotation, `${slug}: the form shows it`);
    const source = readFileSync(`templates/${slug}/document.md`, 'utf8');
    assert.ok(source.includes([quotation.lead, ...quotation.items.map((i) => `* ${i}`)].join('\n')), `${slug}: document.md repeats it unchanged`);
  }
  assert.equal(byId.get('remuneration-strengthened')!.quote, byId.get('remuneration-confirmation')!.quote, '4.20 quotes the same words as 2.5');
});
