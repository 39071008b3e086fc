import { Readable, Writable } from 'node:stream';
import { lms } from '@lms-score/core';
import { csvRow } from '@lms-score/core/csv';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../shared/cli/run-cli.ts';
import app from '../../worker/api/index.ts';

const env = { BATCH_LIMITER: { limit: async () => ({ success: true }) } };

async function cli(args: string[], stdin = ''): Promise<string> {
  let text = '';
  const sink = new Writable({
    write(chunk, _, done) {
      text += chunk;
      done();
    },
  });
  const code = await runCli(lms, args, { stdin: Readable.from([stdin]), stdout: sink, stderr: sink });
  expect(code, text).toBe(0);
  return text;
}

describe('lms validate and lms model give what the API gives', () => {
  it('validate --format json equals POST /v1/lms/validate for the same cohort and options', async () => {
    const header = ['id', 'ki67', 'vascularInvasion', 'lymphNodeMetastasis', 'adjuvantTherapy', 'time', 'event'];
    const levels = ['<3', '12', '>20'];
    let csv = csvRow(header);
    for (let i = 0; i < 600; i++) {
      const yes = (k: number) => ((i >> k) & 1 ? 'yes' : 'no');
      const missing = i % 97 === 0 ? '' : yes(1);
      csv += csvRow([`p${i}`, levels[i % 3], missing, yes(2), yes(3), (i * 7) % 130, i % 5 === 0 ? 1 : 0]);
    }
    const query = 'bootstrap=200&seed=7&timeUnit=days';
    const response = await app.request(
      `/v1/lms/validate?${query}`,
      { method: 'POST', body: csv, headers: { 'content-type': 'text/csv' } },
      env,
    );
    expect(response.status).toBe(200);
    const report = await cli(
      ['validate', '--bootstrap', '200', '--seed', '7', '--time-unit', 'days', '--format', 'json'],
      csv,
    );
    expect(JSON.parse(report)).toEqual(await response.json());
  });

  it('model equals GET /v1/lms', async () => {
    const response = await app.request('/v1/lms', {}, env);
    expect(JSON.parse(await cli(['model']))).toEqual(await response.json());
  });
});
