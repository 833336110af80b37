// Each stage's count of the progress check ("2 of its 14 checkpoints are in place"), kept up to date by the checkpoints
// code and the progress summary. A module of its own, so the summary does not import the checkpoints code, which is
// loaded by itself (fields-dom.ts); a shared import made the bundler add its runtime to /progress/'s first load.
import type { CheckpointsField } from '../../templates-engine/checkpoints/types.ts';
import { countSentence, progressOf } from '../../templates-engine/checkpoints/progress.ts';
import { stageHeadingId } from './markup/checkpoints.ts';

/** Brings each stage's count up to date with the statuses chosen. */
export function updateStageCounts(form: HTMLElement, field: CheckpointsField, rows: Array<Record<string, string>>): void {
  for (const count of progressOf(field, rows).groups) {
    const heading = form.querySelector<HTMLElement>(`#${stageHeadingId(field, count.id)}`);
    const text = countSentence(count);
    if (heading && heading.textContent !== text) heading.textContent = text;
  }
}
