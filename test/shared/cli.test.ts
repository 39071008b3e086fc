import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { helpText } from '../../shared/cli/help-text.ts';
import { EXIT, runCli } from '../../shared/cli/run-cli.ts';
import { lms } from '../../shared/lms.ts';

class Sink extends Writable {
  text = '';
  isTTY = false;
  override _write(chunk: Buffer, _: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

/** Runs `lms` on in-memory streams: exit code, stdout, stderr. */
async function lmsCli(args: string[], stdin = '', { tty = false } = {}) {
  const stdout = new Sink();
  const stderr = new Sink();
  stdout.isTTY = tty;
  const code = await runCli(lms, args, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const HEADER = 'id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy\n';

describe('lms, the command line', () => {
  it('--help prints every command and the exit codes, and exits 0', async () => {
    const { code, stdout } = await lmsCli(['--help']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toBe(helpText(lms.definition));
    for (const word of [
      'lms score',
      'lms validate',
      'lms model',
      'Exit codes',
      ...lms.definition.factors.map((f) => f.id),
    ])
      expect(stdout).toContain(word);
    expect(Math.max(...stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
  });

  it('--version names the package version and the model version and hash', async () => {
    const { code, stdout } = await lmsCli(['-v']);
    expect(code).toBe(EXIT.ok);
    expect(stdout).toBe(`@lms-score/core 0.3.0 (model lms ${lms.stamp.version}, hash ${lms.stamp.hash})\n`);
  });

  it.each([
    [[], 'Name a command'],
    [['frobnicate'], 'Unknown command "frobnicate"'],
    [['__proto__'], 'Unknown command "__proto__"'],
    [['score', '--bogus'], "Unknown option '--bogus'"],
    [['score', '--seed', '1'], 'score takes no --seed'],
    [['score', '--to', 'xlsx'], '--to must be one of csv, jsonl; got "xlsx"'],
    [['validate', '--bootstrap', '5000'], '--bootstrap must be a whole number from 0 to 2000'],
    [['validate', '--time-unit', 'weeks'], '--time-unit must be one of months, days, years'],
    [['score', 'a.csv', 'b.csv'], 'Too many arguments: b.csv'],
    [['model', 'x'], 'Too many arguments: x'],
    [['score', '/no/such/file.csv'], 'cannot read the input'],
    [['score', '--from', 'jsonl', '--to', 'csv'], '--to csv needs CSV input'],
  ])('exits 2 with a message for the usage error in %j', async (args, message) => {
    const { code, stdout, stderr } = await lmsCli(args);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });

  it('scores CSV into the batch CSV and exits 0 when every row scores; unknown stays unknown', async () => {
    const { code, stdout, stderr } = await lmsCli(['score'], `${HEADER}p1,12,yes,no,no\np2,,,,\n`);
    expect(code).toBe(EXIT.ok);
    expect(stderr).toBe('');
    expect(stdout.split('\r\n')).toEqual([
      `${HEADER.trim()},points,pointsMin,pointsMax,riskGroup,possibleRiskGroups,risk,relativeHazard,complete,errors`,
      'p1,12,yes,no,no,6,6,6,high,high,0.497,157.895724,true,',
      'p2,,,,,,0,8,,low|intermediate|high,,,false,',
      '',
    ]);
  });

  it('returns every row, bad ones with their errors, and exits 1 saying how many had errors', async () => {
    const input = `${HEADER}p1,abc,yes,no,no\n"=2+3",5,no,no,yes\np3,5,no\n`;
    const { code, stdout, stderr } = await lmsCli(['score'], input);
    expect(code).toBe(EXIT.rowErrors);
    const lines = stdout.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('ki67 must be a number');
    expect(lines[2]).toMatch(/^'=2\+3,5,no,no,yes,3,3,3,intermediate,/); // formula-safe echo
    expect(lines[3]).toContain('Line 4 has 3 cells; the header has 5.');
    expect(stderr).toBe('lms: 2 of 3 rows had errors; each is in the output with its message.\n');
  });

  it('refuses a bad header as a whole, naming the column, and exits 1', async () => {
    const { code, stdout, stderr } = await lmsCli(['score'], 'id,ki67,__proto__,ki67\n1,2,3,4\n');
    expect(code).toBe(EXIT.rowErrors);
    expect(stdout).toBe('');
    expect(stderr).toContain('Column ki67 appears more than once');
    expect(stderr).toContain('__proto__');
  });

  it('reads JSON Lines from stdin (sniffed), keeps every line, and names a line that is not JSON', async () => {
    const input = '\n{"id":1,"ki67":12,"vascularInvasion":true}\n\nnot json\n{"ki67":500}';
    const { code, stdout } = await lmsCli(['score'], input);
    expect(code).toBe(EXIT.rowErrors);
    const rows = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ id: 1, result: { pointsRange: [5, 7] } });
    expect(rows[1]).toEqual({
      errors: [{ field: 'input', code: 'invalid_json', message: 'Line 4 is not valid JSON.' }],
    });
    expect(rows[2].errors[0]).toMatchObject({ field: 'ki67', code: 'out_of_range' });
  });

  it("writes JSON Lines at the batch route's detail: the summary by default, the full result with --detail full", async () => {
    const input = '{"ki67":12,"vascularInvasion":true}\n';
    const summary = JSON.parse((await lmsCli(['score'], input)).stdout);
    expect(Object.keys(summary.result)).not.toContain('breakdown');
    expect(summary.result).toMatchObject({ pointsRange: [5, 7], pointsProvenance: 'derived' });
    const full = JSON.parse((await lmsCli(['score', '--detail', 'full'], input)).stdout);
    expect(full.result.breakdown).toHaveLength(4);
    expect((await lmsCli(['score', '--detail', 'most'], input)).code).toBe(EXIT.usage);
  });

  it('writes results while the input is still arriving (it streams)', async () => {
    const stdin = new PassThrough();
    const stdout = new Sink();
    const running = runCli(lms, ['score', '--from', 'csv'], { stdin, stdout, stderr: new Sink() });
    stdin.write(HEADER);
    for (let i = 0; i < 2000; i++) stdin.write(`p${i},12,yes,no,no\n`);
    await new Promise((r) => setTimeout(r, 50));
    const before = stdout.text.length;
    stdin.end(`last,<3,no,no,yes\n`);
    expect(await running).toBe(EXIT.ok);
    expect(before).toBeGreaterThan(0);
    expect(stdout.text.trimEnd().split('\r\n')).toHaveLength(2002);
  });

  it('validate prints a table on a terminal and the full JSON report elsewhere', async () => {
    const cohort = `id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy,time,event
a,<3,no,no,yes,70,0
b,>20,yes,yes,no,10,1
c,3-20,no,no,no,30,1
d,3-20,no,no,yes,65,0
e,12,,no,no,12,1
`;
    const table = await lmsCli(['validate', '--bootstrap', '20'], cohort, { tty: true });
    expect(table.code).toBe(EXIT.ok);
    expect(table.stdout).toContain('Rows: 5 received, 4 used, 1 excluded');
    expect(table.stdout).toMatch(/row 5 \(id e\): incomplete_input: Unknown: vascularInvasion/);
    const json = await lmsCli(['validate', '--bootstrap', '20'], cohort);
    const report = JSON.parse(json.stdout);
    expect(report.rows).toMatchObject({ received: 5, used: 4 });
    expect(report.bootstrap).toEqual({ replicates: 20, seed: 20250101 });
    expect(report.model).toEqual(lms.stamp);
  });

  it('model prints the definition with every provenance mark and the hash', async () => {
    const { code, stdout } = await lmsCli(['model']);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify({ ...lms.definition, hash: lms.stamp.hash })));
  });
});
