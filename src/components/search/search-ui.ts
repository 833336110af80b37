// The search island: type-ahead results in the header dialog (a combobox with a listbox of links)
// and on the /search/ page (a list of headings and links). Loaded only when someone starts searching.
import { runSearch, filterCounts, basePath, Superseded, type Filters, type PagefindResultData, type SearchOutcome } from './engine.ts';
import { SEARCH_KINDS } from './kinds.ts';
import { HIGHLIGHT_PARAM } from './paths.ts';
import { STOP_WORDS } from './query.ts';
import { bestPassage, PASSAGE_PARAM, type Passage, type PassageTerm } from './passage.ts';

const DIALOG_RESULTS = 8;
const PAGE_RESULTS = 20;
const SUB_RESULTS = 3;
/** Long enough that a screen reader is not interrupted on every keystroke. */
const ANNOUNCE_DELAY_MS = 400;

interface ResultView {
  url: string;
  title: string;
  context: string;
  excerpt: string;
  subs: Array<{ url: string; title: string; excerpt: string }>;
}

/**
 * The address a result opens: the words to mark (not every "of" and "the", which would hide the
 * words that matter; the words of the passage that matched, which may be synonyms of those typed),
 * and the first words of the passage that answers, which the page scrolls to and marks.
 */
function resultUrl(url: string, passage?: Passage): string {
  const target = new URL(url, location.href);
  const words = target.searchParams.getAll(HIGHLIGHT_PARAM);
  target.searchParams.delete(HIGHLIGHT_PARAM);
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  const marked = new Set(kept.length ? kept : words);
  for (const word of passage?.marked ?? []) if (![...marked].some((w) => word.includes(w))) marked.add(word);
  for (const word of marked) target.searchParams.append(HIGHLIGHT_PARAM, word);
  if (passage) target.searchParams.set(PASSAGE_PARAM, passage.locator);
  return `${target.pathname}${target.search}${target.hash}`;
}

function toView(data: PagefindResultData, terms: readonly PassageTerm[]): ResultView {
  const { meta } = data;
  const kind = meta.kind && meta.kind !== SEARCH_KINDS.toolkit ? meta.kind : undefined;
  const page = new URL(data.url, location.href);
  const pagePath = page.pathname;
  // A part of the page, not the page itself: an FAQ answer's own heading is the answer.
  const subs = data.sub_results
    .map((sub, order) => ({ ...sub, order }))
    .filter((sub) => {
      const target = new URL(sub.url, location.href);
      return target.hash && target.pathname === pagePath && target.hash !== page.hash;
    })
    .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
    .slice(0, SUB_RESULTS)
    .sort((a, b) => a.order - b.order);
  // The sentence that has most of the words asked for, rather than Pagefind's window of words round them.
  const passage = bestPassage(data.content, terms);
  return {
    url: resultUrl(data.url, passage),
    title: meta.title?.trim() || pagePath,
    context: [kind, meta.section, meta.stage].filter(Boolean).join(' · '),
    excerpt: passage?.html ?? data.excerpt,
    subs: subs.map(({ url, title, excerpt }) => ({ url: resultUrl(url), title, excerpt })),
  };
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind escapes excerpts and adds only <mark>, so they are safe as HTML. */
function excerptNode(tag: 'span' | 'p', html: string): HTMLElement {
  const node = element(tag, { class: 'search-result__excerpt' });
  node.innerHTML = html;
  return node;
}

/** What the status region says (and so what screen readers hear) after each search. */
function countText(outcome: SearchOutcome, filters: Filters): string {
  const n = outcome.hits.length;
  const applied = [filters.kind, filters.stage].filter(Boolean);
  const within = applied.length ? ` in ${applied.join(', ')}` : '';
  if (!n) {
    const offer = outcome.suggestion ? ` Did you mean “${outcome.suggestion}”?` : ' Try another word, or fewer words.';
    return `No results for “${outcome.query}”${within}.${offer}`;
  }
  const results = `${n} ${n === 1 ? 'result' : 'results'}`;
  const searched = outcome.corrected ?? outcome.query;
  const corrected = outcome.corrected ? `, corrected from “${outcome.query}”` : '';
  if (outcome.partial) return `No page has all of those words. ${results} with some of them${within}${corrected}.`;
  return `${results} for “${searched}”${within}${corrected}${outcome.corrected ? '.' : ''}`;
}

const EXACT_PARAM = 'exact';

function searchPageUrl(query: string, filters: Filters, exact = false): string {
  const params = new URLSearchParams({ q: query });
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.stage) params.set('stage', filters.stage);
  if (exact) params.set(EXACT_PARAM, '1');
  return `${basePath()}search/?${params}`;
}

