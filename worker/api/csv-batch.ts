import type { ModelDefinition, Result, Scorer } from '@lms-score/core';
import {
  batchCsvHeader,
  type CsvRecord,
  CsvRecordReader,
  type CsvTableRow,
  csvBatchLines,
  csvTableRow,
  EMPTY_CSV_PROBLEM,
  readCsvHeader,
  unquotedLines,
  unquotedRecords,
} from '@lms-score/core/csv';
import { BATCH_LIMITS } from '../common/limits.ts';
import type { FieldProblem } from '../common/problems.ts';
import { streamedText } from './streamed-text.ts';

/** A CSV batch checked whole: its header, and its records read again, lazily, as the answer is written. */
export interface CsvBatch {
  readonly header: readonly string[];
  /** How many rows the header is followed by. */
  readonly count: number;
  readonly records: () => Iterable<CsvRecord>;
  readonly rows: () => Iterable<CsvTableRow>;
  /** The text, when it holds no quote character: its lines are its records (unquotedLines). */
  readonly unquoted: string | null;
}

const SLICE = 16 * 1024;

/**
 * A CSV text's records (parseCsv's, never all at once), read 16 KiB at a time; the generator returns
 * the error, if any. A text without quotes (most cohorts) is read by unquotedLines instead.
 */
function* quotedRecords(text: string): Generator<CsvRecord, string | null> {
  const reader = new CsvRecordReader();
  for (let at = 0; at < text.length; at += SLICE) {
    const read = reader.push(text.slice(at, at + SLICE));
    if (!read.ok) return read.message;
    yield* read.records;
  }
  const last = reader.end();
  if (!last.ok) return last.message;
  yield* last.records;
  return null;
}

/**
 * Reads a CSV batch, or gives the problems that refuse it whole, in readCsvTable's order: an
 * unreadable CSV, no header, a bad header; the route checks `count` against its row limit. The text is read twice, each time a
 * slice at a time: once to check it, once as the answer is written. Peak memory stays a few slices,
 * not 10,000 rows of cells and fields.
 */
export function readCsvBatch(scorer: Scorer<ModelDefinition>, text: string): Result<CsvBatch, FieldProblem> {
  const unquoted = text.indexOf('"') === -1 ? text : null;
  let head: string[] | undefined;
  let count = 0;
  if (unquoted !== null) {
    // Nothing to refuse in such a text but its header: its lines are counted, not cut into cells.
    for (const { text: line } of unquotedLines(unquoted)) {
      if (head === undefined) head = line.split(',');
      else count++;
    }
  } else {
    const scan = quotedRecords(text);
    let step = scan.next();
    for (; !step.done; step = scan.next()) {
      if (head === undefined) head = step.value.cells;
      else count++;
    }
    if (typeof step.value === 'string')
      return { ok: false, problems: [{ field: 'body', code: 'invalid_csv', message: step.value }] };
  }
  if (head === undefined) return { ok: false, problems: [EMPTY_CSV_PROBLEM] };
  const read = readCsvHeader(scorer, head, { envelope: ['id'], maxColumns: BATCH_LIMITS.columns });
  if (!read.ok) return read;
  const header = read.value;
  return {
    ok: true,
    value: {
      header,
      count,
      unquoted,
      records() {
        // The text was searched for quotes once, above.
        const rest = unquoted === null ? quotedRecords(text) : unquotedRecords(text);
        rest.next(); // the header
        return rest;
      },
      *rows() {
        for (const record of this.records()) yield csvTableRow(header, record);
      },
    },
  };
}

/**
 * The batch as CSV, streamed: the input columns echoed (formula-safe), then the result columns,
 * each distinct row scored once (csvBatchLines).
 */
export function csvOut(scorer: Scorer<ModelDefinition>, batch: CsvBatch): ReadableStream<Uint8Array> {
  const lines = csvBatchLines(scorer, batch.header);
  const head = batchCsvHeader(batch.header);
  if (batch.unquoted === null) return streamedText(head, batch.records(), (record) => lines.record(record).text, '');
  const rest = unquotedLines(batch.unquoted);
  rest.next(); // the header
  return streamedText(head, rest, (l) => lines.unquoted(l.text, l.line).text, '');
}
