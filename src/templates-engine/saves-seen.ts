// Which stored answers two tabs last had in common. Every save carries its lineage (saved-draft.ts): its own
// id and the ids of the saves it was built on. Another tab's save is normally built on the one this tab last
// knew. When it is not, that tab wrote over this tab's save before it had heard of it (two saves at the same
// moment), and each side's changes must be measured from the last save both had seen, or this tab's
// overwritten typing would look like the other tab taking it out.
import type { Draft } from './types.ts';

/** A save this tab has known to be stored, and its answers. */
export interface SeenSave {
  id: string;
  draft: Draft;
}

const SEEN_LIMIT = 16;

/** `seen` with the save whose lineage is `lineage` (and whose answers are `draft`) as the latest; empty when it has none. */
export function rememberSave(seen: SeenSave[], lineage: readonly string[], draft: Draft): SeenSave[] {
  const id = lineage[0];
  if (id === undefined) return [];
  return [...seen.filter((s) => s.id !== id), { id, draft }].slice(-SEEN_LIMIT);
}

/**
 * The answers this tab and the writer of another save (with `lineage`) last had in common, when that save was
 * written without the one this tab last knew; undefined when it was built on it (or either has no lineage), as is usual.
 */
export function sharedAnswers(seen: SeenSave[], lineage: readonly string[]): Draft | undefined {
  const last = seen.at(-1);
  if (!last || !lineage.length || lineage.includes(last.id)) return undefined;
  return seen.findLast((s) => lineage.includes(s.id))?.draft;
}
