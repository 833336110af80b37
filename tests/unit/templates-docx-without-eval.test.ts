// Word templates are filled without eval (so the CSP can forbid it): every command our templates
// use must be understood by the evaluator, and it must give what eval would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { createReport } from 'docx-templates/lib/browser.js';
import { listCommands } from 'docx-templates';
import { templates } from '../../templates/index.ts';
import { buildTemplateDocx } from '../../scripts/build-docx-templates.ts';
import { CMD_DELIMITER, renderDocx } from '../../src/templates-engine/outputs/docx-render.ts';
import { evaluateExpression, UnsupportedExpressionError } from '../../src/templates-engine/outputs/docx-expressions.ts';
import { newLiteralXmlDelimiter, prepareDocxData } from '../../src/templates-engine/docx-data.ts';
import { allFields, validateDraft } from '../../src/templates-engine/schema.ts';
import { valueFor } from '../support/template-form.ts';
import type { Draft, TemplateDefinition } from '../../src/templates-engine/types.ts';

const scope = { v: { a: 'A', list: ['x'] }, has: { a: true, b: false }, x: { a: { label: 'L', value: 'V' }, b: null }, $row1: { amount: '£3' } };

test('paths, all-of, any-of and filtered lists evaluate as JavaScript would', () => {
  assert.equal(evaluateExpression('v.a', scope), 'A');
  assert.equal(evaluateExpression(' $row1.amount ', scope), '£3');
  assert.equal(evaluateExpression('v.missing', scope), undefined);
  assert.equal(evaluateExpression('has.a && has.b', scope), false);
  assert.equal(evaluateExpression('has.a || has.b', scope), true);
  assert.deepEqual(evaluateExpression('[x.a, x.b].filter(Boolean)', scope), [{ label: 'L', value: 'V' }]);
});

test('anything else is refused, and prototypes are out of reach', () => {
  for (const code of ['7*6', 'v.a.toUpperCase()', 'has.a && has.b || has.c', 'globalThis["x"]', 'x => x', '[v.a].map(String)', '']) {
    assert.throws(() => evaluateExpression(code, scope), UnsupportedExpressionError, code);
  }
  assert.equal(evaluateExpression('v.constructor', scope), undefined);
  assert.equal(evaluateExpression('v.__proto__', scope), undefined);
});

test('every command in every built Word template is one the evaluator understands', async () => {
  for (const def of templates) {
    const template = await buildTemplateDocx(def.slug);
    const commands = await listCommands(template.buffer as ArrayBuffer, CMD_DELIMITER);
    assert.ok(commands.length > 5, `${def.slug} has commands`);
    const data = prepareDocxData(def, null);
    for (const { type, code } of commands) {
      if (type === 'END-FOR' || type === 'END-IF') continue;
      const expression = type === 'FOR' ? code.replace(/^\S+\s+IN\s+/i, '') : code;
      // Loop variables are not in scope outside their loop; any value proves the expression parses.
      const loopScope = Object.fromEntries([...expression.matchAll(/\$\w+/g)].map(([name]) => [name, {}]));
      assert.doesNotThrow(() => evaluateExpression(expression, { ...data, ...loopScope }), `${def.slug}: ${type} ${code}`);
    }
  }
});

/** A valid value for a field or column: hostile text is cut to the field's length limit. */
function validValue(field: { type: string; name: string; maxLength?: number; itemMaxLength?: number }, tag: string): string {
  const value = valueFor(field, tag);
  const limit = field.maxLength ?? field.itemMaxLength;
  return limit ? [...value].slice(0, limit).join('') : value;
}

/** Every answer filled in, so loops, conditions and totals all run. */
function everything(def: TemplateDefinition): Draft {
  return Object.fromEntries(
    allFields(def).map((f) => {
      if (f.type === 'choice') return [f.name, f.options[f.options.length - 1].value];
      if (f.type === 'list') return [f.name, [validValue(f, '1'), validValue(f, '2')]];
      if (f.type === 'rows')
        return [
          f.name,
          [Object.fromEntries(f.columns.map((c) => [c.name, c.type === 'choice' ? c.options[c.options.length - 1].value : validValue(c, c.name)]))],
        ];
      return [f.name, validValue(f, f.name)];
    }),
  );
}

test('a filled-in document is the same as docx-templates would make with eval', async () => {
  for (const def of templates) {
    const checked = validateDraft(def, everything(def));
    if (!checked.ok) throw new Error(`${def.slug}: ${checked.errors[0].message}`);
    const template = await buildTemplateDocx(def.slug);
    const ours = await renderDocx(createReport, template, def, checked.answers);
    const withEval = await createReport({
      template,
      data: prepareDocxData(def, checked.answers),
      cmdDelimiter: CMD_DELIMITER,
      literalXmlDelimiter: newLiteralXmlDelimiter(),
      noSandbox: true,
      processLineBreaks: true,
      processLineBreaksAsNewText: true,
      failFast: true,
      rejectNullish: true,
      fixSmartQuotes: false,
    } as unknown as Parameters<typeof createReport>[0]);
    const xml = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    assert.equal(await xml(ours), await xml(withEval), def.slug);
  }
});

test('list positions in a path are read from the list itself, and nothing else is', () => {
  const scope = { $line4: { cells: ['first', 'second'] } };
  assert.equal(evaluateExpression('$line4.cells[1]', scope), 'second');
  assert.equal(evaluateExpression('$line4.cells[5]', scope), undefined);
  assert.throws(() => evaluateExpression('$line4.cells[i]', scope), UnsupportedExpressionError);
  assert.throws(() => evaluateExpression("$line4['cells']", scope), UnsupportedExpressionError);
});
