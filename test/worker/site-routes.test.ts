import { describe, expect, it } from 'vitest';
import { lmsModel } from '../../shared/lms-model.ts';
import { lmsModelHash } from '../../shared/lms-model-hash.ts';
import { call, postJson } from './helpers.ts';

describe('model, health, docs and static routes', () => {
  it('GET /v1/lms serves the definition with provenance marks and hash', async () => {
    const res = await call('/v1/lms');
    const body = (await res.json()) as typeof lmsModel & { hash: string };
    expect(body.hash).toBe(lmsModelHash);
    expect(body.factors[0]!.levels[1]!.hazardRatio).toEqual({
      value: 10.36,
      provenance: 'published',
      source: expect.any(String),
    });
    expect(body.factors[0]!.levels[1]!.points.provenance).toBe('derived');
    expect((await call('/v1/lms', { headers: { 'if-none-match': res.headers.get('etag')! } })).status).toBe(304);
  });

  it('GET /v1/models lists the LMS', async () => {
    const body = (await (await call('/v1/models')).json()) as { models: { id: string; href: string }[] };
    expect(body.models).toEqual([expect.objectContaining({ id: 'lms', href: '/v1/lms', hash: lmsModelHash })]);
  });

  it('GET /healthz answers ok', async () => {
    expect(await (await call('/healthz')).json()).toEqual({
      status: 'ok',
      model: { id: 'lms', version: lmsModel.version, hash: lmsModelHash },
    });
  });

  it('an unknown route is a 404 problem', async () => {
    const res = await call('/v2/nothing');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect((await call('/v1/lms/nothing', { method: 'POST' })).status).toBe(404);
  });

  it('serves openapi.json, /docs and the demo page as static files', async () => {
    const spec = (await (await call('/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown> };
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toEqual([
      '/v1/lms/score',
      '/v1/lms/score/batch',
      '/v1/lms/validate',
      '/v1/lms',
      '/v1/models',
      '/cds-services',
      '/cds-services/lms',
      '/cds-services/lms/feedback',
      '/fhir/Questionnaire/lms',
      '/fhir/RiskAssessment/$lms',
      '/healthz',
    ]);
    const docs = await call('/docs');
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('/v1/lms/score/batch');
    expect((await call('/')).headers.get('content-type')).toContain('text/html');
  });

  it('every example request in openapi.json gets the documented example response', async () => {
    // biome-ignore lint/suspicious/noExplicitAny: walks the served JSON; its shape is what is under test
    const spec = (await (await call('/openapi.json')).json()) as any;
    const post = spec.paths['/v1/lms/score'].post;
    for (const [name, ex] of Object.entries(post.requestBody.content['application/json'].examples) as [
      string,
      { value: unknown },
    ][]) {
      const res = await postJson('/v1/lms/score', ex.value);
      expect(await res.json()).toEqual(post.responses['200'].content['application/json'].examples[name].value);
    }
    const get = spec.paths['/v1/lms/score'].get;
    const q = new URLSearchParams(get.parameters.map((p: { name: string; example: string }) => [p.name, p.example]));
    expect(await (await call(`/v1/lms/score?${q}`)).json()).toEqual(
      get.responses['200'].content['application/json'].examples.complete.value,
    );
    const bad = spec.paths['/v1/lms/score'].post.responses['400'].content['application/problem+json'].example;
    expect(await (await postJson('/v1/lms/score', { ki67: 120, vascularInvasion: 'maybe' })).json()).toEqual(bad);
  });
});

describe('CORS and security headers', () => {
  it('answers a preflight from any origin, without credentials, cached for a day', async () => {
    const res = await call('/v1/lms/score', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://journal.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-max-age')).toBe('86400');
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  const routes: [string, RequestInit?][] = [
    ['/v1/lms/score?ki67=1'],
    ['/v1/lms/score?ki67=900'],
    ['/v1/lms/score', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"ki67":1}' }],
    ['/v1/lms/score', { method: 'PUT' }],
    ['/v1/lms/score', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }],
    ['/v1/lms/score/batch', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'ki67\n1\n' }],
    ['/v1/lms'],
    ['/v1/models'],
    ['/healthz'],
    ['/openapi.json'],
    ['/', {}],
    ['/docs'],
    ['/embed'],
    ['/widget.js'],
    ['/widget/manifest.json'],
    ['/site.css'],
    ['/nope'],
  ];
  it.each(routes)('%s carries the security headers', async (path, init) => {
    const res = await call(path, {
      ...init,
      headers: { origin: 'https://journal.example', ...(init?.headers as object) },
    });
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    // So that a cross-origin script can revalidate (ETag) and back off (Retry-After).
    expect(res.headers.get('access-control-expose-headers')).toBe('ETag,Retry-After');
    if (res.headers.get('content-type')?.startsWith('text/html')) {
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain(path === '/embed' ? 'frame-ancestors *' : "frame-ancestors 'none'");
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    } else expect(res.headers.get('cross-origin-opener-policy')).toBeNull();
  });
});

describe('405 with Allow, derived from the routes', () => {
  it.each([
    ['/v1/lms/score', 'GET, POST'],
    ['/v1/lms/score/batch', 'POST'],
    ['/v1/lms/validate', 'POST'],
    ['/v1/lms', 'GET'],
    ['/v1/models', 'GET'],
    ['/healthz', 'GET'],
  ])('%s answers DELETE with 405 and Allow: %s', async (path, allow) => {
    const res = await call(path, { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(((await res.json()) as { detail: string }).detail).toBe(`DELETE is not served at ${path}; use ${allow}.`);
  });

  it('answers a path no route serves with 404 whatever the method, static files included', async () => {
    for (const [path, method] of [
      ['/v1/lms/nope', 'GET'],
      ['/v1/lms/score/', 'DELETE'],
      ['/', 'POST'],
    ] as const)
      expect((await call(path, { method })).status, `${method} ${path}`).toBe(404);
  });
});
