// Worked-out displays a template can ask for in a section (`display`), loaded only by the templates that use them.
import type { Draft, TemplateDefinition } from '../../../templates-engine/types.ts';

export interface Display {
  /** Fills the display's slot in the form with its empty structure. */
  mount: (slot: HTMLElement) => void;
  /** Brings every worked-out figure in the form up to date with the answers. */
  update: (form: HTMLElement, def: TemplateDefinition, draft: Draft) => void;
}

export const displays: Record<string, () => Promise<Display>> = {
  costs: async () => (await import('./costs-dom.ts')).costsDisplay,
  progress: async () => (await import('./progress-dom.ts')).progressDisplay,
  amounts: async () => (await import('./amounts-dom.ts')).amountsDisplay,
};
