import type { ModelDefinition, Result, Scorer } from '@lms-score/core';
import { type BatchDetail, type BatchRow, jsonSummaryRows, scoreRow, scoreTableRow } from '@lms-score/core/csv';
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../common/app-env.ts';
import { BATCH_LIMITS, FULL_DETAIL_ROWS, FULL_DETAIL_ROWS_TEXT } from '../common/limits.ts';
import { cohortTooLarge, type FieldProblem, invalidInput } from '../common/problems.ts';
import { rateLimit } from '../common/rate-limit.ts';
import { NO_STORE } from '../common/response-headers.ts';
import { cohortRequest } from './cohort-request.ts';
import { csvOut, readCsvBatch } from './csv-batch.ts';
import { patientsOf } from './patients-body.ts';
import { streamedText } from './streamed-text.ts';
import { rowWithV1Aliases } from './v1-aliases.ts';
import { wantsCsv } from './wants-csv.ts';

const ADVICE = 'Split the cohort into several requests.';
const tooLarge = (what: string) => cohortTooLarge(what, ADVICE);

/**
 * The JSON answer: the model once, then every row's JSON (`text`), in order, each written as the
 * reader takes it: no result piles up.
 */
function jsonAnswer<T>(scorer: Scorer<ModelDefinition>, inputs: Iterable<T>, text: (input: T) => string) {
  const head = `{"model":${JSON.stringify(scorer.stamp)},"results":[`;
  const line = (input: T, i: number) => `${i ? ',' : ''}${text(input)}`;
  return new Response(streamedText(head, inputs, line, ']}'), {
    headers: { 'content-type': 'application/json', ...NO_STORE },
  });
}

/** A full-detail row's JSON, with the deprecated /v1 names (v1-aliases.ts). */
const fullRow = (row: BatchRow): string => JSON.stringify(rowWithV1Aliases(row));

/** Full detail is for small batches only (FULL_DETAIL_ROWS): the problem naming `detail` past that. */
const fullDetailRefused = (detail: BatchDetail, rows: number): Response | null =>
  detail === 'full' && rows > FULL_DETAIL_ROWS
    ? invalidInput([
        {
          field: 'detail',
          code: 'invalid_parameter',
          message: `detail=full is for at most ${FULL_DETAIL_ROWS_TEXT} (${rows} were sent): use detail=summary, or split the cohort.`,
        },
      ])
    : null;

function fromCsv(scorer: Scorer<ModelDefinition>, text: string, wantCsv: boolean, detail: BatchDetail): Response {
  const read = readCsvBatch(scorer, text);
  if (!read.ok) return invalidInput(read.problems);
  const batch = read.value;
  if (batch.count > BATCH_LIMITS.rows) return tooLarge(`${batch.count} rows were sent`);
  if (wantCsv)
    return new Response(csvOut(scorer, batch), {
      headers: { 'content-type': 'text/csv; charset=utf-8', ...NO_STORE },
    });
  const refused = fullDetailRefused(detail, batch.count);
  if (refused) return refused;
  if (detail === 'full') return jsonAnswer(scorer, batch.rows(), (r) => fullRow(scoreTableRow(scorer, r)));
  const summary = jsonSummaryRows(scorer);
  return jsonAnswer(
    scorer,
    batch.rows(),
    (r) => summary(r.fields, 'text', r.columnProblem ? [r.columnProblem] : []).text,
  );
}

const DETAILS: ReadonlySet<string> = new Set<BatchDetail>(['summary', 'full']);
/** The batch's query parameters (openapi.json lists each). */
const BATCH_PARAMS = ['detail'];
/** The query's detail: summary (default) or full, or the problem naming it. */
function detailOf(query: URLSearchParams): Result<BatchDetail, FieldProblem> {
  const detail = query.get('detail') ?? 'summary';
  if (DETAILS.has(detail)) return { ok: true, value: detail as BatchDetail };
  return {
    ok: false,
    problems: [{ field: 'detail', code: 'invalid_parameter', message: 'detail must be summary or full.' }],
  };
}

/**
 * POST /score/batch for one model (mounted at /v1/<model id>): a cohort as JSON or CSV. Every row
 * comes back, in order. JSON rows carry each result's figures and provenance (`detail=summary`,
 * the default, as the CSV does) or, for up to FULL_DETAIL_ROWS rows, the full result with its
 * breakdown (`detail=full`).
 *
 * @example
 * app.route('/v1/lms', batchRoutes(lms));
 */
export const batchRoutes = (scorer: Scorer<ModelDefinition>) =>
  new Hono<AppEnv>().use('/score/batch', rateLimit('BATCH_LIMITER')).post('/score/batch', async (c) => {
    const read = await cohortRequest(c.req.raw, {
      params: BATCH_PARAMS,
      readQuery: detailOf,
      unsupported: 'Send application/json ({"patients": [...]}) or text/csv with a header row.',
      advice: ADVICE,
    });
    if (read instanceof Response) return read;
    const { text, query: detail } = read;
    if (read.csv) return fromCsv(scorer, text, wantsCsv(c.req.header('accept')), detail);
    const body = patientsOf(text, BATCH_PARAMS);
    if (!body.ok) return invalidInput(body.problems);
    const patients = body.value;
    if (patients.length > BATCH_LIMITS.rows) return tooLarge(`${patients.length} patients were sent`);
    const refused = fullDetailRefused(detail, patients.length);
    if (refused) return refused;
    if (detail === 'full') return jsonAnswer(scorer, patients, (p) => fullRow(scoreRow(scorer, p, 'json')));
    const summary = jsonSummaryRows(scorer);
    return jsonAnswer(scorer, patients, (p) => summary(p, 'json').text);
  });
