import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * The Chromium the browser tests drive, first found of: $CHROMIUM_PATH, Playwright's own download
 * (`npx playwright install chromium`), Debian's /usr/bin/chromium. Undefined when there is none;
 * `scripts/ensure-chromium.ts` (run by `npm test`) installs Debian's or says how to get one.
 */
export function findChromium(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    playwrightChromium(),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined; // no browser registry for this platform
  }
}

/** The path to launch; throws the one-sentence fix when no browser can be found. */
export function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error(NO_CHROMIUM);
  return found;
}

export const NO_CHROMIUM =
  'No Chromium found for the browser tests: run `npx playwright install chromium` (or, on Debian/Ubuntu, `sudo apt-get install chromium`), or set CHROMIUM_PATH to a Chromium binary.';

/**
 * Headless as root on a closed network: no sandbox, and none of Chromium's own background
 * connections (they would be refused, and a page test must fetch nothing off localhost).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];
