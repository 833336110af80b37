// "Where your MVP is now" (drawn at build time by markup/progress.ts), kept up to date as statuses are chosen:
// the stage reached in words, the count for each stage, and the next checkpoints not yet in place.
import type { Display } from './display.ts';
import type { Draft, TemplateDefinition } from '../../../templates-engine/types.ts';
import { progressOf } from '../../../templates-engine/checkpoints/progress.ts';
import { checkpointsFieldOf, countLines, nextIntro, nextLines, reachedLines } from '../markup/progress.ts';
import { toElement, type Markup } from '../markup/h.ts';
import { updateStageCounts } from '../stage-counts-dom.ts';

const base = () => document.querySelector<HTMLElement>('[data-template-form]')?.dataset.base ?? '/';
const elements = (list: Markup[]) => list.map((m) => toElement(m));

function update(form: HTMLElement, def: TemplateDefinition, draft: Draft) {
  const field = checkpointsFieldOf(def);
  const slot = form.querySelector<HTMLElement>('[data-display="progress"]');
  if (!field || !slot) return;
  const rows = (draft[field.name] ?? []) as Array<Record<string, string>>;
  const progress = progressOf(field, rows);
  updateStageCounts(form, field, rows);
  const part = (name: string) => slot.querySelector<HTMLElement>(`[data-progress="${name}"]`)!;
  const reached = part('reached');
  const said = progress.reached.join('\n');
  if (reached.dataset.said !== said) {
    reached.dataset.said = said;
    reached.replaceChildren(...elements(reachedLines(progress)));
  }
  part('counts').replaceChildren(...elements(countLines(progress)));
  part('next-intro').textContent = nextIntro(progress);
  part('next').replaceChildren(...elements(nextLines(base(), progress)));
}

export const progressDisplay: Display = { update };
