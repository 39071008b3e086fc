import { parse, score } from '@lms-score/core';
import { batchResult } from '@lms-score/core/csv';
import { describe, expect, it } from 'vitest';
import { FULL_DETAIL_ROWS } from '../../worker/common/limits.ts';
import { goldenCases, invalidCases, pinned, rawInput, scoredCases } from '../support/golden-vectors.ts';
import { call, postJson } from './helpers.ts';

type Row = { id?: string | number; result?: object; errors?: { field: string; code: string }[] };
const postCsv = (csv: string, accept = 'application/json') =>
  call('/v1/lms/score/batch', { method: 'POST', headers: { 'content-type': 'text/csv', accept }, body: csv });

describe('POST /v1/lms/score/batch', () => {
  it('returns every golden case in order, with the same results as single scoring (detail=full)', async () => {
    const patients = goldenCases
      .filter((c) => c.input !== undefined || c.json)
      .map((c, i) => (c.source ? null : { i, c }));
    const jsonCases = patients.filter((p) => p !== null);
    const body = `{"patients":[${jsonCases.map(({ c }) => c.json ?? JSON.stringify(c.input)).join(',')}]}`;
    const res = await postJson('/v1/lms/score/batch?detail=full', body);
    expect(res.status).toBe(200);
    const { results, model } = (await res.json()) as { results: Row[]; model: { id: string } };
    expect(model.id).toBe('lms');
    expect(results).toHaveLength(jsonCases.length);
    jsonCases.forEach(({ c }, i) => {
      const row = results[i]!;
      if (c.expected) expect(pinned(row.result!)).toEqual(c.expected);
      else expect(row.errors!.map(({ field, code }) => ({ field, code }))).toEqual(c.problems);
    });
  });

  it("answers each row's summary by default: the figures and their provenance, as the CSV has them", async () => {
    const cases = scoredCases.filter((c) => c.input !== undefined && !c.source);
    const res = await postJson('/v1/lms/score/batch', { patients: cases.map((c) => c.input) });
    const { results } = (await res.json()) as { results: { result: Record<string, unknown> }[] };
    results.forEach(({ result }, i) => {
      const parsed = parse(cases[i]!.input);
      if (!parsed.ok) throw new Error('golden input must parse');
      expect(result).toEqual(batchResult(score(parsed.value)));
      expect(Object.keys(result)).not.toContain('breakdown');
      expect(result).toMatchObject({ pointsProvenance: 'derived', riskProvenance: 'published' });
    });
  });

  it('refuses a detail other than summary or full, naming the parameter', async () => {
    const res = await postJson('/v1/lms/score/batch?detail=everything', { patients: [] });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { field: string }[] }).errors).toEqual([
      expect.objectContaining({ field: 'detail', code: 'invalid_parameter' }),
    ]);
  });

  it('answers detail=full for up to 1,000 rows and names detail past that, JSON and CSV alike', async () => {
    const rows = (n: number) => Array.from({ length: n }, () => ({}));
    const full = await postJson('/v1/lms/score/batch?detail=full', { patients: rows(FULL_DETAIL_ROWS) });
    expect(full.status).toBe(200);
    const body = await full.text();
    expect((JSON.parse(body) as { results: unknown[] }).results).toHaveLength(FULL_DETAIL_ROWS);
    const over = await postJson('/v1/lms/score/batch?detail=full', { patients: rows(FULL_DETAIL_ROWS + 1) });
    expect(over.status).toBe(400);
    expect(((await over.json()) as { errors: { field: string; message: string }[] }).errors).toEqual([
      expect.objectContaining({
        field: 'detail',
        message: expect.stringContaining('at most 1,000 rows (1001 were sent)'),
      }),
    ]);
    const csv = `ki67\n${Array.from({ length: FULL_DETAIL_ROWS + 1 }, () => '5').join('\n')}\n`;
    const overCsv = await call('/v1/lms/score/batch?detail=full', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: csv,
    });
    expect(overCsv.status).toBe(400);
    // The summary still answers the whole batch; CSV out has no detail to bound.
    expect((await postCsv(csv)).status).toBe(200);
    expect((await postCsv(csv, 'text/csv')).status).toBe(200);
    // The bound: the largest full answer, per byte sent, against the 10,000-row one it replaces.
    expect(body.length).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('echoes ids and keeps a bad row from failing the batch', async () => {
    const res = await postJson('/v1/lms/score/batch', {
      patients: [{ id: 'a', ki67: 5 }, { id: 7, ki67: 'x' }, { id: { no: 1 }, ki67: 1 }, { ki67: 50 }],
    });
    const { results } = (await res.json()) as { results: Row[] };
    expect(results.map((r) => [r.id, 'result' in r])).toEqual([
      ['a', true],
      [7, false],
      [undefined, false],
      [undefined, true],
    ]);
    expect(results[2]!.errors).toContainEqual(expect.objectContaining({ field: 'id', code: 'invalid_type' }));
  });

  it('refuses a whole-number id past 2^53 - 1, which JSON has already rounded, rather than echo another', async () => {
    // 9007199254740993 parses as ...992: echoed, two patients would share one id.
    const body = `{"patients":[{"id":9007199254740993,"ki67":12},{"id":9007199254740992,"ki67":1},{"id":9007199254740991,"ki67":1},{"id":1.5,"ki67":1},{"id":1e300,"ki67":1}]}`;
    const res = await postJson('/v1/lms/score/batch', body);
    const { results } = (await res.json()) as { results: Row[] };
    expect(results.map((r) => [r.id, 'result' in r])).toEqual([
      [undefined, false],
      [undefined, false],
      [9007199254740991, true],
      [1.5, true],
      [undefined, false],
    ]);
    expect(results[0]!.errors).toEqual([
      expect.objectContaining({
        field: 'id',
        code: 'invalid_type',
        message: expect.stringContaining('send it as a string'),
      }),
    ]);
  });

  it('reads CSV with a BOM, CRLF, quotes and an id column, and answers in CSV when asked', async () => {
    const csv =
      '\ufeffid,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy\r\n"p,1",12,yes,no,no\r\n"p ""2""",2,no,no,\r\np3,abc,no,no,yes\r\n';
    const res = await postCsv(csv, 'text/csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe(
      'id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy,points,pointsMin,pointsMax,riskGroup,possibleRiskGroups,risk,relativeHazard,complete,errors',
    );
    expect(lines[1]).toBe('"p,1",12,yes,no,no,6,6,6,high,high,0.497,157.895724,true,');
    expect(lines[2]).toBe('"p ""2""",2,no,no,,,0,1,low,low,0.029,,false,');
    expect(lines[3]).toMatch(/^p3,abc,no,no,yes,,,,,,,,,"ki67 must be a number/);
    expect(lines).toHaveLength(5);
  });

  it('answers CSV input in JSON unless the client accepts text/csv', async () => {
    const res = await postCsv('ki67,vascularInvasion\n25,yes\n\n3,no\n');
    const { results } = (await res.json()) as { results: Row[] };
    expect(results).toHaveLength(2);
    expect(results[0]!.result).toMatchObject({ riskGroup: 'high', complete: false });
  });

  it('reads Accept as HTTP does: case-insensitive, weights counted, JSON preferred unless text/csv is named first', async () => {
    const answers = {
      'text/csv': 'text/csv',
      'TEXT/CSV': 'text/csv',
      'text/csv; charset=utf-8': 'text/csv',
      'application/json, text/csv': 'text/csv',
      'text/csv;q=0.5, application/json;q=0.4': 'text/csv',
      'text/csv;q=0': 'application/json',
      'application/json, text/csv;q=0.1': 'application/json',
      'text/*': 'application/json',
      '*/*': 'application/json',
      'text/csvx': 'application/json',
      'text/csv;q=abc': 'application/json',
    };
    for (const [accept, type] of Object.entries(answers)) {
      const res = await postCsv('id,ki67\np1,12\n', accept);
      expect([accept, res.headers.get('content-type')?.split(';')[0]]).toEqual([accept, type]);
    }
  });

  it('keeps rows whose cell count does not match the header, as errors', async () => {
    const res = await postCsv('ki67,vascularInvasion\n25,yes,extra\n3\n');
    const { results } = (await res.json()) as { results: Row[] };
    expect(results.map((r) => r.errors?.[0]?.code)).toEqual(['column_count', 'column_count']);
  });

  it('refuses an unclosed quote, a repeated column and an empty CSV with a 400', async () => {
    for (const csv of ['ki67\n"12\n', 'ki67,ki67\n1,2\n', '']) {
      const res = await postCsv(csv);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
  });

  it('refuses more than 10,000 rows and more than 2 MB with a 413 that states the limits', async () => {
    const rows = await postJson('/v1/lms/score/batch', { patients: Array.from({ length: 10_001 }, () => ({})) });
    expect(rows.status).toBe(413);
    expect(((await rows.json()) as { detail: string }).detail).toContain('10,000 rows and 2 MB');
    const bytes = await postCsv(`ki67\n${'1\n'.repeat(1_100_000)}`);
    expect(bytes.status).toBe(413);
  });

  it('scores exactly 10,000 CSV rows', async () => {
    const res = await postCsv(
      `id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy\n${Array.from({ length: 10_000 }, (_, i) => `${i},${i % 101},yes,no,\n`).join('')}`,
      'text/csv',
    );
    expect(res.status).toBe(200);
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(10_001);
    expect(lines[10_000]!.startsWith('9999,')).toBe(true);
  });

  it('refuses a body that is not {patients: [...]}', async () => {
    const res = await postJson('/v1/lms/score/batch', [{ ki67: 1 }]);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe('patients');
  });

  it('refuses other content types with a 415 and other methods with a 405', async () => {
    expect(
      (await call('/v1/lms/score/batch', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' }))
        .status,
    ).toBe(415);
    const get = await call('/v1/lms/score/batch');
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('is rate limited per client with a 429 and Retry-After', async () => {
    const ip = '192.0.2.77';
    let limited: Response | undefined;
    for (let i = 0; i < 40 && !limited; i++) {
      const res = await postJson('/v1/lms/score/batch', { patients: [] }, { ip });
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(200);
    }
    expect(limited?.headers.get('retry-after')).toBe('60');
    expect(limited?.headers.get('content-type')).toBe('application/problem+json');
    expect((await postJson('/v1/lms/score/batch', { patients: [] }, { ip: '192.0.2.78' })).status).toBe(200);
  });

  it('rejects invalid cases in a batch without losing the valid ones', async () => {
    const res = await postJson('/v1/lms/score/batch', {
      patients: [...invalidCases.filter((c) => !c.json).map(rawInput), ...scoredCases.slice(0, 3).map(rawInput)],
    });
    const { results } = (await res.json()) as { results: Row[] };
    expect(results.filter((r) => r.result)).toHaveLength(3);
  });
});
