import { describe, expect, it } from 'vitest';
import fixtures from '../vectors/survival/survival-fixtures.json' with { type: 'json' };
import { call, postJson } from './helpers.ts';

type Validation = {
  rows: {
    received: number;
    used: number;
    excluded: { row: number; id?: string; reason: string; problems?: { field: string }[] }[];
  };
  timeUnit: string;
  bootstrap: { replicates: number; seed: number };
  cIndex: {
    value: number;
    lower: number | null;
    upper: number | null;
    concordant: number;
    discordant: number;
    tiedRisk: number;
    tiedTime: number;
    tiedBoth: number;
  };
  cIndexRelativeHazard: { value: number };
  groups: {
    id: string;
    n: number;
    events: number;
    observedRisk: { horizonMonths: number; value: number | null };
    publishedRisk: number;
    kaplanMeier: { time: number }[];
  }[];
  model: { id: string };
};
const cohort = fixtures.cohorts[0]!;
const csvOf = (rows: typeof cohort.rows) =>
  `id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy,time,event\n${rows.map((r, i) => `p${i},${r.ki67},${r.vascularInvasion},${r.lymphNodeMetastasis},${r.adjuvantTherapy},${r.time},${r.event}`).join('\n')}\n`;
const postCsv = (path: string, csv: string) =>
  call(path, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv });

describe('POST /v1/lms/validate', () => {
  it("answers a CSV cohort with R's concordance counts, groups and curves, and the defaults it used", async () => {
    const res = await postCsv('/v1/lms/validate?bootstrap=50', csvOf(cohort.rows));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const v = (await res.json()) as Validation;
    const { value, ...counts } = cohort.concordancePoints;
    expect(v.cIndex).toMatchObject(counts);
    expect(Math.abs(v.cIndex.value - value)).toBeLessThan(1e-9);
    expect(v.rows).toEqual({ received: cohort.rows.length, used: cohort.rows.length, excluded: [] });
    expect(v.timeUnit).toBe('months');
    expect(v.bootstrap).toEqual({ replicates: 50, seed: 20250101 });
    expect(v.groups.map((g) => [g.id, g.publishedRisk, g.observedRisk.horizonMonths])).toEqual([
      ['low', 0.029, 60],
      ['intermediate', 0.208, 60],
      ['high', 0.497, 60],
    ]);
    expect(v.groups.reduce((s, g) => s + g.n, 0)).toBe(cohort.rows.length);
    expect(v.model.id).toBe('lms');
  });

  it('gives JSON and CSV the same answer, and the same seed the same interval', async () => {
    const fromCsv = (await (
      await postCsv('/v1/lms/validate?bootstrap=40&seed=7', csvOf(cohort.rows))
    ).json()) as Validation;
    const fromJson = (await (
      await postJson('/v1/lms/validate?bootstrap=40&seed=7', { patients: cohort.rows })
    ).json()) as Validation;
    expect(fromJson.cIndex).toEqual(fromCsv.cIndex);
    expect(fromJson.groups).toEqual(fromCsv.groups);
  });

  it('excludes bad rows with their reasons and keeps the rest', async () => {
    const csv =
      'id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy,time,event\na,12,yes,no,no,10,1\nb,12,yes,,no,10,1\nc,x,yes,no,no,10,1\nd,12,yes,no,no,,1\ne,12,yes,no,no,10,2\nf,12,yes,no\n';
    const v = (await (await postCsv('/v1/lms/validate?bootstrap=0', csv)).json()) as Validation;
    expect(v.rows.used).toBe(1);
    expect(v.rows.excluded.map((e) => [e.row, e.id, e.reason])).toEqual([
      [2, 'b', 'incomplete_input'],
      [3, 'c', 'invalid_input'],
      [4, 'd', 'missing_time'],
      [5, 'e', 'invalid_event'],
      [6, 'f', 'column_count'],
    ]);
  });

  it('refuses bad query parameters, naming each', async () => {
    const res = await postCsv('/v1/lms/validate?bootstrap=5000&seed=-1&timeUnit=weeks', csvOf(cohort.rows.slice(0, 3)));
    expect(res.status).toBe(400);
    const { errors } = (await res.json()) as { errors: { field: string; code: string }[] };
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['bootstrap', 'invalid_parameter'],
      ['seed', 'invalid_parameter'],
      ['timeUnit', 'invalid_parameter'],
    ]);
  });

  it('refuses an unknown column once, other media types and methods, and too many rows', async () => {
    const bad = await postCsv('/v1/lms/validate', 'ki67,followUp,event\n');
    expect(bad.status).toBe(400);
    const { errors } = (await bad.json()) as { errors: { field: string; code: string; message: string }[] };
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['followUp', 'unknown_field'],
      ['time', 'missing_column'],
    ]);
    expect(errors[0]!.message).toContain('Columns are: id, time, event, ki67,');
    expect(
      (await call('/v1/lms/validate', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' })).status,
    ).toBe(415);
    expect((await call('/v1/lms/validate')).status).toBe(405);
    expect((await postCsv('/v1/lms/validate', `ki67,time,event\n${'1,1,1\n'.repeat(10_001)}`)).status).toBe(413);
  });
});

describe('POST /v1/lms/validate on a CSV without outcomes', () => {
  it('answers 400 naming time and event, rather than 200 with every row excluded', async () => {
    const res = await postCsv(
      '/v1/lms/validate',
      'id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy\np1,12,yes,no,no\n',
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const { errors } = (await res.json()) as { errors: { field: string; code: string; message: string }[] };
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['time', 'missing_column'],
      ['event', 'missing_column'],
    ]);
    expect(errors[1]!.message).toBe('The header has no event column: 1 when the outcome happened, 0 when censored.');
  });
});

describe('POST /v1/lms/validate work limit', () => {
  it('refuses a bootstrap whose replicates × rows would pass 10,000,000, naming the most it allows', async () => {
    const rows = Array.from({ length: 6000 }, () => cohort.rows[0]!);
    const res = await postJson('/v1/lms/validate?bootstrap=2000', { patients: rows });
    expect(res.status).toBe(400);
    const { errors } = (await res.json()) as { errors: { field: string; message: string }[] };
    expect(errors[0]).toMatchObject({ field: 'bootstrap' });
    expect(errors[0]!.message).toContain('bootstrap=1666');
    expect((await postJson('/v1/lms/validate?bootstrap=1666', { patients: rows })).status).toBe(200);
  });
});
