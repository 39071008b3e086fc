import { describe, expect, it } from 'vitest';
import { pinned, scoredCases } from '../support/golden-vectors.ts';
import { call, postJson, queryFor } from './helpers.ts';

const jsonCases = scoredCases.filter((c) => !c.source);
const textCases = scoredCases.filter((c) => c.source === 'text');

describe('GET and POST /v1/lms/score', () => {
  it.each(jsonCases.map((c) => [c.name, c] as const))('%s: GET, POST and the oracle agree', async (_, c) => {
    const input = c.input as Record<string, unknown>;
    const get = await call(`/v1/lms/score?${queryFor(input)}`);
    const post = await postJson('/v1/lms/score', input);
    expect(get.status).toBe(200);
    expect(post.status).toBe(200);
    const fromGet = await get.json();
    expect(await post.json()).toEqual(fromGet);
    expect(pinned(fromGet as object)).toEqual(c.expected);
  });

  it.each(textCases.map((c) => [c.name, c] as const))('%s: query-string text reads like CSV text', async (_, c) => {
    const res = await call(`/v1/lms/score?${new URLSearchParams(c.input as Record<string, string>)}`);
    expect(pinned((await res.json()) as object)).toEqual(c.expected);
  });

  it('a form-encoded POST reads fields as text', async () => {
    const res = await call('/v1/lms/score', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'ki67=25&vascularInvasion=yes&lymphNodeMetastasis=&adjuvantTherapy=no',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ complete: false, pointsRange: [7, 8], riskGroup: 'high' });
  });

  it('GET is cacheable with a strong ETag and answers If-None-Match with 304', async () => {
    const path = '/v1/lms/score?ki67=12&vascularInvasion=yes&lymphNodeMetastasis=no&adjuvantTherapy=no';
    const first = await call(path);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[0-9a-f]{16}"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=86400');
    const again = await call(path, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    const other = await call('/v1/lms/score?ki67=13&vascularInvasion=yes&lymphNodeMetastasis=no&adjuvantTherapy=no');
    expect(other.headers.get('etag')).not.toBe(etag);
    expect((await call(path, { headers: { 'if-none-match': other.headers.get('etag')! } })).status).toBe(200);
  });

  it('POST results are JSON and not cached', async () => {
    const res = await postJson('/v1/lms/score', { ki67: 1 });
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('a bad field is a 400 problem naming it', async () => {
    const res = await call('/v1/lms/score?ki67=120&vascularInvasion=maybe');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const body = (await res.json()) as {
      type: string;
      title: string;
      status: number;
      detail: string;
      errors: { field: string; code: string }[];
    };
    expect(body).toMatchObject({ type: '/docs#problem-invalid-input', status: 400, title: 'Invalid input' });
    expect(body.errors.map((e) => [e.field, e.code])).toEqual([
      ['ki67', 'out_of_range'],
      ['vascularInvasion', 'invalid_boolean'],
    ]);
    expect(body.detail).toContain('ki67');
  });

  it('a repeated query parameter is a 400 naming it', async () => {
    const res = await call('/v1/lms/score?ki67=1&ki67=30');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { field: string; code: string }[] }).errors).toContainEqual(
      expect.objectContaining({ field: 'ki67', code: 'duplicate_field' }),
    );
  });

  it('malformed JSON is a 400 naming the body', async () => {
    const res = await postJson('/v1/lms/score', '{"ki67": 12,');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: unknown[] }).errors).toEqual([
      expect.objectContaining({ field: 'body', code: 'invalid_json' }),
    ]);
  });

  it('a wrong content type is a 415 problem', async () => {
    const res = await call('/v1/lms/score', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'ki67=3',
    });
    expect(res.status).toBe(415);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('a body over 16 KB is a 413 problem', async () => {
    const res = await postJson('/v1/lms/score', JSON.stringify({ ki67: 1, pad: 'x'.repeat(17_000) }));
    expect(res.status).toBe(413);
  });

  it('a wrong method is a 405 with Allow', async () => {
    const res = await call('/v1/lms/score', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
