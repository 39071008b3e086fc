// Bench-only entry: the same Worker app, with the rate limiters replaced by an in-isolate no-op,
// so the throughput bench measures the app's own cost rather than Miniflare's limiter service,
// plus a bare POST route as the baseline for POST score.

import type { Env } from '../../worker/app-env.ts';
import app from '../../worker/index.ts';

const allow = { limit: async () => ({ success: true }) };

export default {
  async fetch(request: Request, env: Env, ctx: unknown): Promise<Response> {
    // A bare POST (read the body, answer a tiny JSON) to tell workerd's body cost from the app's.
    if (request.method === 'POST' && new URL(request.url).pathname === '/bench/bare-post') {
      await request.text();
      return Response.json({ status: 'ok' });
    }
    return app.fetch(request, { ...env, SCORE_LIMITER: allow, BATCH_LIMITER: allow }, ctx as never);
  },
};
