import { describe, expect, it } from 'vitest';
import { call, postJson } from './helpers.ts';

type Problem = { field: string; code: string; message: string };
const problems = async (res: Response) => {
  expect(res.status).toBe(400);
  return ((await res.json()) as { errors: Problem[] }).errors.map((e) => [e.field, e.message]);
};
const row = { id: 'p1', ki67: 12, vascularInvasion: true, lymphNodeMetastasis: false, adjuvantTherapy: false };
const outcome = { ...row, time: 30, event: 1 };
const ROUTES = {
  '/v1/lms/score/batch': { patients: [row] },
  '/v1/lms/validate': { patients: [outcome, { ...outcome, id: 'p2', ki67: 50, event: 0 }] },
} as const;

describe("the cohort routes' query and body names", () => {
  it('accept every query parameter openapi.json lists for them, at its example, and no other', async () => {
    const spec = (await (await call('/openapi.json')).json()) as {
      paths: Record<string, { post: { parameters?: { name: string; example: string }[] } }>;
    };
    for (const [path, body] of Object.entries(ROUTES)) {
      const params = spec.paths[path]!.post.parameters ?? [];
      expect(params.length).toBeGreaterThan(0);
      const query = params.map((p) => `${p.name}=${encodeURIComponent(p.example)}`).join('&');
      expect((await postJson(`${path}?${query}`, body)).status).toBe(200);
      const wrong = params[0]!.name.toUpperCase();
      expect(await problems(await postJson(`${path}?${query}&${wrong}=1`, body))).toEqual([
        [
          wrong,
          expect.stringContaining(
            `(did you mean ${params[0]!.name}?); it reads ${params.map((p) => p.name).join(', ')}.`,
          ),
        ],
      ]);
    }
  });

  it('refuse a misspelt or repeated option, where a default would answer another question', async () => {
    const body = ROUTES['/v1/lms/validate'];
    expect(await problems(await postJson('/v1/lms/validate?bootstrap=0&timeunit=days', body))).toEqual([
      [
        'timeunit',
        '"timeunit" is not a parameter of this route (did you mean timeUnit?); it reads bootstrap, seed, timeUnit.',
      ],
    ]);
    expect(await problems(await postJson('/v1/lms/validate?timeUnit=days&timeUnit=years', body))).toEqual([
      ['timeUnit', '"timeUnit" is given 2 times; send it once.'],
    ]);
    expect(
      await problems(await postJson('/v1/lms/score/batch?detail=full&detail=summary', ROUTES['/v1/lms/score/batch'])),
    ).toEqual([['detail', '"detail" is given 2 times; send it once.']]);
    // An empty value is not the default: it is refused, as timeUnit= and detail= are.
    expect((await problems(await postJson('/v1/lms/validate?bootstrap=', body))).map(([field]) => field)).toEqual([
      'bootstrap',
    ]);
  });

  it('refuse a body key beside patients, saying where an option goes', async () => {
    const { patients } = ROUTES['/v1/lms/validate'];
    expect(await problems(await postJson('/v1/lms/validate', { timeUnit: 'days', patients }))).toEqual([
      ['timeUnit', '"timeUnit" is not read from the body; send it in the query.'],
    ]);
    const batch = '{"patients":[{"ki67":12}],"__proto__":{"x":1},"constructor":1}';
    expect((await problems(await postJson('/v1/lms/score/batch', batch))).map(([field]) => field)).toEqual([
      '__proto__',
      'constructor',
    ]);
    expect(
      (await problems(await postJson('/v1/lms/score/batch', '{"__proto__":{"patients":[]}}'))).map(([f]) => f),
    ).toEqual(['patients', '__proto__']);
  });

  it('list twenty problems at most, as a row does, and count the rest', async () => {
    const query = Array.from({ length: 35 }, (_, i) => `x${i}=1`).join('&');
    const res = await postJson(`/v1/lms/score/batch?${query}`, ROUTES['/v1/lms/score/batch']);
    expect(res.status).toBe(400);
    const { errors } = (await res.json()) as { errors: Problem[] };
    expect(errors).toHaveLength(21);
    expect(errors[20]).toEqual({
      field: 'query',
      code: 'too_many_problems',
      message: '15 more problems like these are not listed; correct the ones above first.',
    });
  });

  it('suggest a name read there but for case and punctuation, and quote a long one cut', async () => {
    const body = ROUTES['/v1/lms/validate'];
    const [misspelt] = await problems(await postJson('/v1/lms/validate?boot_strap=0', body));
    expect(misspelt![1]).toContain('"boot_strap" is not a parameter of this route (did you mean bootstrap?)');
    const long = `${'a'.repeat(60)}END`;
    const [cut] = await problems(await postJson(`/v1/lms/validate?${long}=1`, body));
    expect(cut![0]).toBe(long);
    expect(cut![1]).toMatch(/^"a{36}\.\.\. is not a parameter/);
  });
});
