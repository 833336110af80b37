// Converts documents with LibreOffice, as a person opening the download would see them.
// Starting LibreOffice costs a few seconds, so each test process keeps one settings profile for each kind of
// conversion (made on first use, removed at exit), and `docxToTexts` converts many documents in one start.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const SOFFICE = process.env.SOFFICE_PATH ?? 'soffice';

// LibreOffice's setting for formulas in Excel files on load: 0 always recalculates, 1 never does.
const recalcSetting = (always: boolean) => `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${always ? 0 : 1}</value></prop></item>
</oor:items>`;

type ProfileKind = 'plain' | 'recalculate' | 'keep-values';
const profiles = new Map<ProfileKind, string>();
process.on('exit', () => {
  for (const dir of profiles.values()) rmSync(dir, { recursive: true, force: true });
});

/** This process's LibreOffice profile of that kind. Calls in one process are awaited one after another. */
function profile(kind: ProfileKind): string {
  let dir = profiles.get(kind);
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), `lo-${kind}-`));
    if (kind !== 'plain') {
      mkdirSync(join(dir, 'user'), { recursive: true });
      writeFileSync(join(dir, 'user', 'registrymodifications.xcu'), recalcSetting(kind === 'recalculate'));
    }
    profiles.set(kind, dir);
  }
  return dir;
}

let queue: Promise<unknown> = Promise.resolve();
/** Runs LibreOffice on the files, one run at a time in this process (a profile cannot be shared by two at once). */
function convert(kind: ProfileKind, filter: string, dir: string, inputs: string[], timeout: number): Promise<unknown> {
  const args = [`-env:UserInstallation=file://${profile(kind)}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', dir, ...inputs];
  const done = queue.then(() => run(SOFFICE, args, { timeout }));
  queue = done.catch(() => undefined);
  return done;
}

/** The plain text of each .docx, in order, from one LibreOffice start. */
export async function docxToTexts(docs: readonly Uint8Array[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'docx-text-'));
  try {
    const inputs = docs.map((doc, i) => {
      const input = join(dir, `document-${i}.docx`);
      writeFileSync(input, doc);
      return input;
    });
    await convert('plain', 'txt:Text', dir, inputs, 60_000 + 10_000 * docs.length);
    return docs.map((_, i) => readFileSync(join(dir, `document-${i}.txt`), 'utf8').replace(/^\ufeff/, ''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function docxToText(docx: Uint8Array): Promise<string> {
  return (await docxToTexts([docx]))[0]!;
}

/**
 * Opens an .xlsx in LibreOffice and saves its first sheet as CSV (UTF-8, values as shown).
 * With `recalculate`, LibreOffice works out every formula itself instead of using the stored values.
 */
export async function xlsxToCsv(xlsx: Uint8Array, recalculate: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'xlsx-csv-'));
  try {
    const input = join(dir, 'budget.xlsx');
    writeFileSync(input, xlsx);
    await convert(recalculate ? 'recalculate' : 'keep-values', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true', dir, [input], 90_000);
    return readFileSync(join(dir, 'budget.csv'), 'utf8').replace(/^\ufeff/, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
