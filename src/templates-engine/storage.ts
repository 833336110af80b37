// Keeps the draft in the browser as the person types, so it survives a reload or a closed tab.
import type { Draft, TemplateDefinition } from './types.ts';
import { allFields } from './fields.ts';
import { fitsDraft } from './draft-shape.ts';
import { completeDraft } from './draft.ts';

export const storageKey = (def: TemplateDefinition) => `mvp-toolkit:template:${def.slug}`;

interface Stored {
  version: number;
  savedAt: string;
  answers: Draft;
}

export function saveDraft(storage: Storage, def: TemplateDefinition, draft: Draft, now = new Date()): boolean {
  const stored: Stored = { version: def.version, savedAt: now.toISOString(), answers: draft };
  try {
    storage.setItem(storageKey(def), JSON.stringify(stored));
    return true;
  } catch {
    return false;
  }
}

/**
 * The saved draft, or undefined when there is none. Answers that no longer fit the template
 * (after a change to it) are dropped one by one rather than losing everything.
 */
export function loadDraft(storage: Storage, def: TemplateDefinition): Draft | undefined {
  let stored: Partial<Stored>;
  try {
    const raw = storage.getItem(storageKey(def));
    if (raw === null) return undefined;
    stored = JSON.parse(raw) as Partial<Stored>;
  } catch {
    return undefined;
  }
  if (!stored || typeof stored.answers !== 'object' || stored.answers === null) return undefined;
  const kept: Partial<Draft> = {};
  for (const field of allFields(def)) {
    const value = (stored.answers as Record<string, unknown>)[field.name];
    if (value !== undefined && fitsDraft(field, value)) kept[field.name] = value as Draft[string];
  }
  return completeDraft(def, kept);
}

export function clearDraft(storage: Storage, def: TemplateDefinition): void {
  try {
    storage.removeItem(storageKey(def));
  } catch {
    // Storage may be unavailable (private browsing): nothing to clear.
  }
}
