// The editor's end-to-end tests edit a scratch copy of the project, never the repository itself: the copy is
// a git repository of its own, so a test can ask `git diff` exactly what the editor changed on disk.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
/** Inside the repository's ignored tmp/ folder, so the copy finds the project's node_modules by walking up. */
export const copyDir = (port: number) => join(ROOT, 'tmp', `editor-e2e-${port}`);

const COPIED = [
  'package.json',
  'tsconfig.json',
  'astro.config.mjs',
  'astro.config.edit.mjs',
  'keystatic.config.ts',
  'src',
  'content',
  'public',
  'templates',
  'scripts',
];

export function makeCopy(port: number): string {
  const dir = copyDir(port);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of COPIED) if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=editor tests', '-c', 'user.email=editor-tests@localhost', 'commit', '-q', '-m', 'copy');
  return dir;
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
}
