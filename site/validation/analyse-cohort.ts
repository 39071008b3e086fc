import { lms } from '@lms-score/core';
import { refusedRows } from '@lms-score/core/csv';
import { readCohortCsv, syntheticCohort, type ValidationProgress, validateCohort } from '@lms-score/core/validate';
import type { AnalysisReply, AnalysisRequest } from './analysis-messages.ts';
import { DEMO_COHORT } from './demo-cohort.ts';

/** The page reads more rows than the API (nothing is sent), but not without end: a tab must stay usable. */
export const MAX_ROWS = 200_000;
const CSV_COLUMNS = 64;
/** Progress is told at most this often (and always at the end of a stage): enough for a smooth bar. */
const PROGRESS_EVERY_MS = 50;

/**
 * One analysis, as the page's worker runs it (validation-worker.ts): the file read as text, its
 * header checked and its rows read by the core's reader (readCohortCsv), or the demo cohort drawn,
 * then validateCohort, with the same options and so the same report as the core gives on the main
 * thread, `lms validate` and the API. Each reply goes to `reply`; the last is the outcome.
 */
export async function analyseCohort(request: AnalysisRequest, reply: (message: AnalysisReply) => void): Promise<void> {
  let told = Number.NEGATIVE_INFINITY;
  const onProgress = (progress: ValidationProgress) => {
    const now = performance.now();
    if (progress.done < progress.total && now - told < PROGRESS_EVERY_MS) return;
    told = now;
    reply({ kind: 'progress', ...progress });
  };
  const { cohort, options } = request;
  if (cohort.kind === 'demo') {
    const rows = syntheticCohort(lms, DEMO_COHORT);
    const report = validateCohort(lms, rows, { ...options, source: 'json', refused: new Map(), onProgress });
    reply({ kind: 'report', report });
    return;
  }
  // A header without time or event is refused, naming each (as lms validate and the API).
  const read = readCohortCsv(lms, await cohort.file.text(), CSV_COLUMNS);
  if (!read.ok) return reply({ kind: 'refused', problems: read.problems });
  if (read.value.count > MAX_ROWS) return reply({ kind: 'too-many-rows', rows: read.value.count, max: MAX_ROWS });
  const table = read.value.rows();
  const rows = table.map((r) => r.fields);
  const report = validateCohort(lms, rows, { ...options, source: 'text', refused: refusedRows(table), onProgress });
  reply({ kind: 'report', report });
}
