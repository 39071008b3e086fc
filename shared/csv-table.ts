import type { Scorer } from './create-scorer.ts';
import { type CsvRecord, parseCsv } from './csv-parse.ts';
import { setOwnField } from './field-names.ts';
import type { ModelDefinition } from './model-definition.ts';
import type { CoreProblemCode, CsvProblemCode, Problem, Result } from './problem-codes.ts';

type FieldProblem = Problem<CoreProblemCode | CsvProblemCode>;

/** Header columns read at most: an envelope and a model's fields; a wider header is a mistake. */
export const CSV_COLUMNS_READ = 64;

/** What a CSV's header may name: the envelope columns besides the model's fields, and how many. */
export interface CsvTableOptions {
  /** Columns besides the model's fields (`id`, or `id`, `time`, `event`). */
  readonly envelope: readonly string[];
  /**
   * Envelope columns the header must name, each with what it holds (said when it is missing): a
   * validation cannot do without `time` and `event`, so their absence refuses the file rather than
   * every row.
   */
  readonly required?: Readonly<Record<string, string>>;
  readonly maxColumns: number;
}

/** One data row: its cells, its fields by header name, and a problem when its cell count is off. */
export interface CsvTableRow {
  readonly line: number;
  readonly cells: string[];
  /** The cells by column name, as own properties (read them with Object.hasOwn). */
  readonly fields: Record<string, string>;
  readonly columnProblem?: FieldProblem;
}

/** A CSV read whole: its header, how many data rows follow it, and those rows, made when asked for. */
export interface CsvTable {
  readonly header: readonly string[];
  /** Data rows after the header: a caller with a row limit checks it before asking for them. */
  readonly count: number;
  rows(): CsvTableRow[];
}

const headerProblem = (code: CsvProblemCode, message: string): FieldProblem => ({ field: 'header', code, message });

/**
 * Refusals of the header as a whole: too wide, blank names (each named by position), repeats,
 * names that are neither an envelope column nor a field of the model (said once here, not again on
 * every row, listing every column it reads), and required columns it lacks (each named).
 */
function checkHeader(
  scorer: Scorer<ModelDefinition>,
  header: readonly string[],
  options: CsvTableOptions,
): FieldProblem[] {
  const envelope = new Set(options.envelope);
  if (header.length > options.maxColumns) {
    const read = options.envelope.join(', ');
    return [
      headerProblem(
        'too_many_columns',
        `The header has ${header.length} columns; at most ${options.maxColumns} are read (${read} and the model's fields).`,
      ),
    ];
  }
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  const repeated = new Set<string>();
  header.forEach((name, i) => {
    if (name === '') {
      problems.push(
        headerProblem('empty_column_name', `Column ${i + 1} of the header has no name; name it or delete the column.`),
      );
    } else if (seen.has(name) && !repeated.has(name)) {
      repeated.add(name);
      problems.push({
        field: name,
        code: 'duplicate_field',
        message: `Column ${name} appears more than once in the header.`,
      });
    }
    seen.add(name);
  });
  // The core's own verdict on the names alone (null values are unknown, so only names can fail).
  const names: Record<string, null> = Object.create(null);
  for (const name of seen) if (!envelope.has(name) && name !== '') names[name] = null;
  const parsed = scorer.parse(names);
  if (!parsed.ok) {
    // The parser lists the model's fields; a header may also name the envelope's columns.
    const fields = `Fields are: ${scorer.definition.factors.map((f) => f.id).join(', ')}.`;
    const columns = `Columns are: ${[...options.envelope, ...scorer.definition.factors.map((f) => f.id)].join(', ')}.`;
    problems.push(...parsed.problems.map((p) => ({ ...p, message: `Header: ${p.message.replace(fields, columns)}` })));
  }
  for (const [name, holds] of Object.entries(options.required ?? {}))
    if (!seen.has(name))
      problems.push({ field: name, code: 'missing_column', message: `The header has no ${name} column: ${holds}.` });
  return problems;
}

/** Rows whose cell count is off, by 0-based index, with their message (validateCohort's `refused`). */
export const refusedRows = (rows: readonly CsvTableRow[]): Map<number, string> =>
  new Map(rows.flatMap((r, i) => (r.columnProblem ? [[i, r.columnProblem.message] as const] : [])));

/**
 * The header row's names (trimmed), or the problems that refuse it: too wide, blank or repeated
 * names, names that are neither envelope columns nor the model's fields, required columns missing.
 */
export function readCsvHeader(
  scorer: Scorer<ModelDefinition>,
  cells: readonly string[],
  options: CsvTableOptions,
): Result<readonly string[], FieldProblem> {
  const header = cells.map((h) => h.trim());
  const problems = checkHeader(scorer, header, options);
  return problems.length ? { ok: false, problems } : { ok: true, value: header };
}

/** A data record read under the header: its fields by name, and a problem when its cell count is off. */
export function csvTableRow(header: readonly string[], { line, cells }: CsvRecord): CsvTableRow {
  const fields: Record<string, string> = {};
  const n = Math.min(cells.length, header.length);
  for (let k = 0; k < n; k++) setOwnField(fields, header[k]!, cells[k]!);
  if (cells.length === header.length) return { line, cells, fields };
  const cellCount = `${cells.length} ${cells.length === 1 ? 'cell' : 'cells'}`;
  const message = `Line ${line} has ${cellCount}; the header has ${header.length}.`;
  return { line, cells, fields, columnProblem: { field: 'row', code: 'column_count', message } };
}

/** The refusal of a CSV with no header row. */
export const EMPTY_CSV_PROBLEM: FieldProblem = {
  field: 'body',
  code: 'invalid_csv',
  message: 'The CSV is empty; the first row must name the columns.',
};

/**
 * Reads a CSV whose header names envelope columns and the model's fields, or gives the problems
 * that refuse it whole (unreadable CSV, no header, a bad header). How many rows may follow is the
 * caller's to say (`count`, before `rows()`). Work is linear in the text: each row is read once,
 * over its own cells, and the header is at most `maxColumns` wide.
 *
 * @example
 * const read = readCsvTable(lms, 'id,ki67\np1,12\n', { envelope: ['id'], maxColumns: 64 });
 * if (read.ok && read.value.count <= 10_000) read.value.rows();
 * // [{ line: 2, cells: ['p1', '12'], fields: { id: 'p1', ki67: '12' } }]
 */
export function readCsvTable(
  scorer: Scorer<ModelDefinition>,
  text: string,
  options: CsvTableOptions,
): Result<CsvTable, FieldProblem> {
  const table = parseCsv(text);
  if (!table.ok) return { ok: false, problems: [{ field: 'body', code: 'invalid_csv', message: table.message }] };
  const [head, ...body] = table.records;
  if (!head) return { ok: false, problems: [EMPTY_CSV_PROBLEM] };
  const read = readCsvHeader(scorer, head.cells, options);
  if (!read.ok) return read;
  const header = read.value;
  return { ok: true, value: { header, count: body.length, rows: () => body.map((r) => csvTableRow(header, r)) } };
}
