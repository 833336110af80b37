// The browsers the site supports with everything working (docs/browsers.md says why these, and what older
// browsers still get). The build compiles scripts and styles down to them (astro.config.mjs) and
// tests/unit/browser-support.test.ts fails when built code uses syntax or features newer than they have.

/** Oldest supported version of each browser. Safari 15.4 is the first with <dialog>; iPhones that stop at iOS 15 (6s, 7, SE 1st) get 15.8. */
export const SUPPORTED_BROWSERS = {
  safari: '15.4', // iOS and iPadOS Safari, and every other browser on an iPhone, which must use Safari's engine
  chrome: '109', // and Chromium browsers (Samsung Internet 21+, Opera); the last Chrome for Windows 7 and 8
  edge: '109',
  firefox: '115', // the ESR still updated for Windows 7 and 8 and older Macs
};

/** The same, as Vite's build.target (esbuild-style names, which Vite also gives Oxc and Lightning CSS). */
export const BUILD_TARGET = [
  `safari${SUPPORTED_BROWSERS.safari}`,
  `ios${SUPPORTED_BROWSERS.safari}`,
  `chrome${SUPPORTED_BROWSERS.chrome}`,
  `edge${SUPPORTED_BROWSERS.edge}`,
  `firefox${SUPPORTED_BROWSERS.firefox}`,
];
