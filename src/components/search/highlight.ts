// Marks the words someone searched for on the page they opened from a result. Kept free of
// imports so that loading it costs one small request.
interface HighlightOptions {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}
type PagefindHighlight = new (options: HighlightOptions) => unknown;

export async function highlightSearchTerms(highlightParam: string) {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)) as { default: PagefindHighlight };
  new module.default({
    highlightParam,
    addStyles: false,
    markOptions: { className: 'search-hit', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
  });
}
