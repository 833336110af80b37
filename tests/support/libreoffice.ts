// Converts documents with LibreOffice, as a person opening the download would see them.
// Starting LibreOffice costs about 4 seconds of processor time, so each test process keeps one LibreOffice running
// for each kind of conversion (started on first use with its own settings profile, stopped at exit). A conversion
// asked for with the same profile is handed to that running LibreOffice and takes a fraction of a second. It stays
// running only while it has a document open, so it opens a one-line text file of its own.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
/** This process's LibreOffice of each kind: its settings profile, the running office, and when it is ready. */
const offices = new Map<ProfileKind, { profile: string; office: ChildProcess; ready: Promise<void> }>();
process.on('exit', () => {
  for (const { profile, office } of offices.values()) {
    stop(office);
    rmSync(profile, { recursive: true, force: true });
  }
});

/** Stops a LibreOffice started by `keepRunning`, with the processes it started (its own process group). */
function stop(office: ChildProcess) {
  try {
    if (office.pid && office.exitCode === null) process.kill(-office.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

const STARTUP_LIMIT_MS = 90_000;
/**
 * Starts this process's LibreOffice of that kind, once, with a settings profile of its own; `ready` resolves when it
 * has opened its own document.
 */
function keepRunning(kind: ProfileKind): { profile: string; ready: Promise<void> } {
  const known = offices.get(kind);
  if (known) return known;
  const profile = mkdtempSync(join(tmpdir(), `lo-${kind}-`));
  if (kind !== 'plain') {
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), recalcSetting(kind === 'recalculate'));
  }
  const keptOpen = join(profile, 'kept-open.txt');
  writeFileSync(keptOpen, 'Kept open so that LibreOffice stays running for the tests.\n');
  const office = spawn(SOFFICE, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nologo', keptOpen], {
    stdio: 'ignore',
    detached: true,
  });
  office.unref();
  const lockFile = join(profile, '.~lock.kept-open.txt#');
  const ready = new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      if (existsSync(lockFile)) resolve();
      else if (office.exitCode !== null) reject(new Error(`LibreOffice (${SOFFICE}) stopped as it started, with code ${office.exitCode}`));
      else if (Date.now() - started > STARTUP_LIMIT_MS) reject(new Error(`LibreOffice (${SOFFICE}) did not start within ${STARTUP_LIMIT_MS / 1000} s`));
      else setTimeout(check, 100);
    };
    check();
  });
  offices.set(kind, { profile, office, ready });
  return { profile, ready };
}

let queue: Promise<unknown> = Promise.resolve();
/** Has this process's LibreOffice of that kind convert the files, one conversion at a time in this process. */
function convert(kind: ProfileKind, filter: string, dir: string, inputs: string[], timeout: number): Promise<unknown> {
  const done = queue.then(async () => {
    const { profile, ready } = keepRunning(kind);
    await ready;
    // Started with the same profile, LibreOffice hands its arguments to the one running and waits for the conversion.
    const args = [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', dir, ...inputs];
    return run(SOFFICE, args, { timeout });
  });
  queue = done.catch(() => undefined);
  return done;
}

/** The plain text of each .docx, in order, from one conversion. */
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
