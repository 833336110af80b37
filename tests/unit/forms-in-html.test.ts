// Every fill-in form is in the HTML as served, before any script runs (components/templates/markup/): each
// template page and /progress/ hold every part, every question's label and every checkpoint, and their list of
// parts points at parts that are there. (That every #link on every page resolves is links.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { templates, progressCheck } from '../../templates/index.ts';
import type { Field, TemplateDefinition } from '../../src/templates-engine/types.ts';
import { allFields } from '../../src/templates-engine/fields.ts';
import { cellId, fieldId, itemId } from '../../src/templates-engine/ids.ts';
import { checkpointsInOrder } from '../../src/templates-engine/checkpoints/order.ts';
import { readPage } from '../support/built-site.ts';

const htmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pages: Array<[string, TemplateDefinition]> = [
  ...templates.map((def): [string, TemplateDefinition] => [`/templates/${def.slug}/`, def]),
  ['/progress/', progressCheck],
];

/** The form's own HTML: from the form element to its end, so words elsewhere on the page do not count. */
function formHtml(html: string): string {
  const start = html.indexOf('<form class="template-questions"');
  assert.ok(start >= 0, 'the page has the form');
  return html.slice(start, html.indexOf('</form>', start));
}

/** Each question's label, as "the label for this control says this" (a control, or a fieldset's legend). */
function labelsOf(field: Field, form: string): string[] {
  const missing: string[] = [];
  const labelFor = (id: string, text: string) => {
    const m = new RegExp(`<label [^>]*for="${id}"[^>]*>([^<]*)`).exec(form);
    if (!m?.[1].includes(htmlText(text))) missing.push(`${field.name}: no label “${text}” for #${id}`);
  };
  const legend = (text: string) => {
    if (!form.includes(`<legend class="fieldset__legend">${htmlText(text)}</legend>`)) missing.push(`${field.name}: no legend “${text}”`);
  };
  switch (field.type) {
    case 'checkpoints':
      for (const { checkpoint, index } of checkpointsInOrder(field)) {
        if (!form.includes(`id="${cellId(field.name, index, 'status')}-legend">${htmlText(checkpoint.text)}`)) missing.push(`checkpoint ${checkpoint.id}`);
        // The note and evidence boxes are drawn when a checkpoint's fold is first opened, not in the HTML (142 boxes made
        // /progress/ slow to lay out); the fold is there, for scripts, and says whose note it is.
        if (!form.includes(`data-note-boxes="${index}"`)) missing.push(`checkpoint ${checkpoint.id}: no fold for its note`);
        if (form.includes(`id="${cellId(field.name, index, 'note')}"`)) missing.push(`checkpoint ${checkpoint.id}: note box in the HTML`);
      }
      break;
    case 'list': {
      legend(field.label);
      const first = form.includes(`id="${itemId(field.name, 0)}"`) ? itemId(field.name, 0) : `${itemId(field.name, 0)}-blank`;
      labelFor(first, `${field.itemLabel.charAt(0).toUpperCase()}${field.itemLabel.slice(1)} 1`);
      break;
    }
    case 'rows':
      legend(field.label);
      for (const column of field.columns) {
        const id = cellId(field.name, 0, column.name);
        labelFor(form.includes(`id="${id}"`) ? id : `${id}-blank`, column.label);
      }
      break;
    case 'choice':
      if (field.control !== 'select') {
        legend(field.label);
        for (const option of field.options)
          if (!form.includes(`>${htmlText(option.label)}</label>`)) missing.push(`${field.name}: no option “${option.label}”`);
        break;
      }
      labelFor(fieldId(field.name), field.label);
      break;
    default:
      labelFor(fieldId(field.name), field.label);
  }
  return missing;
}

for (const [path, def] of pages) {
  test(`${path} holds every question of its form before any script runs`, () => {
    const form = formHtml(readPage(path));
    assert.deepEqual(
      allFields(def).flatMap((f) => labelsOf(f, form)),
      [],
    );
    for (const [i, section] of def.sections.entries()) {
      assert.ok(
        form.includes(
          `<h2 id="section-${section.id}"><span class="form-section__step">Part ${i + 1} of ${def.sections.length}</span>${htmlText(section.title)}</h2>`,
        ),
        `part ${section.id} is drawn with its heading`,
      );
    }
  });
}

test('/progress/ links each checkpoint’s toolkit section, in the HTML', () => {
  const form = formHtml(readPage('/progress/'));
  const field = allFields(progressCheck).find((f) => f.type === 'checkpoints')!;
  const sections = field.type === 'checkpoints' ? field.groups.flatMap((g) => g.sections) : [];
  assert.ok(sections.length >= 50);
  for (const section of sections)
    assert.ok(form.includes(`<h4><a href="${section.path}">${htmlText(`${section.number} ${section.title}`)}</a></h4>`), section.number);
});

test('worked-out figures are drawn in their places, with those of the suggested answers', () => {
  const budget = formHtml(readPage('/templates/budget/'));
  assert.match(budget, /<p class="costs__total" data-costs="total">The budget comes to £[\d,]+\.\d\d/);
  // The suggested lines leave the days to fill in, so each line says where its cost will appear.
  assert.match(
    budget,
    /<p class="row-amount" [^>]*><strong>Cost of this line: <\/strong><span class="row-amount__pending">fill in the figures to see it<\/span>/,
  );
  assert.match(budget, /<svg class="costs-bar" [^>]*><rect class="costs-bar__fill" x="0" y="0" height="10" width="\d+" \/><\/svg>/);
  const progress = formHtml(readPage('/progress/'));
  assert.match(progress, /<ol class="progress-summary__next" [^>]*><li><p class="progress-summary__checkpoint">/);
});
