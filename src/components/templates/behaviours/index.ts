// Every behaviour of the fill-in form, in the order they start. Each has one job and its own tests; a new
// behaviour is a module exporting `(ctx: FormContext) => void`, added to this list. It hooks into the form
// through the context: `ctx.onRender` (the questions were drawn), `ctx.onChange` (an answer changed).
import type { FormContext } from '../form-context.ts';
import { answerEvents, characterCount, figureChecks, tableTotals } from './typing.ts';
import { addAnother } from './add-another.ts';
import { workedOutDisplays, summaries } from './worked-out.ts';
import { imports, rollover } from './files-from-elsewhere.ts';
import { downloads } from './downloads.ts';
import { prefetchForOffline } from './prefetch.ts';
import { answerFiles } from './answer-files.ts';
import { clearAnswers } from './clear-answers.ts';
import { saving } from './saving.ts';
import { answersKept } from './answers-kept.ts';
import { partNav } from './part-nav.ts';
import { grid } from './grid.ts';
import { drawingCode } from './drawing-code.ts';

export type Behaviour = (ctx: FormContext) => void;

export const behaviours: Behaviour[] = [
  answerEvents,
  characterCount,
  figureChecks,
  tableTotals,
  addAnother,
  grid,
  drawingCode,
  workedOutDisplays,
  summaries,
  partNav,
  imports,
  rollover,
  answerFiles,
  clearAnswers,
  downloads,
  prefetchForOffline,
  saving,
  answersKept,
];
