// Playwright's web server for the editor tests: makes the scratch copy, then runs `npm run edit` in it.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeCopy } from './project-copy.ts';

const port = Number(process.argv[2]);
const dir = makeCopy(port);
const child = spawn(process.execPath, [join(dir, 'scripts/edit.mjs'), '--port', String(port)], { cwd: dir, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => {
  // The copy goes when the editor stops (and a copy left by a killed run is replaced by the next one).
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
