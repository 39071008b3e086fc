import { Hono } from 'hono/tiny';
import { describe, expect, it } from 'vitest';
import { createScorer } from '../../shared/create-scorer.ts';
import { batchRoutes } from '../../worker/api/batch-routes.ts';
import { scoreRoutes } from '../../worker/api/score-routes.ts';
import type { AppEnv, Env } from '../../worker/common/app-env.ts';
import { toyModel } from '../support/toy-model.ts';

const toy = createScorer(toyModel, 'toy-hash');
const app = new Hono<AppEnv>().route('/v1/toy', scoreRoutes(toy)).route('/v1/toy', batchRoutes(toy));
const allow = { limit: async () => ({ success: true }) };
// The API's bindings (the tests' Env is both Workers' together).
const env = {
  ASSETS: { fetch: async () => new Response(null, { status: 404 }) },
  SCORE_LIMITER: allow,
  BATCH_LIMITER: allow,
} as unknown as Env;

describe('a second score is a definition file: the API routes serve a toy model with no code of their own', () => {
  it('GET /v1/toy/score scores with the toy model', async () => {
    const res = await app.request('/v1/toy/score?age=70&smoker=yes', {}, env);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ points: 3, riskGroup: 'higher', risk: 0.4, horizonYears: 1 });
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{16}"$/);
  });

  it('POST /v1/toy/score names the fields of the toy model in its problems', async () => {
    const res = await app.request(
      '/v1/toy/score',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"age":200,"ki67":5}' },
      env,
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { field: string; code: string }[] };
    expect(body.errors.map((e) => [e.field, e.code])).toEqual([
      ['age', 'out_of_range'],
      ['ki67', 'unknown_field'],
    ]);
  });

  it('POST /v1/toy/score/batch scores a CSV cohort row by row', async () => {
    const csv = 'id,age,smoker\r\na,30,no\r\nb,80,\r\n';
    const res = await app.request(
      '/v1/toy/score/batch',
      { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv },
      env,
    );
    const body = (await res.json()) as {
      model: { id: string };
      results: { id: string; result: { pointsRange: number[] } }[];
    };
    expect(body.model.id).toBe('toy');
    expect(body.results.map((r) => [r.id, r.result.pointsRange])).toEqual([
      ['a', [0, 0]],
      ['b', [2, 3]],
    ]);
  });
});
