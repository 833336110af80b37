// Marks the words someone searched for on the page they opened from a result, and takes them to the
// passage that answers their search. Kept free of imports so that loading it costs one small request.
interface HighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}
type PagefindHighlight = new (options: HighlightOptions) => unknown;

/** The same as PASSAGE_PARAM in passage.ts (not imported, to keep this one request). */
const PASSAGE_PARAM = 'passage';
/** Elements a passage can be: the smallest one holding its first words is marked. */
const BLOCKS = 'p, li, dd, dt, td, th, blockquote, figcaption, h2, h3, h4, h5, h6, summary, caption';

/** The words of a text as search compares them (passageWords in passage.ts). */
const wordsOf = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en-GB')
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');

/**
 * The smallest block of the indexed content whose words contain `locator` (a passage's first
 * words); when none does (the passage ran on from a heading into a paragraph, which the index
 * joins), the same with its first words dropped, down to three words.
 */
export function findPassage(root: ParentNode, locator: string): HTMLElement | undefined {
  const blocks = [...root.querySelectorAll<HTMLElement>(BLOCKS)]
    .filter((el) => !el.closest('[data-pagefind-ignore]'))
    .map((el) => ({ el, words: ` ${wordsOf(el.textContent ?? '')} ` }));
  const words = locator.split(' ').filter(Boolean);
  for (let drop = 0; words.length - drop >= Math.min(3, words.length); drop++) {
    const wanted = ` ${words.slice(drop).join(' ')} `;
    const found = blocks.filter((b) => b.words.includes(wanted)).sort((a, b) => a.words.length - b.words.length)[0];
    if (found) return found.el;
  }
  return undefined;
}

export async function highlightSearchTerms(highlightParam: string) {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as { default: PagefindHighlight };
  new module.default({
    highlightParam,
    addStyles: false,
    markOptions: { className: 'search-hit', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
  });
  const locator = new URLSearchParams(location.search).get(PASSAGE_PARAM);
  const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  const passage = locator && root ? findPassage(root, locator) : undefined;
  if (!passage) return;
  passage.classList.add('search-passage');
  // Focus moves there too, so a screen reader starts reading at the answer.
  passage.tabIndex = -1;
  passage.scrollIntoView({ block: 'center' });
  passage.focus({ preventScroll: true });
}
