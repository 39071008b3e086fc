import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/support/browser.ts';
import { type DevServer, startDevServer } from '../../scripts/support/dev-server.ts';

/**
 * For a describe block: `npm start`'s server (wrangler dev) and headless Chromium, started before
 * its tests and stopped after them (the server's whole process group).
 */
export function devServerAndBrowser(): { server: () => DevServer; browser: () => Browser } {
  let server: DevServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startDevServer();
    browser = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return { server: () => server, browser: () => browser };
}

/** Before the page's first script: sums every layout shift into `window.shifts`. */
export const countLayoutShifts = async (page: Page): Promise<void> => {
  await page.addInitScript(() => {
    const w = window as unknown as { shifts: number };
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.shifts += (e as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
};
