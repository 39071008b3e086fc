import { lms } from '@lms-score/core';
import { csvRow } from '@lms-score/core/csv';
import app from '../../worker/api/index.ts';
import { BATCH_LIMITS } from '../../worker/common/limits.ts';

const VALUES = {
  ki67: ['', '<3', '3-20', '>20', '2.5', '12', '20', '20.01', '85', 'abc', '150', ' 7 '],
  yesNo: ['', 'yes', 'no', 'true', 'false', '1', '0', 'maybe', 'unknown'],
};
// Cells a spreadsheet would run, quotes, separators and line breaks: what the CSV writer must keep safe.
const IDS = ['=cmd|" /C calc"!A0', '+1', '-2', '@SUM(1)', 'a,b', 'line\nbreak', 'say "hi"', ' padded '];

/**
 * A deterministic cohort of `n` rows for the CSV batch: complete, partial and invalid inputs,
 * hostile ids, and now and then a row with a cell too few or too many.
 */
export function cohortCsv(n: number): { header: string[]; records: string[][]; csv: string } {
  const header = ['id', ...lms.definition.factors.map((f) => f.id)];
  let state = 20251128;
  const next = (k: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % k;
  };
  const pick = (list: readonly string[]) => list[next(list.length)]!;
  const records: string[][] = [];
  for (let i = 0; i < n; i++) {
    const id = next(50) === 0 ? pick(IDS) : `p${i + 1}`;
    const row = [id, pick(VALUES.ki67), pick(VALUES.yesNo), pick(VALUES.yesNo), pick(VALUES.yesNo)];
    const shape = next(400);
    records.push(shape === 0 ? row.slice(0, 4) : shape === 1 ? [...row, 'extra'] : row);
  }
  return { header, records, csv: records.reduce((s, r) => s + csvRow(r), csvRow(header)) };
}

const env = { BATCH_LIMITER: { limit: async () => ({ success: true }) } };

const linesOf = (record: readonly string[]) => 1 + record.reduce((n, cell) => n + cell.split('\n').length - 1, 0);

/**
 * The API's batch answer for the whole cohort, sent in requests of the largest allowed size: the
 * CSV answers joined under one header, or the JSON answers' results joined. A message naming a
 * line counts within its request; it is shifted to count within the whole file, as the CLI does.
 */
export async function scoreThroughApi(header: string[], records: string[][], accept: 'text/csv'): Promise<string>;
export async function scoreThroughApi(
  header: string[],
  records: string[][],
  accept: 'application/json',
): Promise<unknown[]>;
export async function scoreThroughApi(
  header: string[],
  records: string[][],
  accept: string,
): Promise<string | unknown[]> {
  const texts: string[] = [];
  const rows: unknown[] = [];
  let linesBefore = 0;
  for (let from = 0; from < records.length; from += BATCH_LIMITS.rows) {
    const chunk = records.slice(from, from + BATCH_LIMITS.rows);
    const body = chunk.reduce((s, r) => s + csvRow(r), csvRow(header));
    const shift = linesBefore;
    const inFile = (text: string) => text.replace(/\bLine (\d+) has/g, (_, n) => `Line ${Number(n) + shift} has`);
    linesBefore += chunk.reduce((n, r) => n + linesOf(r), 0);
    const response = await app.request(
      '/v1/lms/score/batch',
      { method: 'POST', body, headers: { 'content-type': 'text/csv', accept } },
      env,
    );
    if (response.status !== 200) throw new Error(`batch answered ${response.status}: ${await response.text()}`);
    if (accept === 'text/csv') {
      const text = inFile(await response.text());
      texts.push(from === 0 ? text : text.slice(text.indexOf('\r\n') + 2));
    } else rows.push(...(JSON.parse(inFile(await response.text())) as { results: unknown[] }).results);
  }
  return accept === 'text/csv' ? texts.join('') : rows;
}
