// For every role description (the budget has its own tests in templates-budget.spec.ts): fill in every answer, reload, download, and read the Word file with LibreOffice.
import { test, expect } from '@playwright/test';
import { templates } from '../../templates/index.ts';
import { allFields } from '../../src/templates-engine/schema.ts';
import { fieldId, itemId } from '../../src/templates-engine/ids.ts';
import { docxToText } from '../support/libreoffice.ts';
import { HOSTILE, downloadDocx, fillEverything } from '../support/template-form.ts';

for (const def of templates.filter((t) => t.category === 'Role descriptions')) {
  test(`${def.title}: every answer survives a reload and appears literally in the Word document`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const requests: Array<{ url: string; method: string; body: string | null }> = [];
    page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));

    await page.goto(`/templates/${def.slug}/`);
    await expect(page.getByRole('heading', { name: 'Your answers stay on this device' })).toBeVisible();
    const expected = await fillEverything(page, def);

    await page.reload();
    await expect(page.locator(`#${fieldId(def.nameField)}`)).toHaveValue(`[${def.nameField}] ${HOSTILE}`);
    const firstList = allFields(def).find((f) => f.type === 'list')!;
    await expect(page.locator(`#${itemId(firstList.name, 1)}`)).toHaveValue(`[${firstList.name}]2 ${HOSTILE}`);

    const { name, bytes } = await downloadDocx(page);
    expect(name.startsWith('[mvpName] Ünïcødé 😀 مرحبا & b x b +++INS 7 6+++')).toBe(true);
    expect(name).toMatch(/ - \d{4}-\d{2}-\d{2}\.docx$/);
    expect(name).toContain(` - ${def.fileLabel} - `);
    await expect(page.getByRole('status')).toContainText('has been downloaded');

    const text = await docxToText(bytes);
    for (const value of expected) expect(text, `document shows ${value}`).toContain(value);
    expect(text).toContain(HOSTILE);
    expect(text).not.toContain('42');
    expect(text).not.toContain('undefined');

    const elsewhere = requests.filter((r) => new URL(r.url).origin !== origin && !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
    expect(elsewhere.map((r) => r.url)).toEqual([]);
    expect(requests.filter((r) => r.method !== 'GET' || r.body).map((r) => `${r.method} ${r.url}`)).toEqual([]);
    expect(requests.some((r) => r.url.includes(encodeURIComponent('Ünïcødé')) || r.url.includes('mvpName'))).toBe(false);
  });
}
