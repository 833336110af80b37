// Builds each template's Word document from its readable source (templates/<slug>/document.md):
//   public/docx/<slug>.docx        the docx-templates template the browser fills in
//   public/docx/<slug>-blank.docx  the blank version, with write-in lines, for people who prefer Word
// Run by `npm run build`; the output is not committed, so wording changes are reviewed in document.md.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { allDefinitions } from '../templates/index.ts';
import { parseDocumentSource } from '../src/templates-engine/document/source.ts';
import { docxParts } from '../src/templates-engine/document/package.ts';
import { renderDocx } from '../src/templates-engine/outputs/docx-render.ts';
import { createReport } from 'docx-templates/lib/browser.js';

const OUT = join(import.meta.dirname, '..', 'public', 'docx');
// A fixed date, and no folder entries (JSZip would date those now), keep the zip identical from build to build.
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

export async function buildTemplateDocx(slug: string): Promise<Uint8Array> {
  const def = allDefinitions.find((t) => t.slug === slug);
  if (!def) throw new Error(`no template ${slug}`);
  const source = parseDocumentSource(readFileSync(join(import.meta.dirname, '..', 'templates', slug, 'document.md'), 'utf8'));
  const zip = new JSZip();
  for (const [path, xml] of Object.entries(docxParts(source, def))) zip.file(path, xml, { date: FIXED_DATE, createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  for (const def of allDefinitions) {
    const template = await buildTemplateDocx(def.slug);
    writeFileSync(join(OUT, `${def.slug}.docx`), template);
    writeFileSync(join(OUT, `${def.slug}-blank.docx`), await renderDocx(createReport, template, def, null));
  }
  console.log(`Built ${allDefinitions.length} Word templates and their blank versions in public/docx/.`);
}

if (import.meta.main) await main();
