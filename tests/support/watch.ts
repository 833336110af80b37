// Watches a browser context for requests to other origins and for Content-Security-Policy violations.
import type { BrowserContext, Page } from '@playwright/test';

export interface Watch {
  /** Requests whose origin is not the site's. */
  foreign: string[];
  /** CSP violations reported by pages, and CSP errors logged by pages or their workers. */
  violations(): Promise<string[]>;
  /** Starts watching a page (call before it navigates). */
  page(page: Page): Promise<void>;
}

export function watchContext(context: BrowserContext, origin: string): Watch {
  const foreign: string[] = [];
  const logged: string[] = [];
  const pages: Page[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    // data: and blob: are not network requests; blob: addresses carry the page's own origin anyway.
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
  });
  return {
    foreign,
    async page(page) {
      pages.push(page);
      page.on('console', (message) => {
        if (/Content[- ]Security[- ]Policy/i.test(message.text())) logged.push(`${page.url()}: ${message.text()}`);
      });
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.defineProperty(window, '__cspViolations', { value: seen });
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.sourceFile}:${e.lineNumber}`),
        );
      });
    },
    async violations() {
      const reported = await Promise.all(
        pages
          .filter((p) => !p.isClosed())
          .map((p) => p.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => [])),
      );
      return [...logged, ...reported.flat()];
    },
  };
}
