/**
 * @lms-score/core/csv: CSV in and out for cohorts. Reading is linear in the text and streams
 * (CsvRecordReader); every cell written is safe to open in a spreadsheet (no formula runs).
 *
 * @example
 * import { lms } from '@lms-score/core';
 * import { batchCsvHeader, batchCsvLine, readCsvTable, scoreRow } from '@lms-score/core/csv';
 * const table = readCsvTable(lms, 'id,ki67\np1,12\n', { envelope: ['id'], maxColumns: 64 });
 * if ('rows' in table)
 *   for (const r of table.rows) batchCsvLine(table.header, r.cells, scoreRow(lms, r.fields, 'text'));
 */
export { BATCH_CSV_COLUMNS, batchCsvHeader, batchCsvLine } from './batch-csv.ts';
export { BatchMemo, FieldsMemo } from './batch-memo.ts';
export { type CsvBatchLines, csvBatchLines, jsonSummaryRows, type WrittenRow } from './batch-writers.ts';
export { csvCell, csvRow } from './csv-format.ts';
export {
  type CsvLine,
  type CsvParseResult,
  type CsvRecord,
  parseCsv,
  unquotedLines,
  unquotedRecords,
} from './csv-parse.ts';
export { CsvRecordReader } from './csv-record-reader.ts';
export {
  CSV_COLUMNS_READ,
  type CsvTable,
  type CsvTableOptions,
  type CsvTableRow,
  csvTableRow,
  EMPTY_CSV_PROBLEM,
  readCsvHeader,
  readCsvTable,
  refusedRows,
} from './csv-table.ts';
export {
  type BatchDetail,
  type BatchResult,
  type BatchRow,
  batchResult,
  batchRowAt,
  type RowId,
  type RowProblem,
  scoreRow,
  scoreTableRow,
} from './score-row.ts';
