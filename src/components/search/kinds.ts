// The kinds of page search can filter by. Values are what readers see in the filter and on results.
export const SEARCH_KINDS = {
  toolkit: 'Toolkit section',
  faq: 'FAQ',
  template: 'Template',
  glossary: 'Glossary',
  background: 'Background',
  resources: 'Resources',
} as const;

export type SearchKind = keyof typeof SEARCH_KINDS;
export type SearchKindLabel = (typeof SEARCH_KINDS)[SearchKind];

/** The Pagefind metadata and filter names SearchMeta writes and the search island reads. */
export const META = { title: 'title', kind: 'kind', section: 'section', stage: 'stage', keywords: 'keywords' } as const;
export const FILTERS = { kind: 'kind', stage: 'stage' } as const;
/** A filter only listing pages have, so ranking can tell them apart before loading any result. */
export const LISTING_FILTER = 'listing';
export const LISTING_VALUE = 'yes';
