// Helpers for driving a template's form in Playwright, generic over any template definition.
import type { Page } from '@playwright/test';
import type { Field, TemplateDefinition } from '../../src/templates-engine/types.ts';
import { allFields } from '../../src/templates-engine/schema.ts';
import { fieldId, itemId, cellId, addButtonId } from '../../src/templates-engine/ids.ts';

export const HOSTILE = 'Ünïcødé 😀 مرحبا & <b>x</b> +++INS 7*6+++ ||<w:p/>||';

/** A distinct value for each field that is valid for it, tagged so it can be found in the document. */
export function valueFor(field: Field | { type: string; name: string }, tag: string): string {
  switch (field.type) {
    // Within the field's limit: a rate per mile is at most a pound or two.
    case 'money':
      return 'maxPence' in field && field.maxPence !== undefined && field.maxPence < 98_750 ? '0.45' : '987.50';
    case 'number':
      return 'integer' in field && field.integer ? '3' : '3.5';
    case 'date':
      return '2026-04-01';
    default:
      return `${tag} ${HOSTILE}`;
  }
}

/** Fills every answer of the template, replacing what was there; returns the text the document should show. */
export async function fillEverything(page: Page, def: TemplateDefinition): Promise<string[]> {
  const expected: string[] = [];
  for (const field of allFields(def)) {
    const tag = `[${field.name}]`;
    if (field.type === 'choice') {
      const option = field.options[field.options.length - 1];
      if (field.control === 'select') await page.locator(`#${fieldId(field.name)}`).selectOption(option.value);
      else await page.locator(`input[name="${fieldId(field.name)}"][value="${option.value}"]`).check();
      expected.push(option.label);
    } else if (field.type === 'list') {
      await removeAll(page, field.name);
      for (let i = 0; i < 2; i++) {
        await page.locator(`#${addButtonId(field.name)}`).click();
        const text = `${tag}${i + 1} ${HOSTILE}`;
        await page.locator(`#${itemId(field.name, i)}`).fill(text);
        expected.push(text);
      }
    } else if (field.type === 'rows') {
      await removeAll(page, field.name);
      await page.locator(`#${addButtonId(field.name)}`).click();
      for (const column of field.columns) {
        const cell = page.locator(`#${cellId(field.name, 0, column.name)}`);
        if (column.type === 'choice') {
          const option = column.options[column.options.length - 1];
          await cell.selectOption(option.value);
          expected.push(option.label);
          continue;
        }
        const value = valueFor(column, `${tag}${column.name}`);
        await cell.fill(value);
        if (column.type === 'text' || column.type === 'longText') expected.push(value);
      }
    } else {
      const value = valueFor(field, tag);
      await page.locator(`#${fieldId(field.name)}`).fill(value);
      expected.push(field.type === 'money' ? `£${value}` : field.type === 'date' ? '1 April 2026' : value);
    }
  }
  return expected;
}

async function removeAll(page: Page, name: string) {
  const remove = page.locator(`button[data-remove="${name}"]`);
  while ((await remove.count()) > 0) await remove.first().click();
}

export async function downloadDocx(page: Page, buttonName = 'Download as Word'): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(Buffer.concat(chunks)) };
}
