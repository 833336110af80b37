import type { Draft, TemplateDefinition } from '../../../templates-engine/types.ts';

export interface Display {
  /** Fills the display's slot in the form with its empty structure. */
  mount: (slot: HTMLElement) => void;
  /** Brings every worked-out figure in the form up to date with the answers. */
  update: (form: HTMLElement, def: TemplateDefinition, draft: Draft) => void;
}
