// What a new MVP chair or an ICB commissioner would type into search, and the page that must be in
// the top 3 results. tests/e2e/search-ranking.spec.ts runs every row against the built index in
// Chromium and fails below 100%; scripts/bench-search.mjs times the same queries.
// When a new kind of page lands (FAQ answers, templates), add the queries it should answer.
// Since FAQ answers and glossary entries became results of their own, rows whose answer is now
// also (or better) one of those accept it too. The larger, held-out judge is tests/search/eval.ts.

export interface SearchQuery {
  query: string;
  /**
   * Path (or paths: any of them will do) of the page that must be among the first three results ("/toolkit/setting-up/budget/"),
   * or, for an FAQ answer or glossary entry (each a result of its own) or a part of a long page,
   * its path and anchor ("/faq/#how-much-funding").
   */
  expect: string | readonly string[];
  /** Who would type it: a service user chair, a commissioner, or either. */
  who: 'chair' | 'commissioner' | 'either';
}

const setting = (slug: string) => `/toolkit/setting-up/${slug}/`;
const established = (slug: string) => `/toolkit/getting-established/${slug}/`;
const consolidating = (slug: string) => `/toolkit/consolidating/${slug}/`;
const pioneering = (slug: string) => `/toolkit/pioneering/${slug}/`;
const introduction = (slug: string) => `/toolkit/introduction/${slug}/`;

