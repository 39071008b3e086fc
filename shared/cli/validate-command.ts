import { readCohortCsv } from '../cohort-csv.ts';
import type { Scorer } from '../create-scorer.ts';
import { CSV_COLUMNS_READ, refusedRows } from '../csv-table.ts';
import type { ModelDefinition } from '../model-definition.ts';
import { type CohortValidation, type TimeUnit, validateCohort } from '../validate-cohort.ts';
import type { TextInput } from './text-io.ts';

export interface ValidateCommand {
  readonly input: TextInput;
  readonly bootstrap: number;
  readonly seed: number;
  readonly timeUnit: TimeUnit;
}

/**
 * `lms validate`: the same report as POST /v1/lms/validate, with no row limit. A cohort is read
 * whole (the statistics need every row); an unreadable CSV or a bad header (one without time or
 * event included) refuses it.
 */
export async function validateCommand(
  scorer: Scorer<ModelDefinition>,
  { input, ...options }: ValidateCommand,
): Promise<CohortValidation | { refused: string[] }> {
  const parts: string[] = [];
  for await (const chunk of input.chunks) parts.push(chunk);
  const text = parts.join('');
  if (input.from === 'csv') {
    const read = readCohortCsv(scorer, text, CSV_COLUMNS_READ);
    if (!read.ok) return { refused: read.problems.map((p) => p.message) };
    // No row limit on the researcher's own machine.
    const table = read.value.rows();
    const rows = table.map((r) => r.fields);
    return validateCohort(scorer, rows, { ...options, source: 'text', refused: refusedRows(table) });
  }
  // A line that is not JSON stays a row, excluded as "not_an_object": every row is accounted for.
  const rows = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as unknown;
      } catch {
        return null;
      }
    });
  return validateCohort(scorer, rows, { ...options, source: 'json' });
}
