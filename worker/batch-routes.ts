import { Hono } from 'hono';
import { lms } from '../shared/lms.ts';
import type { AppEnv } from './app-env.ts';
import { type BatchRow, scoreRow } from './batch-rows.ts';
import { csvRow } from './csv-format.ts';
import { parseCsv } from './csv-parse.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import type { FieldProblem } from './problem.ts';
import { invalidInput, problemResponse } from './problem.ts';
import { rateLimit } from './rate-limit.ts';
import { mediaType, readBody } from './read-body.ts';

export const BATCH_LIMITS = { rows: 10_000, bytes: 2 * 1024 * 1024 } as const;
// Not toLocaleString: it starts ICU at module load, about 15 ms of cold start.
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
const MEGABYTES = `${BATCH_LIMITS.bytes / 1024 / 1024} MB`;
const LIMITS_TEXT = `at most ${grouped(BATCH_LIMITS.rows)} rows and ${MEGABYTES} per request`;
const OUTPUT_COLUMNS = [
  'points',
  'pointsMin',
  'pointsMax',
  'riskGroup',
  'possibleRiskGroups',
  'fiveYearRisk',
  'relativeHazard',
  'complete',
  'errors',
];

const tooLarge = (what: string) =>
  problemResponse({
    status: 413,
    type: 'too-large',
    title: 'Batch too large',
    detail: `${what}; the limits are ${LIMITS_TEXT}. Split the cohort into several requests.`,
  });

function fromJson(text: string): BatchRow[] | Response {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return invalidInput([{ field: 'body', code: 'invalid_json', message: 'The body is not valid JSON.' }]);
  }
  const patients = (body as { patients?: unknown } | null)?.patients;
  if (!Array.isArray(patients)) {
    return invalidInput([
      { field: 'patients', code: 'invalid_type', message: 'The body must be {"patients": [ {...}, ... ]}.' },
    ]);
  }
  if (patients.length > BATCH_LIMITS.rows) return tooLarge(`${patients.length} patients were sent`);
  return patients.map((p) => scoreRow(p, 'json'));
}

function csvOut(header: string[], records: string[][], rows: BatchRow[]): string {
  let out = csvRow([...header, ...OUTPUT_COLUMNS]);
  rows.forEach((row, i) => {
    const cells = records[i]!;
    const input = header.map((_, k) => cells[k] ?? '');
    if ('result' in row) {
      const r = row.result;
      out += csvRow([
        ...input,
        r.points,
        r.pointsRange[0],
        r.pointsRange[1],
        r.riskGroup,
        r.possibleRiskGroups.join('|'),
        r.fiveYearRisk,
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

function fromCsv(text: string, wantCsv: boolean): Response {
  const table = parseCsv(text);
  if (!table.ok) return invalidInput([{ field: 'body', code: 'invalid_csv', message: table.message }]);
  const [head, ...body] = table.records;
  if (!head)
    return invalidInput([
      { field: 'body', code: 'invalid_csv', message: 'The CSV is empty; the first row must name the columns.' },
    ]);
  const header = head.cells.map((h) => h.trim());
  const repeated = header.filter((h, i) => header.indexOf(h) !== i);
  if (repeated.length)
    return invalidInput([
      {
        field: repeated[0]!,
        code: 'duplicate_field',
        message: `Column ${repeated[0]} appears more than once in the header.`,
      },
    ]);
  if (body.length > BATCH_LIMITS.rows) return tooLarge(`${body.length} rows were sent`);
  const rows = body.map(({ line, cells }) => {
    const raw: Record<string, string> = Object.create(null);
    header.forEach((h, k) => {
      if (h !== '' && cells[k] !== undefined) raw[h] = cells[k];
    });
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
    return scoreRow(raw, 'text', extra);
  });
  if (wantCsv) {
    return new Response(
      csvOut(
        header,
        body.map((r) => r.cells),
        rows,
      ),
      { headers: { 'content-type': 'text/csv; charset=utf-8', 'cache-control': 'no-store' } },
    );
  }
  return Response.json({ model: lms.stamp, results: rows }, { headers: { 'cache-control': 'no-store' } });
}

/** POST /v1/lms/score/batch: a cohort as JSON or CSV. Every row comes back, in order. */
export const batchRoutes = new Hono<AppEnv>()
  .use('/score/batch', rateLimit('BATCH_LIMITER'))
  .post('/score/batch', async (c) => {
    const type = mediaType(c.req.raw);
    if (type !== 'application/json' && type !== 'text/csv') {
      return problemResponse({
        status: 415,
        type: 'unsupported-media-type',
        title: 'Unsupported media type',
        detail: 'Send application/json ({"patients": [...]}) or text/csv with a header row.',
      });
    }
    const text = await readBody(c.req.raw, BATCH_LIMITS.bytes);
    if (text === null) return tooLarge(`The body is larger than ${MEGABYTES}`);
    if (type === 'text/csv') return fromCsv(text, (c.req.header('accept') ?? '').includes('text/csv'));
    const rows = fromJson(text);
    if (rows instanceof Response) return rows;
    return c.json({ model: lms.stamp, results: rows }, 200, { 'cache-control': 'no-store' });
  })
  .all('/score/batch', methodNotAllowed('POST'));