export const SEARCH_QUERIES: readonly SearchQuery[] = [
  // Money
  { query: 'budget', expect: [setting('budget'), consolidating('budget'), '/templates/budget/'], who: 'commissioner' },
  { query: 'how much does an MVP cost', expect: ['/faq/#how-much-funding', setting('budget')], who: 'commissioner' },
  { query: 'funding', expect: [setting('budget'), '/faq/#funding-streams', '/faq/#how-much-funding'], who: 'commissioner' },
  { query: 'payroll', expect: setting('paying-remuneration-and-expenses'), who: 'commissioner' },
  { query: 'pay', expect: setting('paying-remuneration-and-expenses'), who: 'chair' },
  { query: 'salary', expect: setting('paying-remuneration-and-expenses'), who: 'chair' },
  { query: 'expenses', expect: setting('paying-remuneration-and-expenses'), who: 'chair' },
  { query: 'universal credit', expect: setting('paying-remuneration-and-expenses'), who: 'chair' },
  { query: 'invoice', expect: setting('paying-remuneration-and-expenses'), who: 'chair' },
  { query: 'creche', expect: established('meetings'), who: 'chair' },
  // The page that gathers every Safety Action 7 requirement (2.5 quotes two of them).
  { query: 'Safety Action 7', expect: ['/safety-action-7/', setting('paying-remuneration-and-expenses')], who: 'commissioner' },
  {
    query: 'maternity incentive scheme',
    expect: [setting('paying-remuneration-and-expenses'), '/glossary/#mis', '/faq/#mis-cnst-sa7-evidence', '/safety-action-7/'],
    who: 'commissioner',
  },
  // Words that changed: MNVP, LMNS, ICB, lead
  { query: 'MNVP', expect: '/glossary/#mnvp', who: 'either' },
  { query: 'what does MNVP mean', expect: [introduction('terms-used'), '/glossary/#mnvp'], who: 'either' },
  { query: 'LMNS', expect: [consolidating('working-with-the-lms'), '/glossary/#lmns'], who: 'commissioner' },
  { query: 'ICB', expect: [setting('who-is-responsible'), '/glossary/#icb'], who: 'commissioner' },
  { query: 'commissioner', expect: [setting('who-is-responsible'), '/glossary/#commissioner'], who: 'commissioner' },
  { query: 'MNVP lead', expect: '/templates/mnvp-lead-role-description/', who: 'commissioner' },
  { query: 'lead', expect: setting('appointing-leadership-team'), who: 'commissioner' },
  // Setting up and running the MVP
  { query: 'who is responsible for the MVP', expect: setting('who-is-responsible'), who: 'commissioner' },
  { query: 'how do I recruit a chair', expect: setting('appointing-leadership-team'), who: 'commissioner' },
  { query: 'DBS', expect: setting('appointing-leadership-team'), who: 'either' },
  { query: 'job description', expect: setting('appointing-leadership-team'), who: 'commissioner' },
  { query: 'vice-chair', expect: setting('appointing-leadership-team'), who: 'chair' },
  { query: 'hosting', expect: setting('support-function'), who: 'commissioner' },
  { query: 'footprint', expect: setting('geographical-footprint'), who: 'commissioner' },
  { query: 'recruiting members', expect: setting('inviting-members'), who: 'chair' },
  { query: 'terms of reference', expect: '/templates/terms-of-reference/', who: 'chair' },
  { query: 'first meeting', expect: established('first-meeting'), who: 'chair' },
  { query: 'conflict of interest', expect: established('first-meeting'), who: 'chair' },
  { query: 'induction', expect: established('induction'), who: 'chair' },
  { query: 'laptop', expect: established('it-support'), who: 'chair' },
  { query: 'email account', expect: established('it-support'), who: 'chair' },
  { query: 'training', expect: established('training-and-mentoring'), who: 'chair' },
  { query: 'social media', expect: established('social-media'), who: 'chair' },
  { query: 'workplan', expect: [established('initial-workplan'), '/glossary/#workplan', '/faq/#workplan-activities'], who: 'chair' },
  { query: 'enquiries', expect: established('handling-enquiries'), who: 'chair' },
  { query: 'PALS', expect: established('handling-enquiries'), who: 'chair' },
  { query: 'annual workplan', expect: consolidating('annual-workplan'), who: 'either' },
  { query: 'away day', expect: consolidating('annual-workplan'), who: 'chair' },
  { query: '15 Steps', expect: [established('identifying-priority-issues'), '/glossary/#15-steps-for-maternity'], who: 'chair' },
  { query: 'survey', expect: consolidating('feedback'), who: 'chair' },
  { query: 'coproduction', expect: consolidating('coproduction'), who: 'either' },
  { query: 'burnout', expect: consolidating('strengthening-your-team'), who: 'chair' },
  { query: 'governance', expect: consolidating('governance'), who: 'commissioner' },
  { query: 'Ockenden', expect: consolidating('working-with-the-lms'), who: 'commissioner' },
  { query: 'interpreters', expect: consolidating('communication'), who: 'chair' },
  { query: 'NICU', expect: consolidating('neonatal'), who: 'either' },
  { query: 'postnatal depression', expect: consolidating('perinatal-mental-health'), who: 'chair' },
  { query: 'inequalities', expect: consolidating('equity'), who: 'commissioner' },
  { query: 'safety', expect: consolidating('safety'), who: 'commissioner' },
  { query: 'research', expect: pioneering('supporting-research'), who: 'chair' },
  { query: 'fathers', expect: pioneering('particular-community-groups'), who: 'chair' },
  { query: 'diversity champion', expect: pioneering('diversity-champions'), who: 'chair' },
  // FAQ for ICBs, templates, glossary and background
  { query: 'Band 8a', expect: '/faq/#band-and-hours', who: 'commissioner' },
  { query: 'funding streams', expect: '/faq/#funding-streams', who: 'commissioner' },
  { query: 'neonatal funding', expect: '/faq/#neonatal-funding', who: 'commissioner' },
  { query: 'MNVP not working', expect: '/faq/#mnvp-not-working', who: 'commissioner' },
  { query: 'third party host', expect: '/faq/#third-party-hosting', who: 'commissioner' },
  { query: 'chair role description', expect: '/templates/chair-role-description/', who: 'commissioner' },
  { query: 'fill-in templates', expect: '/templates/', who: 'either' },
  { query: 'expenses form', expect: '/templates/expenses-claim/', who: 'chair' },
  { query: 'mileage claim', expect: '/templates/expenses-claim/', who: 'chair' },
  { query: 'minutes template', expect: '/templates/meeting-minutes/', who: 'chair' },
  { query: 'action log', expect: '/templates/meeting-minutes/', who: 'chair' },
  { query: 'you said we did', expect: '/templates/we-said-we-did/', who: 'chair' },
  { query: 'walk the patch form', expect: '/templates/feedback-visit-record/', who: 'chair' },
  { query: '15 steps visit record', expect: '/templates/feedback-visit-record/', who: 'chair' },
  { query: 'quadrumvirate', expect: '/glossary/#quadrumvirate', who: 'chair' },
  { query: 'Care Quality Commission response', expect: '/background/', who: 'either' },
  { query: 'strategic clinical network', expect: '/background/how-the-system-fits/', who: 'either' },
  { query: '2.5', expect: setting('paying-remuneration-and-expenses'), who: 'either' },
  { query: 'SA7 evidence', expect: '/safety-action-7/', who: 'commissioner' },
  { query: 'remuneration letter', expect: '/templates/remuneration-confirmation/', who: 'chair' },
  { query: 'childcare expenses letter', expect: '/templates/expenses-confirmation/', who: 'chair' },
  { query: 'welcome pack', expect: '/templates/welcome-information/', who: 'chair' },
  { query: 'social media policy', expect: '/templates/social-media-guidelines/', who: 'chair' },
  // What has changed since the toolkit (our notes on NHS England's 2023 MNVP guidance and FAQ)
  { query: 'what has changed', expect: '/what-has-changed/', who: 'either' },
  { query: 'MNVP guidance 2023', expect: '/what-has-changed/', who: 'commissioner' },
];
