import type { ModelDefinition, Scorer } from '@lms-score/core';
import { type BatchRow, batchCsvHeader, batchCsvLine, readCsvTable, scoreRow } from '@lms-score/core/csv';
import { BATCH_LIMITS } from './limits.ts';
import type { FieldProblem } from './problems.ts';

/** A scored CSV batch: the header and each data row's cells, with one result or errors row per data row. */
export interface CsvBatch {
  readonly header: readonly string[];
  readonly cells: readonly string[][];
  readonly rows: BatchRow[];
}

/**
 * Reads and scores a CSV batch, or returns the problems that refuse it whole (unreadable CSV, no
 * header, a bad header, too many rows).
 */
export function scoreCsv(
  scorer: Scorer<ModelDefinition>,
  text: string,
): CsvBatch | { problems: FieldProblem[] } | { tooManyRows: number } {
  const table = readCsvTable(scorer, text, {
    envelope: ['id'],
    maxColumns: BATCH_LIMITS.columns,
    maxRows: BATCH_LIMITS.rows,
  });
  if (!('rows' in table)) return table;
  const rows = table.rows.map(({ fields, columnProblem }) =>
    scoreRow(scorer, fields, 'text', columnProblem ? [columnProblem] : []),
  );
  return { header: table.header, cells: table.rows.map((r) => r.cells), rows };
}

/** The batch as CSV: the input columns echoed (formula-safe), then the result columns. */
export function csvOut({ header, cells, rows }: CsvBatch): string {
  let out = batchCsvHeader(header);
  rows.forEach((row, i) => {
    out += batchCsvLine(header, cells[i]!, row);
  });
  return out;
}
