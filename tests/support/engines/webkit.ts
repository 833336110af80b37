// Safari's engine on Debian: Xvfb (a display), WebKitWebDriver, and the MiniBrowser it drives, through
// selenium-webdriver (`usingServer`, so it never tries to download a driver). See docs/browsers.md.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { webkit as provideWebkit } from '../../../scripts/lib/provision.mjs';
import type { Engine, Tab } from './engine.ts';

const KEYS = { Enter: Key.ENTER, Escape: Key.ESCAPE, Tab: Key.TAB } as const;

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill();
  await Promise.race([once(child, 'exit'), new Promise((r) => setTimeout(r, 5000))]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took over ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Starts Xvfb on a free display (it says which on a pipe) and returns the display and the process. */
async function startDisplay(xvfb: string): Promise<{ display: string; process: ChildProcess }> {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const number = await withTimeout(
    new Promise<string>((resolve, reject) => {
      let text = '';
      child.stdio[3]!.on('data', (c: Buffer) => {
        text += c.toString();
        if (text.includes('\n')) resolve(text.trim());
      });
      child.once('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
    }),
    20_000,
    'Starting Xvfb',
  );
  return { display: `:${number}`, process: child };
}

/** Starts WebKit; `origin` is the test site's, which `goto` paths are relative to. */
export async function startWebkit(driverPort: number, origin: string): Promise<Engine> {
  const { driver: driverPath, xvfb, miniBrowser } = provideWebkit();
  const home = mkdtempSync(join(tmpdir(), 'engine-webkit-'));
  const config = join(home, 'config');
  const downloadDir = join(home, 'downloads');
  mkdirSync(join(config, 'gtk-3.0'), { recursive: true });
  mkdirSync(downloadDir);
  // WebKitGTK reads the download folder from here, not from the environment.
  writeFileSync(join(config, 'user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloadDir}"\n`);
  // MiniBrowser's toolbar would keep the window wider than a 375 px phone.
  writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), 'button, entry { min-width: 0; min-height: 0; padding: 0; margin: 0; }\n');

  const display = await startDisplay(xvfb);
  const env = {
    ...process.env,
    DISPLAY: display.display,
    HOME: home,
    XDG_CONFIG_HOME: config,
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_DATA_HOME: join(home, 'data'),
  };
  const driverProcess = spawn(driverPath, [`--port=${driverPort}`, '--host=127.0.0.1'], { env, stdio: 'ignore' });
  const stopAll = async () => {
    await stopProcess(driverProcess);
    await stopProcess(display.process);
    rmSync(home, { recursive: true, force: true });
  };
  let driver: WebDriver;
  try {
    await withTimeout(
      (async () => {
        for (;;) {
          if (driverProcess.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driverProcess.exitCode}): is port ${driverPort} free?`);
          try {
            if ((await fetch(`http://127.0.0.1:${driverPort}/status`)).ok) return;
          } catch {
            /* not up yet */
          }
          await new Promise((r) => setTimeout(r, 100));
        }
      })(),
      20_000,
      'Starting WebKitWebDriver',
    );
    // Without a display the new-session request hangs with no error, so it has a deadline.
    driver = await withTimeout(
      new Builder()
        .usingServer(`http://127.0.0.1:${driverPort}`)
        .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] } })
        .build(),
      60_000,
      'Opening a WebKit session',
    );
    await driver.manage().setTimeouts({ script: 30_000, pageLoad: 60_000 });
  } catch (error) {
    await stopAll();
    throw error;
  }

  const tabFor = (handle: string): Tab => {
    const here = async () => {
      if ((await driver.getWindowHandle()) !== handle) await driver.switchTo().window(handle);
    };
    return {
      goto: async (path) => {
        await here();
        await driver.get(path.startsWith('http') ? path : `${origin}${path}`);
      },
      reload: async () => {
        await here();
        await driver.navigate().refresh();
      },
      run: async (fn, ...args) => {
        await here();
        // WebDriver's Execute Script waits for a returned promise.
        return driver.executeScript(`return (${fn.toString()}).apply(null, arguments);`, ...args);
      },
      click: async (selector) => {
        await here();
        const element = await driver.findElement(By.css(selector));
        // Into the middle of the screen first, so the sticky bar at the foot of a form does not cover it.
        await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', element);
        await element.click();
      },
      type: async (selector, text) => {
        await here();
        await driver.findElement(By.css(selector)).sendKeys(text);
      },
      press: async (key) => {
        await here();
        await driver.actions().sendKeys(KEYS[key]).perform();
      },
      viewport: async (width, height) => {
        await here();
        // The window's size includes MiniBrowser's toolbar and frame: resize by the difference until the page's size is right.
        for (let i = 0; i < 4; i++) {
          const inner = await driver.executeScript<[number, number]>('return [innerWidth, innerHeight]');
          if (inner[0] === width && inner[1] === height) return;
          const rect = await driver.manage().window().getRect();
          await driver
            .manage()
            .window()
            .setRect({ width: rect.width + width - inner[0], height: rect.height + height - inner[1] });
          await new Promise((r) => setTimeout(r, 200));
        }
        const inner = await driver.executeScript<[number, number]>('return [innerWidth, innerHeight]');
        if (inner[0] !== width || inner[1] !== height) throw new Error(`WebKit's viewport is ${inner.join('×')}, not ${width}×${height}`);
      },
      screenshot: async (file) => {
        await here();
        writeFileSync(file, await driver.takeScreenshot(), 'base64');
      },
    };
  };
  const first = await driver.getWindowHandle();
  const engine: Engine = {
    name: 'webkit',
    tab: tabFor(first),
    downloadDir,
    openTab: async (path) => {
      await driver.switchTo().newWindow('tab');
      const tab = tabFor(await driver.getWindowHandle());
      await tab.goto(path);
      return tab;
    },
    closeOtherTabs: async () => {
      for (const handle of await driver.getAllWindowHandles()) {
        if (handle === first) continue;
        await driver.switchTo().window(handle);
        await driver.close();
      }
      await driver.switchTo().window(first);
    },
    stop: async () => {
      try {
        await withTimeout(driver.quit(), 20_000, 'Closing WebKit');
      } catch {
        /* the processes are stopped below */
      }
      await stopAll();
    },
  };
  return engine;
}
