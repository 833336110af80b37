// The journeys a person makes, run in one engine (tests/engines/*-journeys.test.ts): reading a section at
// phone and desktop widths in both themes, search, the budget, a role description, two tabs, the progress
// check, offline after a first visit, a part of a form whose code cannot be fetched, a draft kept for days,
// and the page staying still under the person when a part link is followed. One browser for the file; each
// journey starts from a clean browser (storage, caches and service worker cleared).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { ERRORS_KEY, startSite, type TestSite } from './site.ts';
import { waitFor, type Engine, type EngineName, type Tab } from './engine.ts';

const SECTION = '/toolkit/setting-up/budget/';
const SCREENSHOTS = 'test-results/engines';
/** Checked and screenshotted at each width and theme: a section always; the budget and /progress/ too with ENGINE_SCREENSHOTS=1. */
const PAGES_TO_SHOW = [
  ['section', SECTION],
  ...(process.env.ENGINE_SCREENSHOTS
    ? [
        ['budget', '/templates/budget/'],
        ['progress', '/progress/'],
      ]
    : []),
] as const;

/** The page's recorded errors (site.ts), emptied. */
async function takeErrors(tab: Tab): Promise<string[]> {
  return tab.run((key: string) => {
    const all = JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[];
    sessionStorage.removeItem(key);
    return all;
  }, ERRORS_KEY);
}

/** Forgets everything the site kept: storage, caches and the service worker (whose cache could answer a blocked request). */
async function forgetSite(tab: Tab, site: TestSite) {
  await tab.goto('/404-engine-test/');
  await tab.run(async () => {
    localStorage.clear();
    if ('serviceWorker' in navigator) for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
    if ('caches' in window) for (const name of await caches.keys()) await caches.delete(name);
  });
  await takeErrors(tab);
  site.offline = false;
  site.block = undefined;
}

/** Presses a download button, failing with the error summary's words if the answers are not accepted. */
async function download(tab: Tab, format: string) {
  await tab.click(`button[data-output="${format}"]`);
  const summary = await tab.run(
    () =>
      new Promise<string>((r) =>
        setTimeout(() => {
          const box = document.querySelector<HTMLElement>('[data-error-summary]')!;
          r(box.hidden ? '' : (box.textContent ?? ''));
        }, 300),
      ),
  );
  assert.equal(summary, '', 'the answers were not accepted');
}

const formReady = (tab: Tab) => waitFor(tab, 'the form to be ready', () => document.querySelector('.template-form.is-ready') !== null);

/** Waits for a downloaded file whose name ends with `extension` and returns its bytes. */
async function downloaded(engine: Engine, extension: string): Promise<{ name: string; bytes: Buffer }> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const name = readdirSync(engine.downloadDir).find((f) => f.endsWith(`.${extension}`));
    if (name) {
      // A browser may create the file before it has written all of it: wait until its size holds still.
      let bytes = readFileSync(join(engine.downloadDir, name));
      await new Promise((r) => setTimeout(r, 300));
      const again = readFileSync(join(engine.downloadDir, name));
      if (again.length === bytes.length && again.length > 0) {
        rmSync(join(engine.downloadDir, name));
        return { name, bytes };
      }
      bytes = again;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`No .${extension} download in ${engine.downloadDir} (has: ${readdirSync(engine.downloadDir).join(', ')})`);
}

/** All the text of the XML parts of a .docx or .xlsx whose names match. */
async function zipText(bytes: Buffer, parts: RegExp): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const texts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => parts.test(f.name))
      .map((f) => f.async('string')),
  );
  return texts.join('\n');
}

/**
 * Follows a part link as soon as the form is ready (a person who taps it at once), and says where the part's
 * heading is on the screen: right after the jump, once the page has settled `settleMs` later, and the
 * largest move seen in between. Run in the page, so no round trip to the driver delays the tap.
 */
