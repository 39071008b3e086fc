import { describe, expect, it } from 'vitest';
import { lms } from '../../shared/lms.ts';
import { syntheticCohort } from '../../shared/synthetic-cohort.ts';
import { type ValidationProgress, validateCohort } from '../../shared/validate-cohort.ts';
import { DEMO_COHORT } from '../../site/validation/demo-cohort.ts';

const rows = syntheticCohort(lms, { ...DEMO_COHORT, n: 2500 });

describe("validateCohort's progress", () => {
  it('reports rows read every 1,000 rows and after the last, then each replicate, in order', () => {
    const seen: ValidationProgress[] = [];
    validateCohort(lms, rows, { bootstrap: 3, onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([
      { stage: 'rows', done: 1000, total: 2500 },
      { stage: 'rows', done: 2000, total: 2500 },
      { stage: 'rows', done: 2500, total: 2500 },
      { stage: 'bootstrap', done: 1, total: 3 },
      { stage: 'bootstrap', done: 2, total: 3 },
      { stage: 'bootstrap', done: 3, total: 3 },
    ]);
  });

  it('only listens: the report is the same with it or without it, excluded rows and all', () => {
    const mixed = [...rows.slice(0, 1200), { ki67: 'x', time: 3, event: 1 }, 'not a row', ...rows.slice(1200)];
    const options = { bootstrap: 50, seed: 7, timeUnit: 'days' } as const;
    let calls = 0;
    const heard = validateCohort(lms, mixed, { ...options, onProgress: () => calls++ });
    expect(heard).toEqual(validateCohort(lms, mixed, options));
    expect(calls).toBe(3 + 50);
  });

  it('says nothing of replicates when there are none, or no rows to draw them from', () => {
    const stages = (input: readonly unknown[], bootstrap: number) => {
      const seen: string[] = [];
      validateCohort(lms, input, { bootstrap, onProgress: (p) => seen.push(`${p.stage} ${p.done}/${p.total}`) });
      return seen;
    };
    expect(stages(rows.slice(0, 10), 0)).toEqual(['rows 10/10']);
    expect(stages([], 100)).toEqual([]);
  });
});
