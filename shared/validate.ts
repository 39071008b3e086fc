/**
 * @lms-score/core/validate: a cohort's outcomes against the model (C-index with a seeded
 * bootstrap CI, Kaplan–Meier by group, observed vs published risk), the reader of a cohort's CSV, and
 * a synthetic cohort for demos.
 *
 * @example
 * import { lms } from '@lms-score/core';
 * import { validateCohort } from '@lms-score/core/validate';
 * validateCohort(lms, rows, { source: 'text', timeUnit: 'months' }).cIndex.value;
 */
export { readCohortCsv } from './cohort-csv.ts';
export type { KaplanMeierStep } from './kaplan-meier.ts';
export { type Prevalence, type SyntheticOptions, syntheticCohort } from './synthetic-cohort.ts';
export {
  BOOTSTRAP_LIMITS,
  type CIndex,
  type CohortValidation,
  type ExcludedRow,
  type ExclusionReason,
  type GroupValidation,
  type NotEstimable,
  OUTCOME_COLUMNS,
  REQUIRED_OUTCOME_COLUMNS,
  TIME_UNITS,
  type TimeUnit,
  type ValidateOptions,
  type ValidationProgress,
  validateCohort,
} from './validate-cohort.ts';
