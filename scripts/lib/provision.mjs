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
    console.error(
      `${label} is needed for the tests: install it (on Debian or Ubuntu: sudo apt-get install ${debianPackages.join(' ')}) or set ${envVar} to its path.`,
    );
    process.exit(1);
  }
  return path;
}

export const chromium = () =>
  provide({
    label: 'Chromium',
    envVar: 'CHROMIUM_PATH',
    candidates: ['/usr/bin/chromium', 'chromium', 'chromium-browser', 'google-chrome'],
    debianPackages: ['chromium'],
  });

export const libreoffice = () =>
  provide({
    label: 'LibreOffice',
    envVar: 'SOFFICE_PATH',
    candidates: ['soffice', 'libreoffice', '/usr/bin/soffice'],
    debianPackages: ['libreoffice-writer-nogui', 'libreoffice-calc-nogui'],
  });

/** MiniBrowser, the small browser WebKitGTK ships (libwebkit2gtk-4.1-0, which webkit2gtk-driver brings in). */
const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

/**
 * Safari's engine as Debian has it: WebKitWebDriver driving MiniBrowser, which needs a display, so Xvfb
 * (and xauth) too. Returns the three paths; tests/support/webkit.ts starts them.
 */
export function webkit() {
  const packages = ['webkit2gtk-driver', 'xvfb', 'xauth'];
  const driver = provide({
    label: 'WebKitWebDriver',
    envVar: 'WEBKIT_DRIVER_PATH',
    candidates: ['WebKitWebDriver', '/usr/bin/WebKitWebDriver'],
    debianPackages: packages,
  });
  const xvfb = provide({ label: 'Xvfb', envVar: 'XVFB_PATH', candidates: ['Xvfb', '/usr/bin/Xvfb'], debianPackages: packages });
  const miniBrowser = provide({ label: 'MiniBrowser (WebKitGTK)', envVar: 'MINIBROWSER_PATH', candidates: MINIBROWSER, debianPackages: packages });
  return { driver, xvfb, miniBrowser };
}

/** Firefox ESR, driven over WebDriver BiDi by puppeteer-core (no geckodriver). */
export const firefox = () =>
  provide({ label: 'Firefox', envVar: 'FIREFOX_PATH', candidates: ['/usr/bin/firefox-esr', 'firefox-esr', 'firefox'], debianPackages: ['firefox-esr'] });
