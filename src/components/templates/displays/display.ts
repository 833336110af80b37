// What a worked-out display (displays/index.ts) does in the browser.
import type { Draft, TemplateDefinition } from '../../../templates-engine/types.ts';

export interface Display {
  /** Brings every worked-out figure in the form up to date with the answers. */
  update: (form: HTMLElement, def: TemplateDefinition, draft: Draft) => void;
}
