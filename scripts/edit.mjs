#!/usr/bin/env node
// `npm run edit`: the content editor (Keystatic) on this machine, editing the files in content/.
// Extra arguments reach `astro dev`: `npm run edit -- --port 4455`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const astro = fileURLToPath(new URL('bin/astro.mjs', import.meta.resolve('astro/package.json')));
const args = ['dev', '--config', 'astro.config.edit.mjs', '--host', '127.0.0.1', ...process.argv.slice(2)];
const child = spawn(process.execPath, [astro, ...args], {
  stdio: ['inherit', 'pipe', 'inherit'],
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
});
let announced = false;
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const address = !announced && /(http:\/\/127\.0\.0\.1:\d+)\//.exec(chunk.toString().replace(/\x1b\[[0-9;]*m/g, ''));
  if (address) {
    announced = true;
    process.stdout.write(`\nContent editor: ${address[1]}/keystatic\n(Ctrl+C stops it. Saving in the editor changes the files in content/.)\n\n`);
  }
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
