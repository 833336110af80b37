// Splits the toolkit seed text into chapter introductions and numbered subsections,
// so that tests can compare each part with its page on the built site.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface SourcePart {
  /** "2" for a chapter introduction, "2.5" for a subsection */
  number: string;
  heading: string;
  text: string;
}

export const SEED_DIR = resolve(process.cwd(), '../shared/seeds');
export const TOOLKIT_SEED = resolve(SEED_DIR, '001_1381b0dbce832bc4.txt');

const CHAPTER = /^([1-5])[.)] (Introduction|Setting up your MVP|Getting established|Consolidating|Pioneering)$/;
const SECTION = /^([1-5]\.\d{1,2})\)? (.+)$/;

export function splitToolkit(source: string = readFileSync(TOOLKIT_SEED, 'utf8')): SourcePart[] {
  const lines = source.split('\n');
  const start = lines.findIndex((line) => line.trim() === '1. Introduction');
  const parts: SourcePart[] = [];
  let current: SourcePart | undefined;
  for (const line of lines.slice(start)) {
    const chapter = CHAPTER.exec(line.trim());
    const section = chapter ? null : SECTION.exec(line.trim());
    if (chapter || section) {
      const [, number, heading] = (chapter ?? section)!;
      current = { number, heading, text: '' };
      parts.push(current);
    } else if (current) {
      current.text += `${line}\n`;
    }
  }
  for (const part of parts) part.text = part.text.trim();
  return parts;
}
