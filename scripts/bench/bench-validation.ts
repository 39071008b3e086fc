// Validation budgets (issue: validate the score on your own cohort), in Node: a 10,000-row cohort
// with 1,000 bootstrap replicates <= 2 s; point estimates alone (no bootstrap) <= 20 ms. Medians.
import { lms } from '../../shared/lms.ts';
import { seededRandom } from '../../shared/seeded-random.ts';
import { validateCohort } from '../../shared/validate-cohort.ts';
import { budget } from './budget.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A synthetic LMS-shaped cohort: random factors, whole-month times with ties, about 30% events. */
export function syntheticCohort(n: number, seed = 7) {
  const r = seededRandom(seed);
  const bands = ['<3', '3-20', '>20'];
  return Array.from({ length: n }, () => ({
    ki67: bands[Math.floor(r() * 3)],
    vascularInvasion: r() < 0.3,
    lymphNodeMetastasis: r() < 0.25,
    adjuvantTherapy: r() < 0.4,
    time: Math.floor(r() * 90),
    event: r() < 0.3 ? 1 : 0,
  }));
}

export function benchValidation(): void {
  const rows = syntheticCohort(10_000);
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
  const { readFileSync } = await import('node:fs');
  const { launchChromium } = await import('../support/browser.ts');
  const { serveHostPages } = await import('../support/host-page-server.ts');
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const bundle = readFileSync(`dist/public/widget/${version}/lms-validation.js`, 'utf8');
  const rows = syntheticCohort(10_000);
  const csv = `ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy,time,event\n${rows.map((r) => `${r.ki67},${r.vascularInvasion},${r.lymphNodeMetastasis},${r.adjuvantTherapy},${r.time},${r.event}`).join('\n')}\n`;
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
