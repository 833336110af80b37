// Reads NHS England's FAQ for ICBs (PRN00823_iii, seed 003) into its introduction and numbered questions,
// for the FAQ fidelity test, the Safety Action 7 page's quotations and the check that our notes quote it word for word.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SEED_DIR } from './toolkit-source.ts';

export const FAQ_SEED = resolve(SEED_DIR, '003_8eebc0f6bcfd83bf.txt');

export interface SourceQuestion {
  number: number;
  question: string;
  theme: string;
  answer: string;
}

/** "Infrastructure and workplans" -> "infrastructure-and-workplans" */
function themeSlug(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Splits the FAQ seed into its introduction and its 17 numbered questions, each with its theme and answer. */
export function parseFaqSource(text: string): { intro: string; questions: SourceQuestion[] } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const questions: SourceQuestion[] = [];
  const intro: string[] = [];
  let theme: string | null = null;
  let current: { number: number; question: string; theme: string; lines: string[] } | null = null;
  const finish = () => {
    if (current) questions.push({ number: current.number, question: current.question, theme: current.theme, answer: current.lines.join('\n').trim() });
    current = null;
  };
  for (const line of lines) {
    const themeLine = /^Theme: (.+)$/.exec(line);
    if (themeLine) {
      finish();
      theme = themeSlug(themeLine[1]);
      continue;
    }
    const questionLine = /^(\d{1,2})\. (.+)$/.exec(line);
    // Only a sequentially numbered, unindented line starts a question (answers contain an indented "1.").
    if (questionLine && theme && Number(questionLine[1]) === questions.length + (current ? 1 : 0) + 1) {
      finish();
      current = { number: Number(questionLine[1]), question: questionLine[2].trim(), theme, lines: [] };
      continue;
    }
    if (current) current.lines.push(line);
    else if (!theme) intro.push(line);
  }
  finish();
  return { intro: intro.join('\n').trim(), questions };
}

export function readFaqSource(): ReturnType<typeof parseFaqSource> {
  return parseFaqSource(readFileSync(FAQ_SEED, 'utf8'));
}
