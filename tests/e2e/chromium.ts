/** Finds a Chromium for the browser tests, installing Debian's package when that is safe to do. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/** Where Chromium and Chrome usually live, in the order they are tried after CHROME_PATH. */
export const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

type Exists = (path: string) => boolean;

const HOW_TO_INSTALL =
  'Install Chromium (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROME_PATH to a Chromium or Chrome binary.';

/** CHROME_PATH if set (and it must exist), else the first candidate that exists, else null. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: Exists = existsSync): string | null {
  const given = env.CHROME_PATH;
  if (given) {
    if (!exists(given)) throw new Error(`CHROME_PATH is ${given}, which does not exist. ${HOW_TO_INSTALL}`);
    return given;
  }
  return CANDIDATES.find((p) => exists(p)) ?? null;
}

/** Only root on Debian may install for itself; anywhere else, installing is the user's call. */
export function canInstall(uid: number | undefined, exists: Exists = existsSync): boolean {
  return uid === 0 && exists('/etc/debian_version');
}

/** A Chromium binary: found, or installed with apt-get when running as root on Debian. */
export function chromiumPath(): string {
  const found = findChromium();
  if (found) return found;
  if (!canInstall(process.getuid?.())) throw new Error(`No Chromium found for the browser tests. ${HOW_TO_INSTALL}`);
  // Straight to stderr: vitest holds console output back, and this must come before apt's own.
  process.stderr.write('No Chromium found: running `apt-get update && apt-get install -y chromium` (root on Debian).\n');
  execFileSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const installed = findChromium();
  if (!installed) throw new Error(`apt-get installed chromium but no binary was found. ${HOW_TO_INSTALL}`);
  return installed;
}

/**
 * The features Playwright (1.65) turns off itself. Chromium reads only the last --disable-features
 * it is given, and Playwright's comes before ours, so ours repeats them; chromium.test.ts fails
 * when Playwright's list is no longer all in it.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'DestroyProfileOnBrowserClose', 'HttpsUpgrades', 'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay', 'MediaRouter', 'PaintHolding', 'ThirdPartyStoragePartitioning', 'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin', 'OptimizationHints', 'NetworkTimeServiceQuerying', 'AimEnabled', 'PreconnectToSearch',
  'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Since Chromium 151 every new window preloads the address bar's popup, a WebUI page in a renderer
 * of its own, and Playwright opens a window for every browser context: each test page and each
 * bench visit loaded beside 0.5–2 s of the popup's CPU on our two cores. It put about 110 ms on
 * both pages' first render of the seed graph, and the spread of their ratio twice as wide.
 */
const OWN_DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** Headless Chromium with no network side traffic and no browser UI loading; Playwright gives it a fresh profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OWN_DISABLED_FEATURES].join(',')}`,
    ],
  });
}
