// The cohort files the validation benches share: the /validate page's synthetic demo cohort grown
// to n rows, as a CSV that `lms validate`, the page and R's read alike (level ids, yes/no).
import { lms, lmsModel } from '@lms-score/core';
import { syntheticCohort } from '@lms-score/core/validate';
import { DEMO_COHORT } from '../../site/validation/demo-cohort.ts';

/** n synthetic patients with outcomes: id, the model's fields, time (months) and event. */
export function cohortCsv(n: number): string {
  const rows = syntheticCohort(lms, { ...DEMO_COHORT, n });
  const columns = Object.keys(rows[0]!);
  const cell = (v: unknown) => (v === true ? 'yes' : v === false ? 'no' : String(v));
  return `${columns.join(',')}\n${rows.map((r) => columns.map((c) => cell(r[c])).join(',')).join('\n')}\n`;
}

/**
 * The model for validate-in-r.R, from the definition itself: each factor's levels with their points
 * and hazard ratios (`factor=level:points:hr,…;…`), and each group's top points (`group:max,…`).
 */
export function modelForR(): { factors: string; groups: string } {
  const factors = lmsModel.factors
    .map((f) => `${f.id}=${f.levels.map((l) => `${l.id}:${l.points.value}:${l.hazardRatio.value}`).join(',')}`)
    .join(';');
  const groups = lmsModel.riskGroups.map((g) => `${g.id}:${g.maxPoints.value}`).join(',');
  return { factors, groups };
}