/**
 * The line above the results when spelling was corrected ("Showing results for committee. Search
 * instead for comittee"), and, when nothing matched, the way on: a corrected spelling, the toolkit
 * contents, the FAQ and the glossary. Never a dead end.
 */
function renderHelp(container: HTMLElement, outcome: SearchOutcome | undefined, filters: Filters) {
  container.replaceChildren();
  container.hidden = true;
  if (!outcome) return;
  if (outcome.corrected && outcome.hits.length) {
    const line = element('p', { class: 'search-help__correction' });
    line.append('Showing results for ', element('strong', {}, outcome.corrected), '. ');
    const instead = element('a', { href: searchPageUrl(outcome.query, filters, true) }, 'Search instead for ');
    instead.append(element('strong', {}, outcome.query));
    line.append(instead);
    container.append(line);
  } else if (!outcome.hits.length) {
    container.append(element('p', { class: 'search-help__none' }, `Nothing on this site matches “${outcome.query}”.`));
    const ways = element('ul', { class: 'search-help__ways' });
    const way = (href: string, text: string, after = '') => {
      const li = element('li');
      li.append(element('a', { href }, text), after);
      ways.append(li);
    };
    if (outcome.suggestion) way(searchPageUrl(outcome.suggestion, filters), `Search for “${outcome.suggestion}”`, ', the nearest spelling on this site');
    if (filters.kind || filters.stage) way(searchPageUrl(outcome.query, {}), `Search all kinds of page and all stages for “${outcome.query}”`);
    way(`${basePath()}toolkit/`, 'Browse the toolkit contents', ', stage by stage');
    way(`${basePath()}faq/`, 'Read the FAQ for ICBs', ', 17 questions and answers');
    way(`${basePath()}glossary/`, 'Look a word up in the glossary');
    container.append(element('p', {}, 'You could:'), ways);
  } else {
    return;
  }
  container.hidden = false;
}

function readFilters(form: HTMLFormElement): Filters {
  const data = new FormData(form);
  const value = (name: string) => (data.get(name)?.toString() ?? '') || undefined;
  return { kind: value('kind'), stage: value('stage') };
}

/** Offers only the kinds of page the index has (the FAQ or templates may not be built yet). */
async function pruneFilters(form: HTMLFormElement) {
  const counts = await filterCounts();
  const select = form.querySelector<HTMLSelectElement>('select[name="kind"]');
  if (!select) return;
  for (const option of [...select.options]) {
    if (option.value && !counts.kind?.[option.value]) option.remove();
  }
}

/** Times from the keystroke to the results on screen, read by scripts/bench-search.mjs. */
function recordTiming(startedAt: number, query: string) {
  requestAnimationFrame(() => {
    performance.measure('search:keystroke-to-results', { start: startedAt, end: performance.now(), detail: { query } });
  });
}

class Announcer {
  private timer: number | undefined;
  constructor(private readonly region: HTMLElement) {}
  say(text: string, now = false) {
    window.clearTimeout(this.timer);
    if (now) this.region.textContent = text;
    else this.timer = window.setTimeout(() => (this.region.textContent = text), ANNOUNCE_DELAY_MS);
  }
}

type OnOutcome = (outcome: SearchOutcome, filters: Filters, startedAt: number, stale: () => boolean) => Promise<void>;

