// Converts a .docx to plain text with LibreOffice, as a person opening the download would see it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';

export async function docxToText(docx: Uint8Array): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'docx-text-'));
  const profile = mkdtempSync(join(tmpdir(), 'lo-'));
  try {
    const input = join(dir, 'document.docx');
    writeFileSync(input, docx);
    await run(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'txt:Text', '--outdir', dir, input], { timeout: 60_000 });
    return readFileSync(join(dir, 'document.txt'), 'utf8').replace(/^\ufeff/, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
