/**
 * Keywords that tell pages apart. A keyword found on most pages of a collection (nearly every
 * toolkit section lists "MNVP") matches everything equally, which drowns the pages that actually
 * use the word; query expansion (query.ts) already covers such synonyms.
 */
export function distinctiveKeywords(all: ReadonlyArray<readonly string[]>, maxShare = 0.5): (keywords: readonly string[]) => string[] {
  const pagesWith = new Map<string, number>();
  for (const keywords of all) {
    for (const keyword of new Set(keywords.map((k) => k.toLocaleLowerCase('en-GB')))) {
      pagesWith.set(keyword, (pagesWith.get(keyword) ?? 0) + 1);
    }
  }
  const limit = all.length * maxShare;
  return (keywords) => keywords.filter((k) => (pagesWith.get(k.toLocaleLowerCase('en-GB')) ?? 0) <= limit);
}
