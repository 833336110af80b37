// The draft kept in this browser, without the migration code: saving it, clearing it, and reading it
// back when it was saved from this version and fits as it is. storage.ts brings older drafts into this version.
import type { Draft, TemplateDefinition } from './types.ts';
import { allFields } from './fields.ts';
import { draftIssue } from './draft-shape.ts';
import { completeDraft } from './draft.ts';

export const storageKey = (def: TemplateDefinition) => `mvp-toolkit:template:${def.slug}`;

export interface Stored {
  version: number;
  savedAt: string;
  answers: Draft;
  /** Answers (by key, see tab-merge.ts) this write kept over a different change made in another tab at the same time. */
  contested?: string[];
}

export function saveDraft(storage: Storage, def: TemplateDefinition, draft: Draft, now = new Date(), contested: string[] = []): boolean {
  const stored: Stored = { version: def.version, savedAt: now.toISOString(), answers: draft, ...(contested.length ? { contested } : {}) };
  try {
    storage.setItem(storageKey(def), JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}

/**
 * The stored draft without the migration code, when it was saved from this version of the template and every
 * answer fits as it is (the usual case); 'fit' when it needs migrations.ts (parseStored); undefined when none.
 */
export function parseCurrent(def: TemplateDefinition, raw: string | null): Draft | 'fit' | undefined {
  if (raw === null) return undefined;
  let stored: Partial<Stored>;
  try {
    stored = JSON.parse(raw) as Partial<Stored>;
  } catch {
    return undefined;
  }
  if (typeof stored !== 'object' || stored === null || typeof stored.answers !== 'object' || stored.answers === null || Array.isArray(stored.answers)) return undefined;
  // Checkpoints are put in order and a retired one dropped by migrations.ts.
  const fits = stored.version === def.version && !allFields(def).some((f) => f.type === 'checkpoints') && draftIssue(def, stored.answers) === null;
  return fits ? completeDraft(def, stored.answers) : 'fit';
}

export function clearDraft(storage: Storage, def: TemplateDefinition): void {
  try {
    storage.removeItem(storageKey(def));
  } catch {
    // Storage may be unavailable (private browsing): nothing to clear.
  }
}
