import type { Problem } from '@lms-score/core';
import type { CohortValidation, TimeUnit, ValidationProgress } from '@lms-score/core/validate';

/** The analysis options the page offers. */
export interface AnalysisOptions {
  readonly bootstrap: number;
  readonly seed: number;
  readonly timeUnit: TimeUnit;
}

/** What the page asks its worker: a CSV file the researcher picked, or the synthetic demo cohort. */
export interface AnalysisRequest {
  readonly cohort: { readonly kind: 'file'; readonly file: Blob } | { readonly kind: 'demo' };
  readonly options: AnalysisOptions;
}

/**
 * What the worker answers: progress (rows read, then replicates, at most every 50 ms), then one of
 * the report, the reader's refusal of the file, a file with more rows than the page reads, or a
 * failure.
 */
export type AnalysisReply =
  | ({ readonly kind: 'progress' } & ValidationProgress)
  | { readonly kind: 'report'; readonly report: CohortValidation }
  | { readonly kind: 'refused'; readonly problems: readonly Problem<string>[] }
  | { readonly kind: 'too-many-rows'; readonly rows: number; readonly max: number }
  | { readonly kind: 'failed' };
