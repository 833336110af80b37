/** The site's base path with a trailing slash, so search works when the site is served from a sub-path. */
export function basePath(): string {
  const base = import.meta.env.BASE_URL;
  return base.endsWith('/') ? base : `${base}/`;
}

/** The query parameter result links carry, naming the words to mark on the page they open. */
export const HIGHLIGHT_PARAM = 'highlight';