async function followPartLink(tab: Tab, partId: string, settleMs: number): Promise<{ atJump: number; settled: number; moved: number; screen: number }> {
  return tab.run(
    (id: string, ms: number) =>
      new Promise<{ atJump: number; settled: number; moved: number; screen: number }>((resolve) => {
        const heading = () => document.getElementById(`section-${id}`)!;
        const follow = () => {
          const link = document.querySelector<HTMLAnchorElement>(`[data-part-nav] a[href="#section-${id}"]`)!;
          link.scrollIntoView();
          link.click();
          // Firefox follows a clicked link a frame or so later, not during the click: the jump is measured once
          // the address has the part's #.
          const jumped = () => (location.hash === `#section-${id}` ? measure() : requestAnimationFrame(jumped));
          const measure = () => {
            const atJump = heading().getBoundingClientRect().top;
            let moved = 0;
            const started = performance.now();
            const sample = () => {
              const top = heading().getBoundingClientRect().top;
              moved = Math.max(moved, Math.abs(top - atJump));
              if (performance.now() - started < ms) requestAnimationFrame(sample);
              else resolve({ atJump, settled: top, moved, screen: innerHeight });
            };
            requestAnimationFrame(sample);
          };
          requestAnimationFrame(jumped);
        };
        const whenReady = () => (document.querySelector('.template-form.is-ready [data-part-nav]:not([hidden])') ? follow() : requestAnimationFrame(whenReady));
        whenReady();
      }),
    partId,
    settleMs,
  );
}

