// Every fill-in template, one line each. A template is a folder holding definition.ts and document.md.
import type { TemplateDefinition } from '../src/templates-engine/types.ts';

const SLUGS = [
  'chair-role-description',
  'vice-chair-role-description',
  'mnvp-lead-role-description',
  'lmns-service-user-voice-lead-role-description',
  'service-user-representative-role-description',
  'staff-member-role-description',
  'workplan',
  'annual-report',
  'budget',
  'terms-of-reference',
  'meeting-agenda',
  'remuneration-confirmation',
  'expenses-confirmation',
  'welcome-information',
  'social-media-guidelines',
  'meeting-minutes',
  'expenses-claim',
  'we-said-we-did',
  'feedback-visit-record',
];

export const templates: TemplateDefinition[] = await Promise.all(
  SLUGS.map(async (slug) => ((await import(`./${slug}/definition.ts`)) as { default: TemplateDefinition }).default),
);

export const templateBySlug = (slug: string) => templates.find((t) => t.slug === slug);

/** The progress check at /progress/: on the same engine, with a page of its own instead of one under /templates/. */
export const progressCheck: TemplateDefinition = ((await import('./progress-check/definition.ts')) as { default: TemplateDefinition }).default;

/** Every definition that has a Word document: the templates and the progress check. */
export const allDefinitions: TemplateDefinition[] = [...templates, progressCheck];
