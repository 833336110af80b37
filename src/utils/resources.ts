export interface Citation {
  resource: string;
  /** toolkit entry id */
  entry: string;
}

const RESOURCE = /<(?:Resource id|GuidanceQuote source)="([^"]+)"/g;

/** Which resources an entry's MDX cites, each once, in order of first mention. */
export function resourcesCitedIn(mdx: string): string[] {
  return [...new Set([...mdx.matchAll(RESOURCE)].map((m) => m[1]))];
}
