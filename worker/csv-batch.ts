import type { Scorer } from '../shared/create-scorer.ts';
import type { ModelDefinition } from '../shared/model-definition.ts';
import { type BatchRow, scoreRow } from './batch-rows.ts';
import { csvRow } from './csv-format.ts';
import { parseCsv } from './csv-parse.ts';
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

const headerProblem = (code: FieldProblem['code'], message: string): FieldProblem => ({
  field: 'header',
  code,
  message,
});

/**
 * Refusals of the header as a whole: too wide, blank names (each named by position), repeats, and
 * names that are neither `id` nor a field of the model (said once here, not again on every row).
 */
function checkHeader(scorer: Scorer<ModelDefinition>, header: readonly string[]): FieldProblem[] {
  if (header.length > BATCH_LIMITS.columns) {
    return [
      headerProblem(
        'too_many_columns',
        `The header has ${header.length} columns; at most ${BATCH_LIMITS.columns} are read (id and the model's fields).`,
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
  for (const name of seen) if (name !== 'id' && name !== '') names[name] = null;
  const parsed = scorer.parse(names);
  if (!parsed.ok) problems.push(...parsed.problems.map((p) => ({ ...p, message: `Header: ${p.message}` })));
  return problems;
}

/**
 * Reads and scores a CSV batch, or returns the problems that refuse it whole (unreadable CSV, no
 * header, a bad header). Work is linear in the body: each row is read once, over its own cells,
 * and the header is at most BATCH_LIMITS.columns wide.
 */
export function scoreCsv(
  scorer: Scorer<ModelDefinition>,
  text: string,
): CsvBatch | { problems: FieldProblem[] } | { tooManyRows: number } {
  const table = parseCsv(text);
  if (!table.ok) return { problems: [{ field: 'body', code: 'invalid_csv', message: table.message }] };
  const [head, ...body] = table.records;
  if (!head) {
    return {
      problems: [
        { field: 'body', code: 'invalid_csv', message: 'The CSV is empty; the first row must name the columns.' },
      ],
    };
  }
  const header = head.cells.map((h) => h.trim());
  const problems = checkHeader(scorer, header);
  if (problems.length) return { problems };
  if (body.length > BATCH_LIMITS.rows) return { tooManyRows: body.length };
  const rows = body.map(({ line, cells }) => {
    const raw: Record<string, string> = Object.create(null);
    const n = Math.min(cells.length, header.length);
    for (let k = 0; k < n; k++) raw[header[k]!] = cells[k]!;
    const extra: FieldProblem[] =
      cells.length === header.length
        ? []
        : [
            {
              field: 'row',
              code: 'column_count',
              message: `Line ${line} has ${cells.length} cells; the header has ${header.length}.`,
            },
          ];
    return scoreRow(scorer, raw, 'text', extra);
  });
  return { header, cells: body.map((r) => r.cells), rows };
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
