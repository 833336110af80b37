// Pagefind ranking options, tuned on the tuned part of tests/search/eval.ts and the earlier table in
// tests/search/queries.ts, never on the holdout (see README.md, "Search": npm run bench:search).
// Keywords weigh well above body text: they are the words a section is about that its 2022 text may
// not use ("trust" where the toolkit says "provider").
export const RANKING = {
  termSimilarity: 1,
  pageLength: 0.1,
  termFrequency: 0.4,
  termSaturation: 1.4,
  metaWeights: { title: 10, section: 6, keywords: 4, kind: 0, stage: 0 },
};