/** Runs the latest search only: results of a query superseded by more typing are dropped. */
function latestOnly(onOutcome: OnOutcome, onError: () => void) {
  let generation = 0;
  const run = async (query: string, filters: Filters, startedAt: number, exact = false) => {
    const mine = ++generation;
    const stale = () => mine !== generation;
    try {
      const outcome = await runSearch(query, filters, { exact, stale });
      if (stale()) return;
      await onOutcome(outcome, filters, startedAt, stale);
    } catch (error) {
      if (mine === generation && !(error instanceof Superseded)) onError();
    }
  };
  return { run, cancel: () => void ++generation };
}

async function loadViews(outcome: SearchOutcome, from: number, count: number): Promise<ResultView[]> {
  const data = await Promise.all(outcome.hits.slice(from, from + count).map((hit) => hit.item.data()));
  return data.map((d) => toView(d, outcome.terms));
}

export function enhanceDialog(dialog: HTMLDialogElement) {
  if (dialog.dataset.enhanced) return;
  dialog.dataset.enhanced = 'true';
  const form = dialog.querySelector<HTMLFormElement>('form[role="search"]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const listbox = dialog.querySelector<HTMLElement>('[role="listbox"]')!;
  const announcer = new Announcer(dialog.querySelector<HTMLElement>('[role="status"]')!);
  const more = dialog.querySelector<HTMLElement>('[data-search-all]')!;
  const moreLink = more.querySelector('a')!;
  const help = dialog.querySelector<HTMLElement>('[data-search-help]')!;
  let options: HTMLAnchorElement[] = [];
  let active = -1;

  const setActive = (index: number) => {
    active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const option = options[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const clear = () => {
    listbox.replaceChildren();
    listbox.hidden = true;
    more.hidden = true;
    renderHelp(help, undefined, {});
    options = [];
    setActive(-1);
    input.setAttribute('aria-expanded', 'false');
  };

  const render = latestOnly(
    async (outcome, filters, startedAt, stale) => {
      const views = await loadViews(outcome, 0, DIALOG_RESULTS);
      if (stale()) return;
      const groups = views.map((view, i) => {
        const id = `search-option-${i}`;
        const group = element('div', { role: 'group', class: 'search-result', 'aria-labelledby': `${id}-title` });
        // Each option's name is all its text, excerpt included, so what is heard matches what is seen.
        const page = element('a', { role: 'option', id, href: view.url, tabindex: '-1', class: 'search-result__page' });
        if (view.context) page.append(element('span', { class: 'search-result__context' }, view.context));
        page.append(element('span', { class: 'search-result__title', id: `${id}-title` }, view.title), excerptNode('span', view.excerpt));
        group.append(page);
        view.subs.forEach((sub, j) => {
          const subId = `${id}-${j}`;
          const link = element('a', { role: 'option', id: subId, href: sub.url, tabindex: '-1', class: 'search-result__sub' });
          link.append(element('span', { class: 'search-result__title' }, sub.title), excerptNode('span', sub.excerpt));
          group.append(link);
        });
        return group;
      });
      listbox.replaceChildren(...groups);
      options = [...listbox.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
      listbox.hidden = options.length === 0;
      input.setAttribute('aria-expanded', String(options.length > 0));
      setActive(-1);
      more.hidden = outcome.hits.length <= DIALOG_RESULTS;
      moreLink.href = searchPageUrl(outcome.query, filters, outcome.exact);
      renderHelp(help, outcome, filters);
      moreLink.textContent = `See all ${outcome.hits.length} results`;
      listbox.dataset.query = outcome.query;
      announcer.say(countText(outcome, filters));
      recordTiming(startedAt, outcome.query);
    },
    () => announcer.say('Search is not available right now. Please try again.', true),
  );

  const update = (startedAt: number) => {
    const query = input.value.trim();
    if (!query) {
      render.cancel();
      clear();
      announcer.say('', true);
      return;
    }
    void render.run(query, readFilters(form), startedAt);
  };

  input.addEventListener('input', (event) => update(event.timeStamp));
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) update(event.timeStamp);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const option = options[active] ?? (options.length === 1 ? options[0] : undefined);
    if (option) location.assign(option.href);
    else if (input.value.trim()) location.assign(searchPageUrl(input.value.trim(), readFilters(form)));
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!options.length) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active === -1 ? (step === 1 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
    }
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });
  // A click on the backdrop lands on the dialog element itself.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  // If the index cannot be read, every kind of page stays offered.
  pruneFilters(form).catch(() => undefined);
  if (input.value.trim()) update(performance.now());
}

