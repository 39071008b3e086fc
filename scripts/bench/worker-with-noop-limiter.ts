// Bench-only entry: the same Worker app, with the rate limiters replaced by an in-isolate no-op,
// so the throughput bench measures the app's own cost rather than Miniflare's limiter service.
//
// Baselines, one per method: the app's minimal GET is /healthz, and its minimal POST is the
// route added below (same middleware and headers; reads the body, answers a tiny JSON); for the
// batch, a route that reads the same body and answers as many bytes. The raw
// routes bypass the app altogether, to show what the app's floor itself costs over workerd's.

import app from '../../worker/api/index.ts';
import type { Env } from '../../worker/common/app-env.ts';

const allow = { limit: async () => ({ success: true }) };
// One wrapped env per env object: spreading it on every request would cost the app's routes ~8 µs.
const wrapped = new WeakMap<Env, Env>();

app.post('/bench/bare-post', async (c) => {
  await c.req.raw.text();
  return c.json({ status: 'ok' }, 200, { 'cache-control': 'no-store' });
});

// The batch's I/O floor: reads the whole body as the batch route gets it, and answers the very bytes
// the batch route answered to the same body (the bench measures it first and leaves them here), so
// that writing them, and compressing them (Miniflare gzips a JSON answer for a client that accepts
// it, as Cloudflare's edge would), cost the floor what they cost the route.
const answers = new Map<string, string>();
app.post('/bench/bare-batch-answer', async (c) => {
  answers.set(c.req.query('type') ?? '', await c.req.raw.text());
  return c.body(null, 204);
});
app.post('/bench/bare-batch', async (c) => {
  await c.req.raw.text();
  const kind = c.req.query('type') ?? '';
  const type = kind === 'csv' ? 'text/csv; charset=utf-8' : 'application/json';
  return c.body(answers.get(kind) ?? '', 200, { 'content-type': type, 'cache-control': 'no-store' });
});

export default {
  async fetch(request: Request, env: Env, ctx: unknown): Promise<Response> {
    const path = new URL(request.url).pathname;
    if (path === '/bench/raw-get') return Response.json({ status: 'ok' });
    if (path === '/bench/raw-post') {
      await request.text();
      return Response.json({ status: 'ok' });
    }
    let appEnv = wrapped.get(env);
    if (!appEnv) {
      appEnv = { ...env, SCORE_LIMITER: allow, BATCH_LIMITER: allow };
      wrapped.set(env, appEnv);
    }
    return app.fetch(request, appEnv, ctx as never);
  },
};
