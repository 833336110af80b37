// html-validate's recommended rules, checked on every built page by tests/unit/html-valid.test.ts.
// Each rule turned off or relaxed here says why.
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // The comparison tables become cards on small screens (display: block), which makes some browsers drop
    // table semantics; explicit table roles keep them for screen readers (see ComparisonTable.astro).
    'no-redundant-role': 'off',
    // The search box is an ARIA 1.2 combobox with a listbox of results: a native <select> cannot offer
    // search-as-you-type.
    'prefer-native-element': ['error', { exclude: ['combobox', 'listbox'] }],
    // Ids made from the toolkit's numbered headings ("1-consistent-...") are valid HTML ids; the rule's strict mode
    // only asks for CSS-selector-friendly ids.
    'valid-id': ['error', { relaxed: true }],
    // Page titles are the toolkit's own section titles followed by the site name; shortening them would
    // reword official guidance.
    'long-title': 'off',
    // The header search form submits on Enter from its combobox (search-ui.ts) and offers "See all results"; the
    // form never changes context on input, which is what the advisory H32 technique guards against.
    'wcag/h32': 'off',
  },
};
