// The /validate page's main thread while it analyses, in Chromium: the built page under its own
// CSP, a cohort file chosen, `longtask` entries observed from the choice until the report is drawn.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { pageCsp } from '../../worker/common/response-headers.ts';
import type { WidgetManifest } from '../build/build-widget.ts';
import { launchChromium } from '../support/browser.ts';
import { serveHostPages } from '../support/host-page-server.ts';
import { budget, median } from './budget.ts';
import { cohortCsv } from './validation-cohort.ts';

const RUNS = 3;

/** The built page and the files it loads, each with the headers the Worker gives it. */
function builtPage(): Record<string, [string, string, Record<string, string>?]> {
  const manifest = JSON.parse(readFileSync('dist/public/widget/manifest.json', 'utf8')) as WidgetManifest;
  const js = (name: 'lms-validation.js' | 'validation-worker.js') => {
    const { path } = manifest.files[name];
    return [path, ['text/javascript', readFileSync(`dist/public${path}`, 'utf8')]] as const;
  };
  return {
    '/validate': [
      'text/html',
      readFileSync('dist/public/validate.html', 'utf8'),
      { 'content-security-policy': pageCsp('/validate') },
    ],
    '/site.css': ['text/css', readFileSync('dist/public/site.css', 'utf8')],
    '/favicon.svg': ['image/svg+xml', readFileSync('dist/public/favicon.svg', 'utf8')],
    ...Object.fromEntries([js('lms-validation.js'), js('validation-worker.js')]),
    '/cohort-10000.csv': ['text/csv', cohortCsv(10_000)],
    '/cohort-200000.csv': ['text/csv', cohortCsv(200_000)],
  };
}

/**
 * One analysis as a reader starts it: the file (already in the page, as a picked file is) set on
 * the file input and `change` dispatched, or the demo's button clicked; then the longest `longtask`
 * until the report is drawn (lms-validated, then one more frame), and the time it took.
 */
async function analyse(tab: Page, cohort: string): Promise<{ longest: number; ms: number; tasks: number }> {
  return tab.evaluate(async (url) => {
    const el = document.querySelector('lms-validation')!;
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
    const files = new DataTransfer();
    if (url !== 'demo')
      files.items.add(new File([await (await fetch(url)).blob()], 'cohort.csv', { type: 'text/csv' }));
    const long: number[] = [];
    const observer = new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    const drawn = new Promise((resolve) => el.addEventListener('lms-validated', resolve, { once: true }));
    const start = performance.now();
    if (url === 'demo') el.shadowRoot!.querySelector<HTMLButtonElement>('.inputs button')!.click();
    else {
      input.files = files.files;
      input.dispatchEvent(new Event('change'));
    }
    await drawn;
    const ms = performance.now() - start;
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    observer.disconnect();
    return { longest: Math.max(0, ...long), ms, tasks: long.length };
  }, cohort);
}

/** A longest task as the long-task API sees it: only tasks of 50 ms or more are reported at all. */
const longestText = (ms: number): string => (ms ? `${ms.toFixed(0)} ms` : 'none of 50 ms or more');

/** The built /validate page in Chromium: 10,000 rows with 1,000 replicates three times, the demo, 200,000 rows. */
export async function benchValidationInBrowser(): Promise<void> {
  const host = await serveHostPages(builtPage());
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.goto(`${host.url}/validate?lang=en`);
    await tab.waitForFunction(() => customElements.get('lms-validation'));
    console.log(
      '\nThe /validate page in Chromium: long tasks from choosing a file to the report drawn (1,000 replicates)',
    );
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await analyse(tab, '/cohort-10000.csv'));
    const longest = median(runs.map((r) => r.longest));
    console.log(
      `  10,000 rows: longest main-thread task ${longestText(longest)} (median of ${RUNS}), in ${(median(runs.map((r) => r.ms)) / 1000).toFixed(1)} s ${budget('validate page 10,000 rows longest task ms', longest, '<=', 50)}`,
    );
    const demo = [];
    for (let i = 0; i < RUNS; i++) demo.push(await analyse(tab, 'demo'));
    console.log(
      `  the demo cohort (1,500 rows): longest main-thread task ${longestText(median(demo.map((r) => r.longest)))} (median of ${RUNS}), in ${(median(demo.map((r) => r.ms)) / 1000).toFixed(1)} s`,
    );
    const big = await analyse(tab, '/cohort-200000.csv');
    console.log(
      `  200,000 rows: longest main-thread task ${longestText(big.longest)} (${big.tasks} of 50 ms or more), in ${(big.ms / 1000).toFixed(1)} s`,
    );
  } finally {
    await browser.close();
    await host.stop();
  }
}
