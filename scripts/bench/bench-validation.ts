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
