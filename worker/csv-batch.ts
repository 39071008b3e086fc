import type { ModelDefinition, Scorer } from '@lms-score/core';
import {
  type BatchRow,
  batchCsvHeader,
  batchCsvLine,
  type CsvTableRow,
  readCsvTable,
  scoreRow,
} from '@lms-score/core/csv';
import { BATCH_LIMITS } from './limits.ts';
import type { FieldProblem } from './problems.ts';

/** A CSV batch read and checked: its header and rows, not yet scored. */
export interface CsvBatch {
  readonly header: readonly string[];
  readonly rows: readonly CsvTableRow[];
}

/**
 * Reads a CSV batch, or returns the problems that refuse it whole (unreadable CSV, no header, a
 * bad header, too many rows). Rows are scored as they are written out, so that a batch never holds
 * 10,000 full results at once.
 */
export function readCsvBatch(
  scorer: Scorer<ModelDefinition>,
  text: string,
): CsvBatch | { problems: FieldProblem[] } | { tooManyRows: number } {
  const table = readCsvTable(scorer, text, {
    envelope: ['id'],
    maxColumns: BATCH_LIMITS.columns,
    maxRows: BATCH_LIMITS.rows,
  });
  return 'rows' in table ? { header: table.header, rows: table.rows } : table;
}

/** Scores one read row: its result, or its cell-count and field problems. */
export const scoreCsvRow = (scorer: Scorer<ModelDefinition>, { fields, columnProblem }: CsvTableRow): BatchRow =>
  scoreRow(scorer, fields, 'text', columnProblem ? [columnProblem] : []);

/** The batch as CSV: the input columns echoed (formula-safe), then the result columns. */
export function csvOut(scorer: Scorer<ModelDefinition>, { header, rows }: CsvBatch): string {
  let out = batchCsvHeader(header);
  for (const row of rows) out += batchCsvLine(header, row.cells, scoreCsvRow(scorer, row));
  return out;
}
