// /safety-action-7/: each requirement quoted exactly as the content (checked against the sources by
// tests/unit/safety-action-7.test.ts) says, with its source and templates linked; reached from the toolkit,
// the FAQ and the home page; accessible at desktop and phone widths.
import { readFileSync } from 'node:fs';
import { listInFile } from '../../src/utils/list-file.ts';
import { test, expect } from '@playwright/test';
import { safetyAction7Schema } from '../../src/schemas/safety-action-7.ts';
import { templateBySlug } from '../../templates/index.ts';
import { expectAccessibleAtDesktopAndPhone } from '../support/axe.ts';

const requirements = listInFile(readFileSync('content/safety-action-7.yaml', 'utf8'), 'requirements', 'content/safety-action-7.yaml').map((e) =>
  safetyAction7Schema.parse(e),
);

test('every requirement is quoted exactly, with where it comes from and the templates that help', async ({ page }) => {
  await page.goto('/safety-action-7/');
  await expect(page.getByRole('note', { name: 'Check this year’s requirements with NHS Resolution' })).toContainText('The scheme changes every year.');
  const sections = page.locator('section.sa7-requirement');
  await expect(sections).toHaveCount(requirements.length);
  for (const [i, r] of requirements.entries()) {
    const section = sections.nth(i);
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(r.title);
    const paragraphs = section.locator('blockquote p');
    await expect(paragraphs).toHaveText([...(r.lead ? [r.lead] : []), r.marks ? `“${r.quote}”` : r.quote]);
    await expect(section.locator('.section-meta')).toHaveText(r.when);
    const source = section.locator('figcaption a');
    await expect(source).toHaveAttribute('href', r.source === 'faq' ? '/faq/#mis-cnst-sa7-evidence' : /^\/toolkit\/[a-z-]+\/[a-z-]+\/$/);
    await expect(source).toContainText(r.source === 'faq' ? `question ${r.where}` : `section ${r.where}:`);
    const links = section.locator('.sa7-templates a');
    await expect(links).toHaveText(r.templates.map((t) => templateBySlug(t.slug)!.title));
    for (const [j, t] of r.templates.entries()) await expect(links.nth(j)).toHaveAttribute('href', `/templates/${t.slug}/`);
  }
  // A source link leads to the section that says it.
  await sections
    .nth(requirements.findIndex((r) => r.where === '4.4'))
    .locator('figcaption a')
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Feedback');
  await expect(page.locator('main')).toContainText(requirements.find((r) => r.where === '4.4')!.quote);
});

test('the toolkit sections, FAQ question 12 and the home page lead to it', async ({ page }) => {
  await page.goto('/toolkit/setting-up/paying-remuneration-and-expenses/');
  const aside = page.getByRole('complementary', { name: 'Safety Action 7 evidence' });
  await expect(aside.getByRole('link')).toHaveText(requirements.filter((r) => r.where === '2.5').map((r) => r.title));
  await aside.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/safety-action-7\/#remuneration-confirmation$/);
  await expect(page.getByRole('heading', { name: requirements[0].title })).toBeInViewport();

  await page.goto('/toolkit/getting-established/social-media/');
  await expect(page.getByRole('complementary', { name: 'Safety Action 7 evidence' })).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Templates for this section' }).getByRole('link', { name: 'Social media guidelines' })).toHaveAttribute(
    'href',
    '/templates/social-media-guidelines/',
  );

  await page.goto('/faq/');
  await expect(page.getByRole('complementary', { name: /On this site, for question 12/ }).getByRole('link', { name: /^Safety Action 7/ })).toHaveAttribute(
    'href',
    '/safety-action-7/',
  );
  await expect(
    page.getByRole('complementary', { name: /On this site, for question 13/ }).getByRole('link', { name: /^Social media guidelines template/ }),
  ).toHaveAttribute('href', '/templates/social-media-guidelines/');
  await page.goto('/');
  await page.getByRole('link', { name: 'the MVP evidence for Safety Action 7' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Safety Action 7: MVP evidence for the Maternity Incentive Scheme');
});

test('the templates page lists the letters and the new member and social media templates under their kinds', async ({ page }) => {
  await page.goto('/templates/');
  const letters = page.getByRole('list', { name: 'Safety Action 7 evidence' });
  await expect(letters.getByRole('heading', { level: 3 })).toHaveText([
    'Written confirmation of remuneration',
    'Written confirmation of expenses, including childcare',
  ]);
  const members = page.getByRole('list', { name: 'Members and communication' });
  await expect(members.getByRole('heading', { level: 3 })).toHaveText(['Welcome information for new members', 'Social media guidelines']);
});

test('axe finds no violation on /safety-action-7/, at 320px too', async ({ page }) => {
  await page.goto('/safety-action-7/');
  await expectAccessibleAtDesktopAndPhone(page);
});
