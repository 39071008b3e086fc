// Validation budgets (issue: validate the score on your own cohort), in Node: a 10,000-row cohort
// with 1,000 bootstrap replicates <= 2 s; point estimates alone (no bootstrap) <= 20 ms. Medians.
import { readFileSync } from 'node:fs';
import { lms } from '@lms-score/core';
import { syntheticCohort, validateCohort } from '@lms-score/core/validate';
import { DEMO_COHORT } from '../../site/validation/demo-cohort.ts';
import { launchChromium } from '../support/browser.ts';
import { serveHostPages } from '../support/host-page-server.ts';
import { budget, median } from './budget.ts';

// The validation page's demo cohort, grown to 10,000 rows.
const rows = syntheticCohort(lms, { ...DEMO_COHORT, n: 10_000 });

export function benchValidation(): void {
  const time = (bootstrap: number, runs: number) => {
    const ms: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const t = performance.now();
      validateCohort(lms, rows, { bootstrap });
      if (i > 0) ms.push(performance.now() - t); // the first run warms the JIT
    }
    return median(ms);
  };
  const point = time(0, 21);
  const full = time(1000, 5);
  console.log('\nValidation of a 10,000-row cohort in Node (median)');
  console.log(
    `  point estimates (C-index x2, Kaplan–Meier x3, calibration) ${point.toFixed(1)} ms ${budget('validate point estimates ms', point, '<=', 20)}`,
  );
  console.log(
    `  with 1,000 bootstrap replicates ${full.toFixed(0)} ms ${budget('validate 1,000 replicates ms', full, '<=', 2000)}`,
  );
}

/** The same 10,000-row cohort with 1,000 replicates, read and analysed by <lms-validation> in Chromium. */
export async function benchValidationInBrowser(): Promise<void> {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const bundle = readFileSync(`dist/public/widget/${version}/lms-validation.js`, 'utf8');
  const columns = Object.keys(rows[0]!);
  const csv = `${columns.join(',')}\n${rows.map((r) => columns.map((c) => String(r[c])).join(',')).join('\n')}\n`;
  const page =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><script type="module" src="/v.js"></script></head><body><lms-validation></lms-validation></body></html>';
  const host = await serveHostPages({
    '/': ['text/html', page],
    '/v.js': ['text/javascript', bundle],
    '/favicon.ico': ['image/x-icon', ''],
  });
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.goto(`${host.url}/`);
    await tab.waitForFunction(() => customElements.get('lms-validation'));
    const ms: number[] = [];
    for (let i = 0; i < 4; i++) {
      ms.push(
        await tab.evaluate(async (text) => {
          const el = document.querySelector('lms-validation') as HTMLElement & { readFile(f: File): Promise<void> };
          const t = performance.now();
          await el.readFile(new File([text], 'bench.csv'));
          return performance.now() - t;
        }, csv),
      );
    }
    const m = median(ms.slice(1));
    console.log(
      `  in Chromium, read + 1,000 replicates ${m.toFixed(0)} ms ${budget('validate 1,000 replicates in Chromium ms', m, '<=', 2000)}`,
    );
  } finally {
    await browser.close();
    await host.stop();
  }
}
