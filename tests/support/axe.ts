import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's violations on the page as it is now, one line each ("rule: help (first targets)"); [] when clean.
 * axe-core runs in the page directly, asked for violations only: @axe-core/playwright's AxeBuilder injects axe again
 * for every run and finishes each run in a new page, which made it four to seven times slower here. The site's pages
 * have no frames, so running in the top document checks everything.
 */
export async function axeViolations(page: Page, only: { tags: string[] } | { rules: string[] } = { tags: WCAG_TAGS }): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOnly = 'tags' in only ? { type: 'tag', values: only.tags } : { type: 'rule', values: only.rules };
  return page.evaluate(async (runOnly) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is the global axe-core puts on window
    const { violations } = await (window as any).axe.run(document, { runOnly, resultTypes: ['violations'] });
    return violations.map(
      (v: { id: string; help: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.help} (${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')})`,
    );
  }, runOnly);
}

/** axe finds no WCAG 2.2 AA violation as the page is now, then at 320 px wide, where nothing may scroll sideways. */
export async function expectAccessibleAtDesktopAndPhone(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await axeViolations(page), 'at 320 px').toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
