// Converts a .docx to plain text with LibreOffice, as a person opening the download would see it.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    await run(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'txt:Text', '--outdir', dir, input], {
      timeout: 60_000,
    });
    return readFileSync(join(dir, 'document.txt'), 'utf8').replace(/^\ufeff/, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

// LibreOffice's setting for formulas in Excel files on load: 0 always recalculates, 1 never does.
const recalcProfile = (always: boolean) => `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${always ? 0 : 1}</value></prop></item>
</oor:items>`;

/**
 * Opens an .xlsx in LibreOffice and saves its first sheet as CSV (UTF-8, values as shown).
 * With `recalculate`, LibreOffice works out every formula itself instead of using the stored values.
 */
export async function xlsxToCsv(xlsx: Uint8Array, recalculate: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-csv-'));
  const profile = mkdtempSync(join(tmpdir(), 'lo-'));
  try {
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), recalcProfile(recalculate));
    const input = join(dir, 'budget.xlsx');
    writeFileSync(input, xlsx);
    await run(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true',
        '--outdir',
        dir,
        input,
      ],
      { timeout: 90_000 },
    );
    return readFileSync(join(dir, 'budget.csv'), 'utf8').replace(/^\ufeff/, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}
