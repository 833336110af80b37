// Worked-out displays a template can ask for in a section (`display`), drawn with the form at build time
// (markup/costs.ts, amounts.ts, progress.ts); their browser code is loaded only by the templates that use them.
import type { Display } from './display.ts';

export type { Display };

export const displays: Record<string, () => Promise<Display>> = {
  costs: async () => (await import('./costs-dom.ts')).costsDisplay,
  progress: async () => (await import('./progress-dom.ts')).progressDisplay,
  amounts: async () => (await import('./amounts-dom.ts')).amountsDisplay,
};
