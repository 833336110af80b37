// Pagefind ranking options, tuned on the query table in tests/search-queries.ts
// (see README.md, "Search", for how to re-run the table after changing them).
export const RANKING = {
  termSimilarity: 1,
  pageLength: 0.1,
  termFrequency: 0.4,
  termSaturation: 1.4,
  metaWeights: { title: 10, section: 6, keywords: 1.5, kind: 0, stage: 0 },
};
