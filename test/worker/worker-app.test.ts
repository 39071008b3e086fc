import { describe, expect, it } from 'vitest';
import app from '../../worker/api/index.ts';
import type { Env } from '../../worker/common/app-env.ts';

/** Bindings for app.request(): an assets stub and limiters that allow `allowed` calls per key. */
function env(allowed = Infinity): Env {
  const counts = new Map<string, number>();
  const limiter = {
    limit: async ({ key }: { key: string }) => ({
      success: (counts.set(key, (counts.get(key) ?? 0) + 1).get(key) ?? 0) <= allowed,
    }),
  };
  return {
    ASSETS: {
      fetch: async (r: Request) =>
        new URL(r.url).pathname === '/'
          ? new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } })
          : new Response('nope', { status: 404 }),
    },
    SCORE_LIMITER: limiter,
    BATCH_LIMITER: limiter,
  } as Env;
}

describe('the Worker app, unit-tested with app.request()', () => {
  it('scores a GET request', async () => {
    const res = await app.request(
      '/v1/lms/score?ki67=2&vascularInvasion=no&lymphNodeMetastasis=no&adjuvantTherapy=yes',
      {},
      env(),
    );
    expect(await res.json()).toMatchObject({ points: 0, riskGroup: 'low', risk: 0.029 });
  });

  it('returns 429 with Retry-After once the score limiter says no, per client', async () => {
    const e = env(2);
    const ask = (ip: string) => app.request('/v1/lms/score?ki67=2', { headers: { 'cf-connecting-ip': ip } }, e);
    expect((await ask('a')).status).toBe(200);
    expect((await ask('a')).status).toBe(200);
    const third = await ask('a');
    expect(third.status).toBe(429);
    expect(third.headers.get('retry-after')).toBe('60');
    expect((await ask('b')).status).toBe(200);
  });

  it('does not rate limit the model, health and static routes', async () => {
    const e = env(0);
    expect((await app.request('/healthz', {}, e)).status).toBe(200);
    expect((await app.request('/v1/lms', {}, e)).status).toBe(200);
    expect((await app.request('/', {}, e)).status).toBe(200);
  });

  it('puts a strict CSP on HTML from the assets binding and a 404 problem on misses', async () => {
    const page = await app.request('/', {}, env());
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const miss = await app.request('/missing.js', {}, env());
    expect(miss.status).toBe(404);
    expect(await miss.json()).toMatchObject({ status: 404, type: '/docs#problem-not-found' });
  });
});