export function enhanceSearchPage(form: HTMLFormElement, results: HTMLElement) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const announcer = new Announcer(form.parentElement!.querySelector<HTMLElement>('[role="status"]')!);
  const list = results.querySelector<HTMLOListElement>('ol')!;
  const more = results.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const help = results.querySelector<HTMLElement>('[data-search-help]')!;
  let current: SearchOutcome | undefined;
  let shown = 0;

  const item = (view: ResultView) => {
    const li = element('li', { class: 'search-result' });
    const heading = element('h2', { class: 'search-result__heading' });
    const link = element('a', { href: view.url });
    if (view.context) link.append(element('span', { class: 'search-result__context' }, view.context));
    link.append(element('span', { class: 'search-result__title' }, view.title));
    heading.append(link);
    li.append(heading, excerptNode('p', view.excerpt));
    if (view.subs.length) {
      const subs = element('ul', { class: 'search-result__subs', 'aria-label': `Matching parts of ${view.title}` });
      for (const sub of view.subs) {
        const subItem = element('li');
        subItem.append(element('a', { href: sub.url }, sub.title), excerptNode('span', sub.excerpt));
        subs.append(subItem);
      }
      li.append(subs);
    }
    return li;
  };

  const showMore = async () => {
    if (!current) return;
    const views = await loadViews(current, shown, PAGE_RESULTS);
    const items = views.map(item);
    list.append(...items);
    shown += views.length;
    more.hidden = shown >= current.hits.length;
    return items;
  };

  const render = latestOnly(
    async (outcome, filters, startedAt, stale) => {
      const views = await loadViews(outcome, 0, PAGE_RESULTS);
      if (stale()) return;
      current = outcome;
      shown = views.length;
      list.replaceChildren(...views.map(item));
      more.hidden = shown >= outcome.hits.length;
      renderHelp(help, outcome, filters);
      results.dataset.query = outcome.query;
      announcer.say(countText(outcome, filters));
      recordTiming(startedAt, outcome.query);
    },
    () => announcer.say('Search is not available right now. Please try again.', true),
  );

  /** Set by "Search instead for …" (?exact=1): the words as typed, until they are changed. */
  let exact = false;
  const update = (startedAt: number) => {
    const query = input.value.trim();
    const filters = readFilters(form);
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (filters.kind) params.set('kind', filters.kind);
    if (filters.stage) params.set('stage', filters.stage);
    if (exact && query) params.set(EXACT_PARAM, '1');
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    if (!query) {
      render.cancel();
      current = undefined;
      list.replaceChildren();
      more.hidden = true;
      renderHelp(help, undefined, filters);
      announcer.say('', true);
      return;
    }
    void render.run(query, filters, startedAt, exact);
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  exact = params.get(EXACT_PARAM) === '1';
  for (const name of ['kind', 'stage'] as const) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    const value = params.get(name);
    if (select && value && [...select.options].some((o) => o.value === value)) select.value = value;
  }
  input.addEventListener('input', (event) => {
    exact = false;
    update(event.timeStamp);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) update(event.timeStamp);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(event.timeStamp);
  });
  // "Search instead for …" and a suggested spelling search here without reloading the page.
  help.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    const target = link && new URL(link.href, location.href);
    if (!target || target.pathname !== location.pathname) return;
    event.preventDefault();
    input.value = target.searchParams.get('q') ?? '';
    exact = target.searchParams.get(EXACT_PARAM) === '1';
    for (const name of ['kind', 'stage'] as const) {
      const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
      if (select) select.value = target.searchParams.get(name) ?? '';
    }
    input.focus();
    update(performance.now());
  });
  more.addEventListener('click', async () => {
    const added = await showMore();
    added?.[0]?.querySelector('a')?.focus();
  });
  // If the index cannot be read, every kind of page stays offered.
  pruneFilters(form).catch(() => undefined);
  if (input.value.trim()) update(performance.now());
}
