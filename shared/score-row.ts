import type { Scorer } from './create-scorer.ts';
import type { CsvTableRow } from './csv-table.ts';
import type { ModelDefinition } from './model-definition.ts';
import type { CoreProblemCode, CsvProblemCode, Problem } from './problem-codes.ts';
import type { ScoreResult } from './score-types.ts';

export type RowId = string | number;

/**
 * Whether a row's `id` can be echoed as it was sent: a string, or a finite number that is not a
 * whole number past 2^53 - 1 (JSON parsing has already rounded those: 9007199254740993 reads as
 * ...992, and two patients would share one id).
 */
export const isRowId = (id: unknown): id is RowId =>
  typeof id === 'string' ||
  (typeof id === 'number' && Number.isFinite(id) && (!Number.isInteger(id) || Number.isSafeInteger(id)));
/** A problem on one batch row: the core's, or the CSV reader's (a row with the wrong cell count). */
export type RowProblem = Problem<CoreProblemCode | CsvProblemCode | 'invalid_json'>;
/** One batch row's answer: its result, or the problems naming each bad field. Never both, never neither. */
export type BatchRow<R = ScoreResult> = { id?: RowId; result: R } | { id?: RowId; errors: RowProblem[] };

/**
 * A result as a cohort's row carries it: the figures and their provenance, as the CSV has them,
 * without the per-factor breakdown, the what-ifs and the model stamp (said once per batch). About a
 * quarter of a full result's JSON; `detail=full` (`--detail full`) keeps the full result.
 */
export type BatchResult = Pick<
  ScoreResult,
  | 'complete'
  | 'points'
  | 'pointsRange'
  | 'riskGroup'
  | 'possibleRiskGroups'
  | 'risk'
  | 'relativeHazard'
  | 'relativeHazardRange'
  | 'horizonYears'
  | 'pointsProvenance'
  | 'riskProvenance'
>;

/** The summary of a result for a batch row (see BatchResult). */
export const batchResult = (r: ScoreResult): BatchResult => ({
  complete: r.complete,
  points: r.points,
  pointsRange: r.pointsRange,
  riskGroup: r.riskGroup,
  possibleRiskGroups: r.possibleRiskGroups,
  risk: r.risk,
  relativeHazard: r.relativeHazard,
  relativeHazardRange: r.relativeHazardRange,
  horizonYears: r.horizonYears,
  pointsProvenance: r.pointsProvenance,
  riskProvenance: r.riskProvenance,
});

/** Scores one CSV row read under its header: its result, or its cell-count and field problems. */
export const scoreTableRow = (scorer: Scorer<ModelDefinition>, { fields, columnProblem }: CsvTableRow): BatchRow =>
  scoreRow(scorer, fields, 'text', columnProblem ? [columnProblem] : []);

/** How much of each result a batch answers with: the summary (default) or the full result. */
export type BatchDetail = 'summary' | 'full';

/** A row as a batch answers it, at the given detail. */
export const batchRowAt = (row: BatchRow, detail: BatchDetail): BatchRow<BatchResult | ScoreResult> =>
  detail === 'full' || !('result' in row) ? row : { ...row, result: batchResult(row.result) };

/** A batch row's own key, beside the model's fields. */
const ROW_ENVELOPE: ReadonlySet<string> = new Set(['id']);

/**
 * Scores one batch row. `id` is echoed, never scored; a bad row becomes an errors row and never
 * fails the batch. `extra` holds problems found before parsing (a CSV line's cell count).
 *
 * @example
 * scoreRow(lms, { id: 'p1', ki67: 12 }, 'json'); // { id: 'p1', result: { pointsRange: [2, 7], ... } }
 */
export function scoreRow(
  { parse, score }: Scorer<ModelDefinition>,
  raw: unknown,
  source: 'json' | 'text',
  extra: readonly RowProblem[] = [],
): BatchRow {
  let id: RowId | undefined;
  const problems: RowProblem[] = [...extra];
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && Object.hasOwn(raw, 'id')) {
    const given = (raw as { id: unknown }).id;
    if (isRowId(given)) id = given;
    else if (typeof given === 'number' && Number.isFinite(given))
      problems.push({
        field: 'id',
        code: 'invalid_type',
        message: `id ${given} is past 9007199254740991, where JSON numbers lose digits: send it as a string.`,
      });
    else if (given !== null && given !== undefined)
      problems.push({ field: 'id', code: 'invalid_type', message: 'id must be a string or a number.' });
  }
  // The id is read above and passed over by the core: the row is not copied without it.
  const parsed = parse(raw, { source, envelope: ROW_ENVELOPE });
  const answer =
    parsed.ok && !problems.length
      ? { result: score(parsed.value) }
      : { errors: parsed.ok ? problems : [...problems, ...parsed.problems] };
  return id === undefined ? answer : { id, ...answer };
}
