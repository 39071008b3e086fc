import type { Scorer } from './create-scorer.ts';
import { type CsvTable, readCsvTable } from './csv-table.ts';
import type { ModelDefinition } from './model-definition.ts';
import type { CoreProblemCode, CsvProblemCode, Problem, Result } from './problem-codes.ts';
import { OUTCOME_COLUMNS, REQUIRED_OUTCOME_COLUMNS } from './validate-cohort.ts';

/**
 * Reads a validation cohort's CSV: a header naming `id` (optional), the model's fields, `time` and
 * `event`, then one row per patient. The one home of the rule that `lms validate`, POST
 * /v1/<model>/validate and the /validate page share: a header without `time` or `event` refuses
 * the file, naming each missing column, as does any other bad header (readCsvTable).
 *
 * @example
 * const read = readCohortCsv(lms, 'id,ki67,time\np1,12,30\n', 64);
 * read.ok; // false: [{ field: 'event', code: 'missing_column', message: 'The header has no event column: …' }]
 */
export function readCohortCsv(
  scorer: Scorer<ModelDefinition>,
  text: string,
  maxColumns: number,
): Result<CsvTable, Problem<CoreProblemCode | CsvProblemCode>> {
  return readCsvTable(scorer, text, { envelope: OUTCOME_COLUMNS, required: REQUIRED_OUTCOME_COLUMNS, maxColumns });
}
