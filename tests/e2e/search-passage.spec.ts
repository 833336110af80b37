import { test, expect, type Page } from '@playwright/test';

// The passage that answers: for a question, the first result's excerpt is the sentence that answers
// it (copied here from the page), and opening the result lands on that passage, marked, with the
// words searched for marked in it, on every kind of page.
const CASES = [
  {
    kind: 'toolkit section',
    query: 'can we use a community bank account to pay the chair',
    page: '/toolkit/setting-up/paying-remuneration-and-expenses/',
    passage: 'Pay a budget into a community bank account for the MVP so that the service user leadership team can manage payments themselves.',
    marks: ['community', 'bank', 'account'],
  },
  {
    kind: 'FAQ answer',
    query: 'how many hours a week for the MNVP lead',
    page: '/faq/#band-and-hours',
    passage: 'The number of hours required for the MNVP lead role will need to be in line with the requirements of the agreed MNVP programme of work.',
    marks: ['hours', 'MNVP', 'lead'],
  },
  {
    kind: 'glossary entry',
    query: 'what does band 8a mean',
    page: '/glossary/#band-8a',
    passage: 'NHS jobs are paid on numbered pay bands (the Agenda for Change pay scales).',
    marks: ['band'],
  },
  {
    kind: 'template',
    query: 'how do I claim for childcare',
    page: '/templates/expenses-confirmation/',
    passage: 'confirms to the trust that they and the other service user members can claim out-of-pocket expenses, including childcare, in a timely way',
    marks: ['claim', 'childcare'],
  },
  {
    kind: 'progress check',
    query: 'checkpoint status not started in progress in place',
    page: '/progress/',
    passage: 'Give each one a status: Not started, In progress, In place or Not applicable.',
    marks: ['status', 'started'],
  },
] as const;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function searchFor(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator(`[data-search-page][data-query="${query}"]`)).toBeAttached({ timeout: 20_000 });
  return page.locator('.search-page-results > ol > li').first();
}

for (const { kind, query, page: address, passage, marks } of CASES) {
  test(`${kind}: the first result for “${query}” shows the sentence that answers it, and opens at it`, async ({ page }) => {
    const first = await searchFor(page, query);
    const link = first.locator('h2 a');
    const [path, hash = ''] = address.split('#');
    expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toBe(path);
    const excerpt = first.locator(':scope > .search-result__excerpt');
    expect(squash(await excerpt.innerText())).toContain(passage);
    for (const word of marks) await expect(excerpt.locator('mark', { hasText: new RegExp(`^${word}`, 'i') }).first()).toBeVisible();

    await link.click();
    await expect(page).toHaveURL((url) => url.pathname === path && url.hash === (hash ? `#${hash}` : ''));
    const landed = page.locator('.search-passage');
    await expect(landed).toHaveCount(1);
    expect(squash(await landed.innerText())).toContain(passage);
    await expect(landed).toBeInViewport();
    await expect(landed).toBeFocused();
    for (const word of marks) await expect(landed.locator('mark.search-hit', { hasText: new RegExp(`^${word}`, 'i') }).first()).toBeVisible();
  });
}

test('a word found through its synonym is marked as the page writes it, in the excerpt and on the page', async ({ page }) => {
  // "hospital" also searches "provider", the toolkit's word.
  const first = await searchFor(page, 'hospital neonatal standards');
  const marked = (await first.locator(':scope > .search-result__excerpt mark').allTextContents()).map((m) => m.toLowerCase());
  expect(marked.some((m) => m.startsWith('provider'))).toBe(true);
  await first.locator('h2 a').click();
  await expect(page.locator('.search-passage mark.search-hit', { hasText: /^provider/i }).first()).toBeVisible();
});

test('a page opened without a passage, or with one it does not have, only marks the words', async ({ page }) => {
  await page.goto('/toolkit/setting-up/budget/?highlight=budget&passage=no+such+words+anywhere+on+this+page');
  await expect(page.locator('main mark.search-hit').first()).toBeVisible();
  await expect(page.locator('.search-passage')).toHaveCount(0);
});
