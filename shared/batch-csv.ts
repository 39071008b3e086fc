import { csvCell, csvRow } from './csv-format.ts';
import type { BatchRow } from './score-row.ts';

/** The result columns a scored CSV adds after the input's own columns. */
export const BATCH_CSV_COLUMNS = [
  'points',
  'pointsMin',
  'pointsMax',
  'riskGroup',
  'possibleRiskGroups',
  'risk',
  'relativeHazard',
  'complete',
  'errors',
] as const;

const NO_RESULT = ['', '', '', '', '', '', '', ''] as const;

/** The scored CSV's header line: the input's columns, then the result columns. */
export const batchCsvHeader = (header: readonly string[]): string => csvRow([...header, ...BATCH_CSV_COLUMNS]);

/**
 * One scored CSV line: the row's input cells echoed under the header (formula-safe, missing cells
 * empty, extra cells dropped), then its result, or empty result cells and its errors joined by " | ".
 * The API's batch and `lms score` both write lines with it, so their output is the same.
 *
 * @example
 * batchCsvLine(['id', 'ki67'], ['p1', '12'], scoreRow(lms, { id: 'p1', ki67: '12' }, 'text'));
 * // 'p1,12,,2,7,,intermediate|high,,,false,\r\n'
 */
export const batchCsvLine = (header: readonly string[], cells: readonly string[], row: BatchRow): string =>
  `${batchCsvInputCells(header, cells)},${batchCsvResultCells(row)}\r\n`;

/** A scored line's first part: the input cells under the header, formula-safe, comma-separated. */
export const batchCsvInputCells = (header: readonly string[], cells: readonly string[]): string =>
  header.map((_, k) => csvCell(cells[k] ?? '')).join(',');

/** A scored line's second part: the result columns (BATCH_CSV_COLUMNS), comma-separated. */
export function batchCsvResultCells(row: BatchRow): string {
  if ('errors' in row) return [...NO_RESULT, row.errors.map((e) => e.message).join(' | ')].map(csvCell).join(',');
  const r = row.result;
  return [
    r.points,
    r.pointsRange[0],
    r.pointsRange[1],
    r.riskGroup,
    r.possibleRiskGroups.join('|'),
    r.risk,
    r.relativeHazard,
    r.complete,
    '',
  ]
    .map(csvCell)
    .join(',');
}
