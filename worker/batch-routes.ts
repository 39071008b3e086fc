import type { ModelDefinition, Scorer } from '@lms-score/core';
import { type BatchRow, scoreRow } from '@lms-score/core/csv';
import { Hono } from 'hono/tiny';
import type { AppEnv } from './app-env.ts';

import { csvOut, scoreCsv } from './csv-batch.ts';
import { BATCH_BYTES_TEXT, BATCH_LIMITS, BATCH_ROWS_TEXT } from './limits.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { patientsOf } from './patients-body.ts';
import { invalidInput, problemResponse } from './problems.ts';
import { rateLimit } from './rate-limit.ts';
import { mediaType, readBody } from './read-body.ts';

const NO_STORE = { 'cache-control': 'no-store' };

const tooLarge = (what: string) =>
  problemResponse(
    'too-large',
    `${what}; the limits are at most ${BATCH_ROWS_TEXT} and ${BATCH_BYTES_TEXT} per request. Split the cohort into several requests.`,
  );

function fromJson(scorer: Scorer<ModelDefinition>, text: string): BatchRow[] | Response {
  const patients = patientsOf(text, tooLarge);
  return patients instanceof Response ? patients : patients.map((p) => scoreRow(scorer, p, 'json'));
}

function fromCsv(scorer: Scorer<ModelDefinition>, text: string, wantCsv: boolean): Response {
  const batch = scoreCsv(scorer, text);
  if ('problems' in batch) return invalidInput(batch.problems);
  if ('tooManyRows' in batch) return tooLarge(`${batch.tooManyRows} rows were sent`);
  if (wantCsv)
    return new Response(csvOut(batch), { headers: { 'content-type': 'text/csv; charset=utf-8', ...NO_STORE } });
  return Response.json({ model: scorer.stamp, results: batch.rows }, { headers: NO_STORE });
}

/**
 * POST /score/batch for one model (mounted at /v1/<model id>): a cohort as JSON or CSV. Every row
 * comes back, in order.
 *
 * @example
 * app.route('/v1/lms', batchRoutes(lms));
 */
export const batchRoutes = (scorer: Scorer<ModelDefinition>) =>
  new Hono<AppEnv>()
    .use('/score/batch', rateLimit('BATCH_LIMITER'))
    .post('/score/batch', async (c) => {
      const type = mediaType(c.req.raw);
      if (type !== 'application/json' && type !== 'text/csv') {
        return problemResponse(
          'unsupported-media-type',
          'Send application/json ({"patients": [...]}) or text/csv with a header row.',
        );
      }
      const text = await readBody(c.req.raw, BATCH_LIMITS.bytes);
      if (text === null) return tooLarge(`The body is larger than ${BATCH_BYTES_TEXT}`);
      if (type === 'text/csv') return fromCsv(scorer, text, (c.req.header('accept') ?? '').includes('text/csv'));
      const rows = fromJson(scorer, text);
      if (rows instanceof Response) return rows;
      return c.json({ model: scorer.stamp, results: rows }, 200, NO_STORE);
    })
    .all('/score/batch', methodNotAllowed('POST'));
