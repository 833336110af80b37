// What the engine journeys need from a browser, whichever drives it: WebKit through WebKitWebDriver
// (selenium-webdriver), Firefox through WebDriver BiDi (puppeteer-core). Scripts passed to `run` are sent
// as source text, so they may use only their own arguments, not the test's variables.
export type EngineName = 'webkit' | 'firefox';

export interface Tab {
  /** Goes to a path of the test site and waits for the page's load event. */
  goto: (path: string) => Promise<void>;
  reload: () => Promise<void>;
  /** Runs a function in the page (awaiting a promise it returns) and gives back its JSON-able result. */
  run: <T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A) => Promise<T>;
  /** Clicks the first element the selector finds, as a person would (scrolled into view first). */
  click: (selector: string) => Promise<void>;
  /** Types into the element the selector finds, key by key, after the text already in it. */
  type: (selector: string, text: string) => Promise<void>;
  press: (key: 'Enter' | 'Escape' | 'Tab') => Promise<void>;
  /** Makes the page's viewport (innerWidth × innerHeight) this size. */
  viewport: (width: number, height: number) => Promise<void>;
  screenshot: (file: string) => Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** The tab the tests use (a second one is opened by `openTab`). */
  tab: Tab;
  openTab: (path: string) => Promise<Tab>;
  /** Closes every tab but the first. */
  closeOtherTabs: () => Promise<void>;
  /** Where downloads land; emptied by `clearDownloads`. */
  downloadDir: string;
  stop: () => Promise<void>;
}

/** Polls `check` in the page until it returns something truthy (that value), or fails with `what`. */
export async function waitFor<T, A extends unknown[]>(
  tab: Tab,
  what: string,
  check: (...args: A) => T | Promise<T>,
  ...args: A
): Promise<Exclude<T, false | null | undefined | 0 | ''>> {
  const deadline = Date.now() + 15_000;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await tab.run(check, ...args);
    if (last) return last as Exclude<T, false | null | undefined | 0 | ''>;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what} (last: ${JSON.stringify(last)})`);
}
