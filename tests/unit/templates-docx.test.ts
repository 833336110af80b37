// The Word templates themselves: built from readable source, and safe with any answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { createReport } from 'docx-templates/lib/browser.js';
import { templates } from '../../templates/index.ts';
import { buildTemplateDocx } from '../../scripts/build-docx-templates.ts';
import { parseDocumentSource } from '../../src/templates-engine/document/source.ts';
import { documentXml } from '../../src/templates-engine/document/wordml.ts';
import { renderDocx } from '../../src/templates-engine/outputs/docx-render.ts';
import { defaultDraft } from '../../src/templates-engine/draft.ts';
import { validateDraft } from '../../src/templates-engine/schema.ts';

// biome-ignore lint/suspicious/noTemplateCurlyInString: a literal "${x}" is part of the hostile text.
const OTHER_SYNTAX = '{{x}} ${x} \u0001';
const HOSTILE = 'Ünïcødé 😀 مرحبا & <b>x</b> +++INS 7*6+++ ||<w:p/>||';

test('every template has a document source that uses only its own answers', () => {
  for (const def of templates) {
    const source = parseDocumentSource(readFileSync(`templates/${def.slug}/document.md`, 'utf8'));
    assert.doesNotThrow(() => documentXml(source, def), def.slug);
    assert.ok(
      source.header.some((i) => i.kind === 'field' && i.name === def.nameField),
      `${def.slug}: the header shows the MVP's name`,
    );
  }
  assert.throws(() => documentXml(parseDocumentSource('{nope}'), templates[0]), /unknown field/);
});

test('the built template is a professional document: styles, header with the MVP name, page X of Y, tables', async () => {
  const zip = await JSZip.loadAsync(await buildTemplateDocx('chair-role-description'));
  const styles = await zip.file('word/styles.xml')!.async('string');
  for (const style of ['Title', 'Heading1', 'Heading2', 'ListBullet']) assert.match(styles, new RegExp(`w:styleId="${style}"`));
  assert.match(await zip.file('word/header1.xml')!.async('string'), /INS v\.mvpName/);
  const footer = await zip.file('word/footer1.xml')!.async('string');
  assert.match(footer, /Page .*PAGE .* of .*NUMPAGES/s);
  assert.match(await zip.file('word/document.xml')!.async('string'), /<w:tbl>/);
});

test('building is reproducible, so the generated files never need reviewing', async () => {
  const a = await buildTemplateDocx('vice-chair-role-description');
  // Zip entries keep times to two seconds: built twice within them, a date taken from the clock would not show.
  await new Promise((resolve) => setTimeout(resolve, 2100));
  const b = await buildTemplateDocx('vice-chair-role-description');
  assert.deepEqual(a, b);
});

test('hostile text and long answers come out as literal text in well-formed XML', async () => {
  const def = templates[0];
  const draft = {
    ...defaultDraft(def),
    mvpName: HOSTILE,
    purpose: `${HOSTILE}\n\n${'z'.repeat(1900)}`,
    daysPerMonth: '4',
    responsibilities: [HOSTILE, OTHER_SYNTAX],
  };
  const checked = validateDraft(def, draft);
  if (!checked.ok) throw new Error(checked.errors[0].message);
  const out = await renderDocx(createReport, await buildTemplateDocx(def.slug), def, checked.answers);
  const zip = await JSZip.loadAsync(out);
  const xml = await zip.file('word/document.xml')!.async('string');
  const header = await zip.file('word/header1.xml')!.async('string');
  const escaped = 'Ünïcødé 😀 مرحبا &amp; &lt;b&gt;x&lt;/b&gt; +++INS 7*6+++ ||&lt;w:p/&gt;||';
  assert.ok(xml.includes(escaped));
  assert.ok(header.includes(escaped));
  assert.ok(!xml.includes('<w:p/>||'));
  assert.ok(!/>42</.test(xml));
  assert.ok(!xml.includes('undefined'));
  assert.ok(!/[\u0001]/.test(xml));
});
