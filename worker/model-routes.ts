import { Hono } from 'hono';
import { lms } from '../shared/lms.ts';
import type { AppEnv } from './app-env.ts';
import { methodNotAllowed } from './method-not-allowed.ts';

const etag = `"${lms.stamp.hash}"`;
const cached = { etag, 'cache-control': 'public, max-age=3600' };
const modelBody = JSON.stringify({ ...lms.definition, hash: lms.stamp.hash });

/** GET /v1/lms (the definition with provenance marks) and GET /v1/models (the list). */
export const modelRoutes = new Hono<AppEnv>()
  .get('/lms', (c) => {
    if (c.req.header('if-none-match') === etag) return new Response(null, { status: 304, headers: cached });
    return c.body(modelBody, 200, { ...cached, 'content-type': 'application/json' });
  })
  .all('/lms', methodNotAllowed('GET'))
  .get('/models', (c) =>
    c.json(
      {
        models: [
          {
            id: lms.stamp.id,
            name: lms.definition.name,
            version: lms.stamp.version,
            hash: lms.stamp.hash,
            href: `/v1/${lms.stamp.id}`,
          },
        ],
      },
      200,
      cached,
    ),
  )
  .all('/models', methodNotAllowed('GET'));
