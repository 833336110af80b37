import type { Stage } from '../schemas/toolkit.ts';

/** Orders "3.9" before "3.10" and a chapter ("3") before its subsections. */
export function compareSectionNumbers(a: string, b: string): number {
  const [aMajor, aMinor = 0] = a.split('.').map(Number);
  const [bMajor, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

export const STAGE_LABELS: Record<Stage, string> = {
  introduction: 'Introduction',
  'setting-up': 'Setting up',
  'getting-established': 'Getting established',
  consolidating: 'Consolidating',
  pioneering: 'Pioneering',
};

/** Entry ids are "<chapter-slug>/index" for overviews and "<chapter-slug>/<section-slug>" for subsections. */
export function toolkitPath(id: string): string {
  const [chapter, section] = id.split('/');
  return section === 'index' ? `/toolkit/${chapter}/` : `/toolkit/${chapter}/${section}/`;
}

export function isChapterOverview(section: string): boolean {
  return !section.includes('.');
}
