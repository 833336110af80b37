// Finds the programs the tests need, installing Debian's packages when we run as root on Debian.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = () => existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');

function which(name) {
  const found = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

let aptUpdated = false;
function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    aptUpdated = true;
  }
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}

/**
 * Returns a path to a program, installing its Debian package if we may; otherwise exits with a one-line instruction.
 * @param {{ label: string, envVar: string, candidates: string[], debianPackages: string[] }} spec
 */
export function provide({ label, envVar, candidates, debianPackages }) {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    console.error(`${envVar} is set to ${fromEnv}, which does not exist.`);
    process.exit(1);
  }
  const find = () => candidates.map((c) => (c.startsWith('/') ? (existsSync(c) ? c : undefined) : which(c))).find(Boolean);
  let path = find();
  if (!path && isRoot() && isDebian()) {
    console.log(`${label} not found: installing Debian's ${debianPackages.join(' ')} …`);
    aptInstall(debianPackages);
    path = find();
  }
  if (!path) {
    console.error(`${label} is needed for the tests: install it (on Debian or Ubuntu: sudo apt-get install ${debianPackages.join(' ')}) or set ${envVar} to its path.`);
    process.exit(1);
  }
  return path;
}

export const chromium = () =>
  provide({ label: 'Chromium', envVar: 'CHROMIUM_PATH', candidates: ['/usr/bin/chromium', 'chromium', 'chromium-browser', 'google-chrome'], debianPackages: ['chromium'] });

export const libreoffice = () =>
  provide({ label: 'LibreOffice', envVar: 'SOFFICE_PATH', candidates: ['soffice', 'libreoffice', '/usr/bin/soffice'], debianPackages: ['libreoffice-writer-nogui', 'libreoffice-calc-nogui'] });
