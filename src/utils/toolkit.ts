import { getCollection, type CollectionEntry } from 'astro:content';
import { compareSectionNumbers, isChapterOverview, toolkitPath } from './sections.ts';
import { distinctiveKeywords } from '../components/search/keywords.ts';

export type ToolkitEntry = CollectionEntry<'toolkit'>;

export interface Chapter {
  overview: ToolkitEntry;
  sections: ToolkitEntry[];
}

let cache: ToolkitEntry[] | undefined;

/** Every toolkit page in reading order: each chapter overview, then its sections. */
export async function toolkitInOrder(): Promise<ToolkitEntry[]> {
  cache ??= (await getCollection('toolkit')).sort((a, b) => compareSectionNumbers(a.data.section, b.data.section));
  return cache;
}

export async function chapters(): Promise<Chapter[]> {
  const result: Chapter[] = [];
  for (const entry of await toolkitInOrder()) {
    if (isChapterOverview(entry.data.section)) result.push({ overview: entry, sections: [] });
    else result[result.length - 1].sections.push(entry);
  }
  return result;
}

export function pathOf(entry: ToolkitEntry): string {
  return toolkitPath(entry.id);
}

export function labelOf(entry: ToolkitEntry): string {
  return isChapterOverview(entry.data.section) ? `${entry.data.section}. ${entry.data.title}` : `${entry.data.section} ${entry.data.title}`;
}

let keywordFilter: ((keywords: readonly string[]) => string[]) | undefined;

/** The entry's keywords worth indexing for search: those that do not appear on most toolkit pages. */
export async function searchKeywordsOf(entry: ToolkitEntry): Promise<string[]> {
  keywordFilter ??= distinctiveKeywords((await toolkitInOrder()).map((e) => e.data.keywords));
  return keywordFilter(entry.data.keywords);
}