export function engineJourneys(name: EngineName, start: (origin: string) => Promise<Engine>, port: number): void {
  describe(`journeys in ${name}`, { timeout: 600_000 }, () => {
    let site: TestSite;
    let engine: Engine;
    let tab: Tab;
    before(async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      site = await startSite(port);
      engine = await start(site.origin);
      tab = engine.tab;
    });
    after(async () => {
      await engine?.stop();
      await site?.close();
    });

    test('a section reads at 375 and 1440 px in light and dark, with the menu and a glossary term; pages screenshotted', async () => {
      await forgetSite(tab, site);
      for (const theme of ['light', 'dark'] as const) {
        await tab.run((t: string) => localStorage.setItem('mvp-toolkit:theme', t), theme);
        for (const width of [375, 1440]) {
          await tab.viewport(width, width === 375 ? 812 : 900);
          for (const [label, path] of PAGES_TO_SHOW) {
            await tab.goto(path);
            if (label !== 'section') await formReady(tab);
            const page = await tab.run(() => ({
              theme: document.documentElement.dataset.theme,
              wide: document.documentElement.scrollWidth,
              view: innerWidth,
              h1: document.querySelector('h1')?.textContent ?? '',
            }));
            assert.equal(page.theme, theme);
            assert.ok(page.wide <= page.view, `${path} at ${width} px is ${page.wide} px wide: it scrolls sideways`);
            await tab.run(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
            // Made again each time: a Playwright run in between empties test-results/.
            mkdirSync(SCREENSHOTS, { recursive: true });
            await tab.screenshot(join(SCREENSHOTS, `${name}-${label}-${width}-${theme}.png`));
          }
        }
      }
      // The menu at phone width opens and shows its links.
      await tab.viewport(375, 812);
      await tab.goto(SECTION);
      await tab.click('.menu-button');
      await waitFor(
        tab,
        'the menu to open',
        () =>
          document.querySelector('.menu-button')!.getAttribute('aria-expanded') === 'true' &&
          (document.querySelector('#site-menu') as HTMLElement).getBoundingClientRect().height > 0,
      );
      await tab.press('Escape');
      await tab.goto(SECTION);
      // A glossary term leads to its definition, in view.
      const term = await tab.run(() => {
        const link = document.querySelector<HTMLAnchorElement>('main a.glossary-term')!;
        link.scrollIntoView();
        return link.hash;
      });
      await tab.click('main a.glossary-term');
      await waitFor(tab, 'the glossary entry', (hash: string) => location.pathname === '/glossary/' && location.hash === hash, term);
      const where = await waitFor(
        tab,
        'the term in view',
        (hash: string) => {
          const top = document.getElementById(hash.slice(1))?.getBoundingClientRect().top;
          return top !== undefined && top >= -1 && top < innerHeight / 2 ? { top } : false;
        },
        term,
      );
      assert.ok(where.top < 406);
      assert.deepEqual(await takeErrors(tab), []);
    });

    test('search in the dialog and on /search/ mends a misspelling', async () => {
      await tab.viewport(1440, 900);
      await tab.goto(SECTION);
      await tab.click('.site-search__button');
      await tab.type('#search-dialog input[type="search"], #search-dialog input', 'comittee');
      const help = await waitFor(tab, 'the dialog to mend the word', () => {
        const text = document.querySelector('#search-dialog [data-search-help]')?.textContent ?? '';
        const options = document.querySelectorAll('#search-dialog-results [role="option"]').length;
        return text.includes('Showing results for committee') && options > 0 ? text : false;
      });
      assert.match(help, /Search instead for comittee/);
      await tab.press('Escape');
      await tab.goto('/search/');
      await tab.type('#search-page-input', 'recieve payment');
      await tab.press('Enter');
      const links = await waitFor(tab, 'results on /search/', () => {
        const text = document.querySelector('[data-search-page] [data-search-help]')?.textContent ?? '';
        const hrefs = [...document.querySelectorAll<HTMLAnchorElement>('.search-page-results h2 a')].map((a) => new URL(a.href).pathname);
        return text.includes('Showing results for receive payment') && hrefs.length ? hrefs : false;
      });
      assert.ok(links.slice(0, 3).includes('/toolkit/setting-up/paying-remuneration-and-expenses/'), links.join(', '));
      assert.deepEqual(await takeErrors(tab), []);
    });

    test('the budget is filled, kept over a reload, and downloaded as Word and Excel that hold the answers', async () => {
      await forgetSite(tab, site);
      await tab.viewport(1440, 900);
      await tab.goto('/templates/budget/');
      await formReady(tab);
      await tab.type('#f-mvpName', 'Riverside Engines MVP');
      await tab.type('#f-providers', 'Riverside NHS Trust');
      await tab.type('#f-unitCount', '1');
      await tab.type('#f-financialYear', '2026 to 2027');
      // Only the line typed here, so the total is known.
      await tab.run(async () => {
        for (let i = 0; i < 300; i++) {
          const remove = document.querySelector<HTMLButtonElement>('button[data-remove]');
          if (!remove) return;
          remove.click();
          await new Promise((r) => requestAnimationFrame(r));
        }
      });
      await tab.click('#f-leadership-add');
      await waitFor(tab, 'a new line', () => document.querySelector('#f-leadership-1-role') !== null);
      await tab.type('#f-leadership-1-role', 'Chair');
      await tab.type('#f-leadership-1-days', '4');
      await tab.type('#f-leadership-1-months', '12');
      await tab.type('#f-leadership-1-dayRate', '150');
      await tab.run(() => {
        const select = document.querySelector<HTMLSelectElement>('#f-leadership-1-scale')!;
        select.value = 'once';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      // 4 days × 12 months × £150: the totals show it.
      await waitFor(tab, 'the total', () => document.querySelector('[data-display="costs"]')?.textContent?.includes('7,200'));
      await waitFor(tab, 'the answers to be saved', () => (localStorage.getItem('mvp-toolkit:template:budget') ?? '').includes('Riverside Engines MVP'));
      await tab.reload();
      await formReady(tab);
      assert.equal(await tab.run(() => (document.querySelector('#f-mvpName') as HTMLInputElement).value), 'Riverside Engines MVP');
      assert.equal(await tab.run(() => (document.querySelector('#f-leadership-1-dayRate') as HTMLInputElement).value), '150');

      await download(tab, 'docx');
      const word = await downloaded(engine, 'docx');
      const text = await zipText(word.bytes, /^word\/document\.xml$/);
      assert.match(text, /Riverside Engines MVP/);
      assert.match(text, /7,200/);
      await download(tab, 'xlsx');
      const excel = await downloaded(engine, 'xlsx');
      const sheet = await zipText(excel.bytes, /^xl\/(sharedStrings|worksheets\/sheet\d+)\.xml$/);
      assert.match(sheet, /Riverside Engines MVP/);
      assert.match(sheet, /\b7,?200(\.0+)?\b/, "the sheet holds the line's amount");
      assert.deepEqual(await takeErrors(tab), []);
    });

    test('a role description shows the error summary, then downloads once the answer is given', async () => {
      await forgetSite(tab, site);
      await tab.goto('/templates/chair-role-description/');
      await formReady(tab);
      await tab.run(() => {
        (document.querySelector('#f-mvpName') as HTMLInputElement).value = '';
      });
      await tab.click('button[data-output="docx"]');
      const summary = await waitFor(tab, 'the error summary', () => {
        const box = document.querySelector<HTMLElement>('[data-error-summary]')!;
        return !box.hidden && document.activeElement === box ? [...box.querySelectorAll('a')].map((a) => a.getAttribute('href')) : false;
      });
      assert.ok(summary.includes('#f-mvpName'), summary.join(', '));
      await tab.click('[data-error-summary] a[href="#f-mvpName"]');
      await waitFor(tab, 'the box to have focus', () => document.activeElement?.id === 'f-mvpName');
      await tab.type('#f-mvpName', 'Hillside MVP');
      await tab.type('#f-daysPerMonth', '4');
      await download(tab, 'docx');
      const word = await downloaded(engine, 'docx');
      assert.match(await zipText(word.bytes, /^word\/document\.xml$/), /Hillside MVP/);
      assert.deepEqual(await takeErrors(tab), []);
    });

    test('two tabs of one template keep each other up to date', async () => {
      await forgetSite(tab, site);
      await tab.goto('/templates/chair-role-description/');
      await formReady(tab);
      await tab.type('#f-mvpName', 'Two Tabs MVP');
      await waitFor(tab, 'the answers to be saved', () => (localStorage.getItem('mvp-toolkit:template:chair-role-description') ?? '').includes('Two Tabs MVP'));
      const second = await engine.openTab('/templates/chair-role-description/');
      await formReady(second);
      assert.equal(await second.run(() => (document.querySelector('#f-mvpName') as HTMLInputElement).value), 'Two Tabs MVP');
      await second.type('#f-daysPerMonth', '3');
      await waitFor(second, 'the second tab to save', () =>
        (localStorage.getItem('mvp-toolkit:template:chair-role-description') ?? '').includes('"daysPerMonth":"3"'),
      );
      assert.deepEqual(await takeErrors(second), []);
      await engine.closeOtherTabs();
      await waitFor(tab, "the first tab to show the other tab's answer", () => (document.querySelector('#f-daysPerMonth') as HTMLInputElement).value === '3');
      assert.equal(await tab.run(() => (document.querySelector('#f-mvpName') as HTMLInputElement).value), 'Two Tabs MVP');
      assert.deepEqual(await takeErrors(tab), []);
    });

    test('the progress check is set, kept over a reload, and its part links lead to their parts', async () => {
      await forgetSite(tab, site);
      await tab.viewport(375, 812);
      await tab.goto('/progress/');
      await formReady(tab);
      const radio = await tab.run(() => {
        const input = document.querySelector<HTMLInputElement>(
          '[data-checkpoint] input[type="radio"][value="in-place"], [data-checkpoint] input[type="radio"]:nth-of-type(1)',
        )!;
        input.scrollIntoView({ block: 'center' });
        return input.id;
      });
      await tab.click(`label[for="${radio}"]`);
      await waitFor(
        tab,
        'the answer to be saved',
        (id: string) =>
          (document.getElementById(id) as HTMLInputElement).checked && (localStorage.getItem('mvp-toolkit:template:progress-check') ?? '').length > 0,
        radio,
      );
      await tab.reload();
      await formReady(tab);
      await waitFor(tab, 'the choice to be kept', (id: string) => (document.getElementById(id) as HTMLInputElement | null)?.checked, radio);
      for (const part of ['report', 'about']) {
        const { settled, screen } = await followPartLink(tab, part, 300);
        assert.ok(settled >= -2 && settled < screen, `part "${part}" is at ${settled} px on a ${screen} px screen`);
      }
      assert.deepEqual(await takeErrors(tab), []);
    });

    test('a part whose code cannot be fetched says so beside it, and Try again loads it without losing answers', async () => {
      await forgetSite(tab, site);
      // No service worker, which would fetch the download code ahead of time (prefetch.ts) and answer from its cache.
      site.block = /^\/sw\.js$/;
      await tab.viewport(1440, 900);
      await tab.goto('/templates/chair-role-description/');
      await formReady(tab);
      await tab.type('#f-mvpName', 'Blocked Chunk MVP');
      await tab.type('#f-daysPerMonth', '4');
      // The download code (download-dom.ts) is fetched on the first press.
      site.block = /^\/(sw\.js|_astro\/download-dom\.[^/]+\.js)$/;
      await tab.click('button[data-output="docx"]');
      const message = await waitFor(tab, 'the message', () => document.querySelector('.download-actions [data-part-load-problem]')?.textContent);
      assert.match(message, /This part did not load\. Check your connection and try again\./);
      assert.ok(
        site.requests.some((p) => site.block!.test(p)),
        'the download code was asked for and refused',
      );
      site.block = /^\/sw\.js$/;
      await tab.click('.download-actions [data-part-load-problem] button');
      // The code is fetched again and the download carries on.
      const word = await downloaded(engine, 'docx');
      assert.match(await zipText(word.bytes, /^word\/document\.xml$/), /Blocked Chunk MVP/);
      await waitFor(tab, 'the message to go', () => document.querySelector('[data-part-load-problem]') === null);
      assert.equal(await tab.run(() => (document.querySelector('#f-mvpName') as HTMLInputElement).value), 'Blocked Chunk MVP');
      await takeErrors(tab);
    });

    test('a draft kept for ten days shows when it was saved and offers an answers file', async () => {
      await forgetSite(tab, site);
      await tab.goto('/templates/chair-role-description/');
      await formReady(tab);
      await tab.type('#f-mvpName', 'Ten Days MVP');
      await waitFor(tab, 'the answers to be saved', () => (localStorage.getItem('mvp-toolkit:template:chair-role-description') ?? '').includes('Ten Days MVP'));
      const fresh = await tab.run(() => document.querySelector('[data-answers-kept]')?.textContent ?? '');
      assert.doesNotMatch(fresh, /Save your answers to a file/);
      await tab.run(() => {
        const key = 'mvp-toolkit:template:chair-role-description';
        const stored = JSON.parse(localStorage.getItem(key)!);
        stored.savedAt = new Date(Date.now() - 10 * 86_400_000).toISOString();
        localStorage.setItem(key, JSON.stringify(stored));
      });
      await tab.reload();
      await formReady(tab);
      const kept = await waitFor(tab, 'the offer', () => {
        const box = document.querySelector<HTMLElement>('[data-answers-kept]');
        return box && !box.hidden && box.querySelector('button') ? box.textContent : false;
      });
      assert.match(kept, /Last saved in this browser/);
      assert.match(kept, /Save your answers to a file/);
      await tab.click('[data-answers-kept] button');
      const file = await downloaded(engine, 'json');
      assert.match(file.bytes.toString('utf8'), /Ten Days MVP/);
      assert.deepEqual(await takeErrors(tab), []);
    });

    test('offline after a first visit: a visited page reads, an unvisited one says so', async () => {
      await forgetSite(tab, site);
      await tab.goto(SECTION);
      await waitFor(
        tab,
        'the service worker to keep the page',
        async (path: string) => {
          if (!navigator.serviceWorker.controller) return false;
          for (const name of await caches.keys()) if (await (await caches.open(name)).match(path)) return true;
          return false;
        },
        SECTION,
      );
      site.offline = true;
      try {
        await tab.goto(SECTION);
        assert.match(await tab.run(() => document.querySelector('h1')?.textContent ?? ''), /budget/i);
        await tab.goto('/glossary/');
        assert.equal(await tab.run(() => document.querySelector('h1')?.textContent), 'You are offline');
      } finally {
        site.offline = false;
      }
      await takeErrors(tab);
    });

    describe('nothing moves under the person', () => {
      // Figures drawn when first needed must not push the page: WebKit has no scroll anchoring to hide it.
      // Both a first visit and a person coming back (answers kept, so every figure loads at once) are tried,
      // with the part link tapped as soon as the form is ready.
      const answers: Record<string, () => Promise<void>> = {
        '/progress/': () => tab.click('label[for="f-progress-1-status-in-place"]'),
        '/templates/budget/': () => tab.type('#f-mvpName', 'Steady MVP'),
      };
      const open = async (path: string, comingBack: boolean) => {
        await forgetSite(tab, site);
        await tab.viewport(375, 812);
        if (comingBack) {
          await tab.goto(path);
          await formReady(tab);
          await answers[path]();
          await waitFor(tab, 'the answers to be saved', () => Object.keys(localStorage).some((k) => k.startsWith('mvp-toolkit:template:')));
          await tab.goto('/404-engine-test/');
        }
        await tab.goto(path);
      };
      for (const comingBack of [false, true]) {
        for (const [path, part] of [
          ['/progress/', 'checkpoints'],
          ['/templates/budget/', 'notes'],
        ] as const) {
          test(`on ${path} (${comingBack ? 'answers kept' : 'first visit'}), "${part}" is at the top of the screen after its part link, and stays there`, async () => {
            await open(path, comingBack);
            const { atJump, settled, moved } = await followPartLink(tab, part, 2500);
            assert.ok(atJump >= -2 && atJump <= 120, `the part's heading is ${Math.round(atJump)} px from the top right after the link`);
            assert.ok(settled >= -2 && settled <= 120, `the part's heading is ${Math.round(settled)} px from the top once the page settled`);
            assert.ok(moved <= 2, `the part's heading moved ${Math.round(moved)} px while the page settled`);
            assert.deepEqual(await takeErrors(tab), []);
          });
        }
      }

      test('on /progress/ (answers kept), a checkpoint scrolled into view stays where it is while the figures appear', async () => {
        await open('/progress/', true);
        const { first, moved } = await tab.run(
          () =>
            new Promise<{ first: number; moved: number }>((resolve) => {
              const watch = () => {
                const all = document.querySelectorAll('.template-form.is-ready [data-checkpoint]');
                if (!all.length) return requestAnimationFrame(watch);
                const checkpoint = all[Math.floor(all.length / 2)]!;
                checkpoint.scrollIntoView({ block: 'start' });
                const first = checkpoint.getBoundingClientRect().top;
                let moved = 0;
                const started = performance.now();
                const sample = () => {
                  moved = Math.max(moved, Math.abs(checkpoint.getBoundingClientRect().top - first));
                  if (performance.now() - started < 2500) requestAnimationFrame(sample);
                  else resolve({ first, moved });
                };
                requestAnimationFrame(sample);
              };
              watch();
            }),
        );
        assert.ok(moved <= 2, `the checkpoint, ${Math.round(first)} px from the top, moved ${Math.round(moved)} px`);
      });
    });
  });
}
