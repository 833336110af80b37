import type { OutputContext } from './index.ts';
import { templateDocxPath } from './index.ts';
import { renderDocx } from './docx-render.ts';

export async function renderInBrowser({ def, answers, base }: OutputContext): Promise<Blob> {
  const [{ createReport }, response] = await Promise.all([
    import('docx-templates/lib/browser.js'),
    fetch(`${base}${templateDocxPath(def.slug)}`),
  ]);
  if (!response.ok) throw new Error(`The Word template could not be fetched (${response.status}).`);
  const bytes = await renderDocx(createReport, await response.arrayBuffer(), def, answers);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}

export async function prepareInBrowser({ def, base }: Omit<OutputContext, 'answers'>): Promise<void> {
  await Promise.all([import('docx-templates/lib/browser.js'), fetch(`${base}${templateDocxPath(def.slug)}`).then((r) => r.arrayBuffer())]);
}
