import { batchCsvInputCells, batchCsvLine } from './batch-csv.ts';
import { BatchMemo, FieldsMemo } from './batch-memo.ts';
import type { Scorer } from './create-scorer.ts';
import { csvCell } from './csv-format.ts';
import type { CsvRecord } from './csv-parse.ts';
import { csvTableRow } from './csv-table.ts';
import type { ModelDefinition } from './model-definition.ts';
import { batchRowAt, isRowId, type RowProblem, scoreRow, scoreTableRow } from './score-row.ts';

/** One written batch row, and whether it is an errors row. */
export interface WrittenRow {
  readonly text: string;
  readonly failed: boolean;
}

/**
 * A CSV row's cells as a memo key, all but the id's: under one header, the cells say all that the
 * fields do. Length-prefixed, so that two different rows never share a key.
 */
function cellsKey(cells: readonly string[], skip: number): string {
  let key = '';
  for (let k = 0; k < cells.length; k++) if (k !== skip) key += `${cells[k]!.length}:${cells[k]}`;
  return key;
}

/** A scored line but its id cell: what comes before the id, and after it, result included. */
interface LineParts {
  readonly before: string;
  readonly after: string;
  readonly failed: boolean;
}

/** A memo entry for values whose cell count is off: each such line is written on its own. */
const ALONE = null;

const isAlphanumeric = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/** A CSV batch's scored lines, as batchCsvLine writes them, for one batch. */
export interface CsvBatchLines {
  /** A record's scored line. */
  record(record: CsvRecord): WrittenRow;
  /**
   * A line of a text that holds no quote character (unquotedLines) scored: what `record` gives
   * for `{ line, cells: text.split(',') }`, the line cut into cells only when its values are new.
   */
  unquoted(text: string, line: number): WrittenRow;
}

/**
 * A CSV batch's scored lines, as batchCsvLine writes them, for one batch. Each distinct set of
 * cells (the id aside) is read, scored and written once (BatchMemo): a line is then its parts
 * around the id cell. A record whose cell count is off is read and written on its own.
 *
 * @example
 * const lines = csvBatchLines(lms, header);
 * for (const record of records) out.write(lines.record(record).text);
 */
export function csvBatchLines(scorer: Scorer<ModelDefinition>, header: readonly string[]): CsvBatchLines {
  const idAt = header.indexOf('id');
  const alone = (record: CsvRecord): WrittenRow => {
    const scored = scoreTableRow(scorer, csvTableRow(header, record));
    return { text: batchCsvLine(header, record.cells, scored), failed: 'errors' in scored };
  };
  /** The parts of a record of the header's length around its id cell (written once per memo key). */
  const partsOf = (record: CsvRecord): LineParts => {
    const { text, failed } = alone(record);
    if (idAt === -1) return { before: '', after: text, failed };
    // The same line, cut around its id cell: every other cell is the same for each row of the key.
    const before = batchCsvInputCells(header.slice(0, idAt), record.cells);
    const id = csvCell(record.cells[idAt]);
    const at = before.length + (idAt ? 1 : 0);
    return { before: text.slice(0, at), after: text.slice(at + id.length), failed };
  };
  const joined = (parts: LineParts, id: string): WrittenRow =>
    idAt === -1
      ? { text: parts.after, failed: parts.failed }
      : { text: parts.before + id + parts.after, failed: parts.failed };
  const byCells = new BatchMemo<LineParts>();
  const byText = new BatchMemo<LineParts | typeof ALONE>();
  return {
    record(record) {
      const { cells } = record;
      if (cells.length !== header.length) return alone(record);
      return joined(
        byCells.get(cellsKey(cells, idAt), () => partsOf(record)),
        csvCell(cells[idAt]),
      );
    },
    unquoted(text, line) {
      // The id cell's bounds: after idAt commas, up to the next (none when the line is short).
      let from = 0;
      for (let k = 0; k < idAt && from !== -1; k++) from = text.indexOf(',', from) + 1 || -1;
      if (from === -1) return alone({ line, cells: text.split(',') });
      let to = idAt === -1 ? from : text.indexOf(',', from);
      if (to === -1) to = text.length;
      // The line without its id's characters says every other cell, and how many there are.
      const key = idAt === -1 ? text : from === 0 ? text.slice(to) : text.slice(0, from) + text.slice(to);
      const parts = byText.get(key, () => {
        const cells = text.split(',');
        return cells.length === header.length ? partsOf({ line, cells }) : ALONE;
      });
      if (parts === ALONE) return alone({ line, cells: text.split(',') });
      const id = text.slice(from, to);
      // A cell without quotes, commas or line ends that starts and ends with a letter or digit is
      // written as it is (csvCell's own answer, without its two searches).
      const plain = id.length > 0 && isAlphanumeric(id.charCodeAt(0)) && isAlphanumeric(id.charCodeAt(id.length - 1));
      return joined(parts, plain ? id : csvCell(id));
    },
  };
}

/**
 * A batch's rows as summary JSON, each `JSON.stringify(batchRowAt(scoreRow(…), 'summary'))`, for one
 * batch: each distinct set of field values (the id aside) is scored and written once (BatchMemo),
 * and a row's valid id goes in front. A row with an id that is not valid, or with `extra` problems
 * (a CSV line's cell count), is scored on its own.
 */
export function jsonSummaryRows(scorer: Scorer<ModelDefinition>) {
  const memo = new FieldsMemo<WrittenRow>();
  return (raw: unknown, source: 'json' | 'text', extra: readonly RowProblem[] = []): WrittenRow => {
    const fields = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : null;
    const given = fields && Object.hasOwn(fields, 'id') ? (fields as { id: unknown }).id : undefined;
    const memoable = fields && !extra.length && (given === undefined || given === null || isRowId(given));
    const write = () => {
      const row = batchRowAt(scoreRow(scorer, raw, source, extra), 'summary');
      // The row without its id: {"result":…} or {"errors":…}, braces off.
      const text = JSON.stringify('errors' in row ? { errors: row.errors } : { result: row.result });
      return { text: text.slice(1, -1), failed: 'errors' in row };
    };
    const body = memoable ? memo.get(fields, 'id', write) : write();
    const id = isRowId(given) ? `"id":${JSON.stringify(given)},` : '';
    return { text: `{${id}${body.text}}`, failed: body.failed };
  };
}
