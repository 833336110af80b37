// The base path the site under test is served from: "/" or, in the sub-path project, "/mvp-toolkit/".
import { test as base } from '@playwright/test';

export interface BaseOptions {
  base: string;
}

export const test = base.extend<BaseOptions & { at: (path: string) => string }>({
  base: ['/', { option: true }],
  /** A site path ("/toolkit/") as served: with the base in front. */
  at: async ({ base: prefix }, use) => use((path: string) => `${prefix}${path.replace(/^\//, '')}`),
});

export { expect } from '@playwright/test';
