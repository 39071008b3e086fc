import { Hono } from 'hono';
import { type LmsInput, lms, parse, score } from '../shared/lms.ts';
import type { AppEnv } from './app-env.ts';
import { methodNotAllowed } from './method-not-allowed.ts';
import { invalidInput, problemResponse } from './problem.ts';
import { rateLimit } from './rate-limit.ts';
import { mediaType, readBody } from './read-body.ts';
import { textFields } from './text-fields.ts';

const MAX_BODY_BYTES = 16 * 1024;

/** A strong validator: same model and same normalised input give the same result. */
function etagOf(input: LmsInput): string {
  const parts = lms.definition.factors.map((f) => {
    const v = input[f.id];
    if (v === null) return '_';
    if (typeof v === 'boolean') return v ? '1' : '0';
    return `${v.level}:${v.value ?? ''}`;
  });
  return `"${lms.stamp.hash.slice(0, 16)}.${parts.join('.')}"`;
}

const matches = (ifNoneMatch: string | undefined, etag: string) =>
  !!ifNoneMatch &&
  (ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag));

/** GET and POST /v1/lms/score: one patient. GET is cacheable; POST keeps inputs out of URLs and logs. */
export const scoreRoutes = new Hono<AppEnv>()
  .use('/score', rateLimit('SCORE_LIMITER'))
  .get('/score', (c) => {
    const url = new URL(c.req.url);
    const { raw, problems } = textFields(url.searchParams);
    const parsed = parse(raw, { source: 'text' });
    if (!parsed.ok || problems.length) return invalidInput([...problems, ...(parsed.ok ? [] : parsed.problems)]);
    const etag = etagOf(parsed.input);
    const headers = { etag, 'cache-control': 'public, max-age=86400' };
    if (matches(c.req.header('if-none-match'), etag)) return new Response(null, { status: 304, headers });
    return c.json(score(parsed.input), 200, headers);
  })
  .post('/score', async (c) => {
    const type = mediaType(c.req.raw);
    const form = type === 'application/x-www-form-urlencoded';
    if (type !== 'application/json' && !form) {
      return problemResponse({
        status: 415,
        type: 'unsupported-media-type',
        title: 'Unsupported media type',
        detail: 'Send application/json (or application/x-www-form-urlencoded).',
      });
    }
    const text = await readBody(c.req.raw, MAX_BODY_BYTES);
    if (text === null) {
      return problemResponse({
        status: 413,
        type: 'too-large',
        title: 'Request too large',
        detail: `One patient's body must be at most ${MAX_BODY_BYTES} bytes; use /v1/lms/score/batch for many.`,
      });
    }
    let raw: unknown;
    let problems: { field: string; code: string; message: string }[] = [];
    if (form) ({ raw, problems } = textFields(new URLSearchParams(text)));
    else {
      try {
        raw = JSON.parse(text);
      } catch {
        return invalidInput([{ field: 'body', code: 'invalid_json', message: 'The body is not valid JSON.' }]);
      }
    }
    const parsed = parse(raw, { source: form ? 'text' : 'json' });
    if (!parsed.ok || problems.length) return invalidInput([...problems, ...(parsed.ok ? [] : parsed.problems)]);
    return c.json(score(parsed.input), 200, { 'cache-control': 'no-store' });
  })
  .all('/score', methodNotAllowed('GET, POST'));
