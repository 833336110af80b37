// Keeps the draft in the browser as the person types, so it survives a reload or a closed tab.
import type { Draft, TemplateDefinition } from './types.ts';
import { fitAnswers, upgradeAnswers, type Lost } from './migrations.ts';
import { lineageIn, readStoredText, storageKey } from './saved-draft.ts';

export { clearDraft, parseCurrent, saveDraft, storageKey } from './saved-draft.ts';

/** What is kept in this browser, brought into the current version of the template. */
export interface StoredDraft {
  draft: Draft;
  /** Answers saved under an earlier version that could not be carried over. */
  lost: Lost[];
  contested: string[];
  /** The ids of this save and of the saves it was built on (saves-seen.ts). */
  lineage: string[];
}

/**
 * A stored draft as saved text (from storage or a storage event), or undefined when there is none.
 * A draft saved under an earlier version is migrated; answers that do not fit are dropped one by one
 * (and listed) rather than losing everything.
 */
export function parseStored(def: TemplateDefinition, raw: string | null): StoredDraft | undefined {
  const stored = readStoredText(raw);
  if (!stored) return undefined;
  const answers = stored.answers;
  const upgraded = typeof stored.version === 'number' ? upgradeAnswers(def, stored.version, answers) : undefined;
  const { draft, lost } = upgraded?.ok ? upgraded : fitAnswers(def, answers);
  const contested = Array.isArray(stored.contested) ? stored.contested.filter((k): k is string => typeof k === 'string') : [];
  return { draft, lost, contested, lineage: lineageIn(stored) };
}

export function readStored(storage: Storage, def: TemplateDefinition): StoredDraft | undefined {
  try {
    return parseStored(def, storage.getItem(storageKey(def)));
  } catch {
    return undefined;
  }
}

/** The saved draft, or undefined when there is none. */
export const loadDraft = (storage: Storage, def: TemplateDefinition): Draft | undefined => readStored(storage, def)?.draft;
