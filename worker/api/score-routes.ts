import { type ModelDefinition, type Scorer, scoreJson } from '@lms-score/core';
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../common/app-env.ts';
import { cachedJson } from '../common/etag.ts';
import { SCORE_BODY_BYTES } from '../common/limits.ts';
import { allProblems, type FieldProblem, invalidInput, parseJsonBody, problemResponse } from '../common/problems.ts';
import { rateLimit } from '../common/rate-limit.ts';
import { mediaType, readBody } from '../common/read-body.ts';
import { formPairs, queryOf } from './form-pairs.ts';
import { textFields } from './text-fields.ts';
import { withV1Aliases } from './v1-aliases.ts';

// Set straight on the Response (which copies them): Hono's c.json() builds a Headers object and
// sets each one, a few µs of every POST in workerd.
const JSON_NO_STORE = { 'content-type': 'application/json', 'cache-control': 'no-store' };

/**
 * GET and POST /score for one model (mounted at /v1/<model id>): one patient. GET is cacheable;
 * POST keeps inputs out of URLs and logs. Any model definition works: the routes know no field.
 *
 * @example
 * app.route('/v1/lms', scoreRoutes(lms));
 */
export const scoreRoutes = (scorer: Scorer<ModelDefinition>) => {
  const { parse } = scorer;
  const resultJson = scoreJson(scorer);
  // /v1 keeps the names 0.2.0 renamed until their sunset (v1-aliases.ts).
  const toJson = (input: Parameters<typeof resultJson>[0]) => withV1Aliases(resultJson(input));
  return new Hono<AppEnv>()
    .use('/score', rateLimit('SCORE_LIMITER'))
    .get('/score', (c) => {
      const { raw, problems } = textFields(formPairs(queryOf(c.req.url)));
      const parsed = parse(raw, { source: 'text' });
      const all = allProblems(problems, parsed);
      if (!parsed.ok || all.length) return invalidInput(all);
      return cachedJson(c.req.raw, toJson(parsed.value), 'public, max-age=86400');
    })
    .post('/score', async (c) => {
      const type = mediaType(c.req.raw);
      const form = type === 'application/x-www-form-urlencoded';
      if (type !== 'application/json' && !form) {
        return problemResponse(
          'unsupported-media-type',
          'Send application/json (or application/x-www-form-urlencoded).',
        );
      }
      const text = await readBody(c.req.raw, SCORE_BODY_BYTES);
      if (text === null) {
        return problemResponse(
          'too-large',
          `One patient's body must be at most ${SCORE_BODY_BYTES} bytes; use ${c.req.path}/batch for many.`,
        );
      }
      let raw: unknown;
      let problems: FieldProblem[] = [];
      if (form) ({ raw, problems } = textFields(formPairs(text)));
      else {
        const body = parseJsonBody(text);
        if (!body.ok) return invalidInput(body.problems);
        raw = body.value;
      }
      const parsed = parse(raw, { source: form ? 'text' : 'json' });
      const all = allProblems(problems, parsed);
      if (!parsed.ok || all.length) return invalidInput(all);
      return new Response(toJson(parsed.value), { headers: JSON_NO_STORE });
    });
};
