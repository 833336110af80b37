// The Safety Action 7 requirements (content/safety-action-7.yaml), in the order they appear on the page.
import { getCollection, type CollectionEntry } from 'astro:content';
import { templateBySlug } from '../../templates/index.ts';
import { toolkitInOrder, pathOf } from './toolkit.ts';

export type Requirement = CollectionEntry<'safetyAction7'>;

export const SA7_PATH = '/safety-action-7/';

export async function requirements(): Promise<Requirement[]> {
  return (await getCollection('safetyAction7')).sort((a, b) => a.data.order - b.data.order);
}

/** Where a requirement's words come from, as a label and a link to that part of this site. */
export async function sourceOf(r: Requirement): Promise<{ label: string; href: string }> {
  if (r.data.source === 'faq') {
    const question = (await getCollection('faq')).find((q) => q.data.number === Number(r.data.where));
    if (!question) throw new Error(`${r.id}: no FAQ question ${r.data.where}`);
    return { label: `NHS England, FAQ for ICBs (PRN00823_iii), question ${r.data.where}`, href: `/faq/#${question.data.slug}` };
  }
  const entry = (await toolkitInOrder()).find((e) => e.data.section === r.data.where);
  if (!entry) throw new Error(`${r.id}: no toolkit section ${r.data.where}`);
  return { label: `MVP Toolkit (National Maternity Voices, March 2022), section ${r.data.where}: ${entry.data.title}`, href: pathOf(entry) };
}

/** The templates a requirement names, with their titles; an unknown slug stops the build. */
export function templatesOf(r: Requirement) {
  return r.data.templates.map(({ slug, how }) => {
    const def = templateBySlug(slug);
    if (!def) throw new Error(`content/safety-action-7.yaml: ${r.id} names template ${slug}, which does not exist`);
    return { title: def.title, href: `/templates/${slug}/`, how };
  });
}
