import { DOCX_TYPE, templateDocxPath, type OutputContext } from './context.ts';
import { renderDocx } from './docx-render.ts';

export async function renderInBrowser({ def, answers, base }: OutputContext): Promise<Blob> {
  const [{ createReport }, response] = await Promise.all([import('docx-templates/lib/browser.js'), fetch(`${base}${templateDocxPath(def.slug)}`)]);
  if (!response.ok) throw new Error(`The Word template could not be fetched (${response.status}).`);
  const bytes = await renderDocx(createReport, await response.arrayBuffer(), def, answers);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE });
}

export async function prepareInBrowser({ def, base }: Omit<OutputContext, 'answers'>): Promise<void> {
  await Promise.all([import('docx-templates/lib/browser.js'), fetch(`${base}${templateDocxPath(def.slug)}`).then((r) => r.arrayBuffer())]);
}
