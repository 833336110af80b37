import { getCollection, type CollectionEntry } from 'astro:content';
import { GUIDANCE_TOPICS, type GuidanceTopic } from '../schemas/newer-guidance.ts';
import { compareSectionNumbers } from './sections.ts';
import { toolkitInOrder, pathOf, labelOf, type ToolkitEntry } from './toolkit.ts';

export type NewerGuidanceEntry = CollectionEntry<'newer-guidance'>;
export type FaqEntry = CollectionEntry<'faq'>;

/** Where one FAQ answer can be linked to. Every link to an answer is made here. */
export function faqAnswerPath(question: FaqEntry): string {
  return `/faq/#${question.data.slug}`;
}

/** The id of a note on its section page, for links from the FAQ and /what-has-changed/. */
export function noteAnchor(note: NewerGuidanceEntry): string {
  return `newer-guidance-${note.id}`;
}

/** The page that gathers every note by topic, and the heading of each topic on it. */
export const WHAT_HAS_CHANGED_PATH = '/what-has-changed/';
export function topicAnchor(topic: GuidanceTopic): string {
  return `topic-${topic}`;
}

export interface ResolvedNote {
  note: NewerGuidanceEntry;
  section: ToolkitEntry;
  /** The FAQ answers it quotes, in question order, each once. */
  questions: FaqEntry[];
  quotes: Array<{ words: string; question: FaqEntry }>;
}

let cache: ResolvedNote[] | undefined;

/** Every note, in toolkit order, with its section and FAQ answers looked up; a note naming either wrongly stops the build. */
export async function newerGuidanceNotes(): Promise<ResolvedNote[]> {
  if (cache) return cache;
  const sections = new Map((await toolkitInOrder()).map((e) => [e.data.section, e]));
  const faq = new Map((await getCollection('faq')).map((q) => [q.data.number, q]));
  const notes = (await getCollection('newer-guidance')).sort(
    (a, b) => compareSectionNumbers(a.data.section, b.data.section) || a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
  cache = notes.map((note) => {
    const section = sections.get(note.data.section);
    if (!section) throw new Error(`content/newer-guidance/${note.id}.yaml: no toolkit section "${note.data.section}"`);
    const quotes = note.data.quotes.map(({ words, question }) => {
      const answer = faq.get(question);
      if (!answer) throw new Error(`content/newer-guidance/${note.id}.yaml: no FAQ question ${question}`);
      return { words, question: answer };
    });
    const questions = [...new Set(quotes.map((q) => q.question))].sort((a, b) => a.data.number - b.data.number);
    return { note, section, questions, quotes };
  });
  return cache;
}

export async function notesForSection(section: string): Promise<ResolvedNote[]> {
  return (await newerGuidanceNotes()).filter((n) => n.note.data.section === section);
}

/** Notes grouped by topic, in the order of GUIDANCE_TOPICS; a note with two topics is under both. */
export async function notesByTopic(): Promise<Array<{ topic: GuidanceTopic; label: string; notes: ResolvedNote[] }>> {
  const notes = await newerGuidanceNotes();
  return (Object.keys(GUIDANCE_TOPICS) as GuidanceTopic[]).map((topic) => ({
    topic,
    label: GUIDANCE_TOPICS[topic],
    notes: notes.filter((n) => n.note.data.topics.includes(topic)),
  }));
}

/** For one FAQ answer: the toolkit sections whose notes quote it, each with the note to link to. */
export async function sectionsUpdatedBy(questionNumber: number): Promise<Array<{ label: string; href: string }>> {
  return (await newerGuidanceNotes())
    .filter((n) => n.questions.some((q) => q.data.number === questionNumber))
    .map((n) => ({ label: `Toolkit ${labelOf(n.section)}: ${n.note.data.title}`, href: `${pathOf(n.section)}#${noteAnchor(n.note)}` }));
}
