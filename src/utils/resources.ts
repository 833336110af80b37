const CITATION = /<Resource id="([^"]+)"|<GuidanceQuote\b[^>]*\ssource="([^"]+)"/g;

/** Which resources an entry's MDX cites, each once, in order of first mention. */
export function resourcesCitedIn(mdx: string): string[] {
  return [...new Set([...mdx.matchAll(CITATION)].map((m) => m[1] ?? m[2]))];
}
