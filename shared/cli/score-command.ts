import type { Writable } from 'node:stream';
import { batchCsvHeader, batchCsvLine } from '../batch-csv.ts';
import type { Scorer } from '../create-scorer.ts';
import type { CsvRecord } from '../csv-parse.ts';
import { CsvRecordReader } from '../csv-record-reader.ts';
import { CSV_COLUMNS_READ, csvTableRow, EMPTY_CSV_PROBLEM, readCsvHeader } from '../csv-table.ts';
import type { ModelDefinition } from '../model-definition.ts';
import { type BatchDetail, type BatchRow, batchRowAt, scoreRow, scoreTableRow } from '../score-row.ts';
import { terminalLine } from './terminal-text.ts';
import { type RowFormat, type TextInput, TextWriter } from './text-io.ts';

export interface ScoreCommand {
  readonly input: TextInput;
  readonly to: RowFormat;
  /** JSON Lines rows: the summary (as the API's batch answers by default) or the full result. */
  readonly detail: BatchDetail;
  readonly stdout: Writable;
  /**
   * stdout is a terminal: each line's control characters are shown escaped (terminalLine), since
   * its cells echo the input. A file or a pipe gets the data as it is.
   */
  readonly terminal: boolean;
}

/** Where the lines go: written one by one, each a whole line with its line end. */
type Lines = Pick<TextWriter, 'write'>;

/** What `lms score` did: rows read, rows with errors, or the refusal of the whole input. */
export type ScoreOutcome = { rows: number; errors: number } | { refused: string[] };

/**
 * `lms score`: scores a CSV or JSON Lines file row by row as it streams in, writing the API
 * batch's CSV lines or one JSON result per line. Every row comes back, in order, with its result
 * or its errors; only an unreadable CSV or a bad header refuses the whole input.
 */
export async function scoreCommand(scorer: Scorer<ModelDefinition>, command: ScoreCommand): Promise<ScoreOutcome> {
  const writer = new TextWriter(command.stdout);
  const out: Lines = command.terminal ? { write: (line) => writer.write(terminalLine(line)) } : writer;
  const jsonLine = (row: BatchRow) => `${JSON.stringify(batchRowAt(row, command.detail))}\n`;
  const outcome = await (command.input.from === 'csv'
    ? scoreCsvStream(scorer, command, out, jsonLine)
    : scoreJsonLines(scorer, command, out, jsonLine));
  await writer.flush();
  return outcome;
}

async function scoreCsvStream(
  scorer: Scorer<ModelDefinition>,
  { input, to }: ScoreCommand,
  out: Lines,
  jsonLine: (row: BatchRow) => string,
): Promise<ScoreOutcome> {
  const reader = new CsvRecordReader();
  let header: readonly string[] | undefined;
  let rows = 0;
  let errors = 0;
  // Returns the refusal of the whole input, if the header is bad.
  const take = async (records: readonly CsvRecord[]): Promise<string[] | undefined> => {
    for (const record of records) {
      if (header === undefined) {
        const read = readCsvHeader(scorer, record.cells, {
          envelope: ['id'],
          maxColumns: CSV_COLUMNS_READ,
        });
        if (!read.ok) return read.problems.map((p) => p.message);
        header = read.value;
        if (to === 'csv') await out.write(batchCsvHeader(header));
        continue;
      }
      const tableRow = csvTableRow(header, record);
      const row = scoreTableRow(scorer, tableRow);
      rows++;
      if ('errors' in row) errors++;
      await out.write(to === 'csv' ? batchCsvLine(header, tableRow.cells, row) : jsonLine(row));
    }
    return undefined;
  };
  for await (const chunk of input.chunks) {
    const read = reader.push(chunk);
    const refused = read.ok ? await take(read.records) : [read.message];
    if (refused) return { refused };
  }
  const last = reader.end();
  const refused = last.ok ? await take(last.records) : [last.message];
  if (refused) return { refused };
  if (header === undefined) return { refused: [EMPTY_CSV_PROBLEM.message] };
  return { rows, errors };
}

async function scoreJsonLines(
  scorer: Scorer<ModelDefinition>,
  { input }: ScoreCommand,
  out: Lines,
  jsonLine: (row: BatchRow) => string,
): Promise<ScoreOutcome> {
  let line = 0;
  let rows = 0;
  let errors = 0;
  const take = async (text: string) => {
    line++;
    if (text.trim() === '') return; // a blank line holds no patient
    const value = parseJson(text);
    const row: BatchRow =
      value === NOT_JSON
        ? { errors: [{ field: 'input', code: 'invalid_json', message: `Line ${line} is not valid JSON.` }] }
        : scoreRow(scorer, value, 'json');
    rows++;
    if ('errors' in row) errors++;
    await out.write(jsonLine(row));
  };
  // A line split over chunks is kept in parts and joined once: linear however long the line.
  let parts: string[] = [];
  for await (const chunk of input.chunks) {
    let from = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', from)) {
      parts.push(chunk.slice(from, end));
      await take(parts.join(''));
      parts = [];
      from = end + 1;
    }
    if (from < chunk.length) parts.push(chunk.slice(from));
  }
  if (parts.length) await take(parts.join(''));
  return { rows, errors };
}

const NOT_JSON = Symbol('not JSON');
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}
