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
  /** This save's id, then the ids of the saves it was built on, newest first (see saves-seen.ts). */
  lineage?: string[];
}

const LINEAGE_LENGTH = 16;
const newSaveId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** Saved text as a stored draft whose answers are an object (not yet checked against the template), or undefined. */
export function readStoredText(raw: string | null): (Partial<Stored> & { answers: Record<string, unknown> }) | undefined {
  if (raw === null) return undefined;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof stored !== 'object' || stored === null) return undefined;
  const { answers } = stored as Partial<Stored>;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined;
  return stored as Partial<Stored> & { answers: Record<string, unknown> };
}

/** A stored draft's lineage as read from storage: ids only, empty when it has none (saved before saves had one). */
export const lineageIn = (stored: { lineage?: unknown } | undefined): string[] =>
  Array.isArray(stored?.lineage) ? stored.lineage.filter((id): id is string => typeof id === 'string') : [];

/** The ids of a stored draft's save and of the saves it was built on, newest first; empty when it has none. */
export const lineageOf = (raw: string | null): string[] => lineageIn(readStoredText(raw));

/** The lineage of a new save built on the save with `lineage`: a new id, then those. */
export const nextLineage = (lineage: readonly string[]): string[] => [newSaveId(), ...lineage].slice(0, LINEAGE_LENGTH);

export interface SaveOptions {
  now?: Date;
  contested?: string[];
  /** This save's lineage: `nextLineage` of the lineage of the save it was built on. */
  lineage?: string[];
}

export function saveDraft(
  storage: Storage,
  def: TemplateDefinition,
  draft: Draft,
  { now = new Date(), contested = [], lineage = nextLineage([]) }: SaveOptions = {},
): boolean {
  const stored: Stored = {
    version: def.version,
    savedAt: now.toISOString(),
    answers: draft,
    ...(contested.length ? { contested } : {}),
    lineage,
  };
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
  const stored = readStoredText(raw);
  if (!stored) return undefined;
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
