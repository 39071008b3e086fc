import type { Scorer } from '../shared/create-scorer.ts';
import { csvRow } from '../shared/csv-format.ts';
import { readCsvTable } from '../shared/csv-table.ts';
import type { ModelDefinition } from '../shared/model-definition.ts';
import { type BatchRow, scoreRow } from './batch-rows.ts';
import { BATCH_LIMITS } from './limits.ts';
import type { FieldProblem } from './problems.ts';

const OUTPUT_COLUMNS = [
  'points',
  'pointsMin',
  'pointsMax',
  'riskGroup',
  'possibleRiskGroups',
  'risk',
  'relativeHazard',
  'complete',
  'errors',
];

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
  let out = csvRow([...header, ...OUTPUT_COLUMNS]);
  rows.forEach((row, i) => {
    const own = cells[i]!;
    const input = header.map((_, k) => own[k] ?? '');
    if ('result' in row) {
      const r = row.result;
      const groups = r.possibleRiskGroups.join('|');
      out += csvRow([
        ...input,
        r.points,
        r.pointsRange[0],
        r.pointsRange[1],
        r.riskGroup,
        groups,
        r.risk,
        r.relativeHazard,
        r.complete,
        '',
      ]);
    } else {
      out += csvRow([...input, '', '', '', '', '', '', '', '', row.errors.map((e) => e.message).join(' | ')]);
    }
  });
  return out;
}
