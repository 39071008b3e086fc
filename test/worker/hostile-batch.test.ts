import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../shared/csv-parse.ts';
import { call, postJson } from './helpers.ts';

type Problem = { field: string; code: string; message: string };
const postCsv = (csv: string, accept = 'application/json') =>
  call('/v1/lms/score/batch', { method: 'POST', headers: { 'content-type': 'text/csv', accept }, body: csv });
const errorsOf = async (res: Response) => ((await res.json()) as { errors: Problem[] }).errors;

describe('hostile CSV headers', () => {
  it('refuses a header wider than the batch reads, naming the limit, without reading it column by column', async () => {
    // 60,000 distinct names (0.4 MB) took 2.9 s on local workerd with the quadratic repeat check.
    const header = Array.from({ length: 60_000 }, (_, i) => `c${i}`).join(',');
    const res = await postCsv(`${header}\n1\n`);
    expect(res.status).toBe(400);
    expect(await errorsOf(res)).toEqual([expect.objectContaining({ field: 'header', code: 'too_many_columns' })]);
  });

  it('names each blank header column by its position', async () => {
    const res = await postCsv('id,ki67,,\np1,12,,\n');
    expect(res.status).toBe(400);
    const errors = await errorsOf(res);
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['header', 'empty_column_name'],
      ['header', 'empty_column_name'],
    ]);
    expect(errors[0]!.message).toContain('Column 3');
    expect(errors[1]!.message).toContain('Column 4');
  });

  it('names a repeated column once, however often it repeats', async () => {
    const errors = await errorsOf(await postCsv('ki67,ki67,ki67,id,id\n'));
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['ki67', 'duplicate_field'],
      ['id', 'duplicate_field'],
    ]);
  });

  it('names an unknown or forbidden column once in the header, with the nearest field, not on every row', async () => {
    const rows = 'p,1,2\n'.repeat(500);
    const res = await postCsv(`id,Ki-67,__proto__\n${rows}`);
    expect(res.status).toBe(400);
    const errors = await errorsOf(res);
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['Ki-67', 'unknown_field'],
      ['__proto__', 'forbidden_field'],
    ]);
    expect(errors[0]!.message).toContain('Did you mean "ki67"?');
  });
});

describe('CSV output safe to open in a spreadsheet', () => {
  const formulas = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-1+1', '@SUM(A1)', '\tx', '\rx'];

  it('neutralises every echoed cell that a spreadsheet would run, and no other', async () => {
    const quote = (c: string) => `"${c.replace(/"/g, '""')}"`;
    const csv = `id,ki67\n${formulas.map((f) => `${quote(f)},12`).join('\n')}\nplain,12\n`;
    const res = await postCsv(csv, 'text/csv');
    const parsed = parseCsv(await res.text());
    if (!parsed.ok) throw new Error(parsed.message);
    const ids = parsed.records.slice(1).map((r) => r.cells[0]);
    expect(ids).toEqual([...formulas.map((f) => `'${f}`), 'plain']);
  });

  it('neutralises a formula in the header too', async () => {
    const res = await postCsv('id,ki67\n"=1+1",5\n', 'text/csv');
    const head = (await res.text()).split('\r\n')[0];
    expect(head?.startsWith('id,ki67,points')).toBe(true);
  });

  it('keeps JSON output exactly as sent', async () => {
    const res = await postJson('/v1/lms/score/batch', { patients: formulas.map((id) => ({ id, ki67: 12 })) });
    const { results } = (await res.json()) as { results: { id: string }[] };
    expect(results.map((r) => r.id)).toEqual(formulas);
  });
});

describe('answers that stay proportionate to hostile requests', () => {
  it('lists at most 20 problems for one input and counts the rest', async () => {
    const patient = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`x${i}`, 1]));
    const res = await postJson('/v1/lms/score', patient);
    expect(res.status).toBe(400);
    const errors = await errorsOf(res);
    expect(errors).toHaveLength(21);
    expect(errors[20]).toMatchObject({ field: 'input', code: 'too_many_problems' });
    expect(errors[20]!.message).toContain('980 more problems');
  });

  it('reports each repeated query parameter once, in order', async () => {
    const query = Array.from({ length: 2000 }, (_, i) => `k${i % 400}=${i}`).join('&');
    const errors = await errorsOf(await call(`/v1/lms/score?${query}`));
    const repeats = errors.filter((e) => e.code === 'duplicate_field').map((e) => e.field);
    expect(repeats).toEqual(Array.from({ length: 400 }, (_, i) => `k${i}`));
  });
});
