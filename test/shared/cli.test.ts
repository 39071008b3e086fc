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

  it('validate refuses a CSV without time and event, naming both, and exits 1 (rows are not all excluded)', async () => {
    const { code, stdout, stderr } = await lmsCli(['validate', '--bootstrap', '0'], `${HEADER}p1,12,yes,no,no\n`);
    expect(code).toBe(EXIT.rowErrors);
    expect(stdout).toBe('');
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^lms: The header has no time column: follow-up/),
      expect.stringMatching(/^lms: The header has no event column: 1 when the outcome happened/),
    ]);
    const unknown = await lmsCli(['validate'], 'ki67,followUp,event\n12,30,1\n');
    expect(unknown.code).toBe(EXIT.rowErrors);
    expect(unknown.stderr).toContain('Columns are: id, time, event, ki67,');
  });

  it('validate says why a group has no observed risk: no patients, or where its follow-up ends', async () => {
    const cohort = `id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy,time,event
a,<3,no,no,yes,12,1
b,<3,no,no,yes,40,0
c,>20,yes,yes,no,10,1
d,>20,yes,yes,no,20,1
`;
    const { code, stdout } = await lmsCli(['validate', '--bootstrap', '0'], cohort, { tty: true });
    expect(code).toBe(EXIT.ok);
    const row = (group: string) => stdout.split('\n').find((l) => l.startsWith(`${group} `))!;
    expect(row('low')).toContain('follow-up ends at 40 months');
    expect(row('intermediate')).toContain('no patients');
    expect(row('high')).toMatch(/100\.0% \(no CI\)\s+49\.7%\s+2\.01$/);
    expect(stdout).not.toContain('too short');
  });

  describe('on a terminal, text from the input never acts on the terminal', () => {
    // Escape sequences a shared CSV could carry: window title (OSC 0), clear screen (CSI 2J), a
    // clipboard write (OSC 52), the one-character C1 CSI, a right-to-left override, a line feed.
    const TITLE = '\u001b]0;pwned\u0007';
    const CLEAR = '\u001b[2J';
    const CLIPBOARD = '\u001b]52;c;ZXZpbA==\u0007';
    const C1_CSI = '\u009b31m';
    const hostileId = `x${TITLE}${CLEAR}${CLIPBOARD}${C1_CSI}\u202e\nC-index 0.999`;
    const VISIBLE = ['\\u001b]0;pwned\\u0007', '\\u001b[2J', '\\u001b]52;c;ZXZpbA==\\u0007', '\\u009b31m', '\\u202e'];
    /** A raw control, bidi control or lone surrogate: none may reach a terminal, beyond the output's own line ends. */
    const RAW =
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
      /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    const csvField = (text: string) => `"${text.replace(/"/g, '""')}"`;
    const cohort = `id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy,time,event
a,<3,no,no,yes,70,0
b,>20,yes,yes,no,10,1
${csvField(hostileId)},${csvField(`9${C1_CSI}`)},no,no,no,30,1
`;

    it('validate escapes ids and messages in the table, and keeps its own lines', async () => {
      const { code, stdout } = await lmsCli(['validate', '--bootstrap', '0'], cohort, { tty: true });
      expect(code).toBe(EXIT.ok);
      expect(stdout.replace(/\n/g, '')).not.toMatch(RAW);
      for (const shown of VISIBLE) expect(stdout).toContain(shown);
      expect(stdout).toContain('\\u000aC-index 0.999'); // the id's line feed starts no line of its own
      expect(stdout.split('\n').filter((line) => line.startsWith('C-index 0.999'))).toEqual([]);
      expect(stdout).toMatch(/row 3 \(id x.*\): invalid_input: .*\\u009b31m/);
    });

    it('validate escapes a lone surrogate from a JSON Lines id', async () => {
      const rows = '{"id":"a\\ud800b","ki67":"<3","time":5,"event":1}\n';
      const { stdout } = await lmsCli(['validate', '--bootstrap', '0'], rows, { tty: true });
      expect(stdout).toContain('(id a\\ud800b)');
      expect(stdout.replace(/\n/g, '')).not.toMatch(RAW);
    });

    it('validate --format json escapes on a terminal into the same data, and gives the data as is to a pipe', async () => {
      const tty = await lmsCli(['validate', '--bootstrap', '0', '--format', 'json'], cohort, { tty: true });
      expect(tty.stdout.replace(/\n/g, '')).not.toMatch(RAW);
      const piped = await lmsCli(['validate', '--bootstrap', '0', '--format', 'json'], cohort);
      expect(piped.stdout).toContain(C1_CSI); // JSON escapes C0 itself; the rest is the data
      expect(JSON.parse(tty.stdout)).toEqual(JSON.parse(piped.stdout));
      expect(JSON.parse(piped.stdout).rows.excluded[0].id).toBe(hostileId);
    });

    it('score escapes each line of its CSV on a terminal, keeping the record ends, and not in a pipe', async () => {
      const input = `${HEADER}${csvField(hostileId)},12,yes,no,no\n`;
      const tty = await lmsCli(['score'], input, { tty: true });
      const lines = tty.stdout.split('\r\n');
      expect(lines).toHaveLength(3);
      expect(lines.join('')).not.toMatch(RAW);
      for (const shown of VISIBLE) expect(lines[1]).toContain(shown);
      const piped = await lmsCli(['score'], input);
      expect(piped.stdout).toContain(csvField(hostileId)); // the data, as is
      const jsonl = await lmsCli(['score', '--to', 'jsonl'], input, { tty: true });
      expect(jsonl.stdout.replace(/\n$/, '')).not.toMatch(RAW);
      expect(JSON.parse(jsonl.stdout).id).toBe(hostileId);
    });

    it('messages on stderr escape what they quote: column names, arguments, file names', async () => {
      const header = await lmsCli(['score'], `id,${csvField(`k${CLEAR}`)},${csvField(`k${CLEAR}`)}\n1,2,3\n`);
      expect(header.stderr).toContain('Column k\\u001b[2J appears more than once');
      const command = await lmsCli([`score${TITLE}`]);
      expect(command.stderr).toContain('Unknown command "score\\u001b]0;pwned\\u0007"');
      const file = await lmsCli(['score', `/no/such/${CLIPBOARD}\n.csv`]);
      expect(file.stderr).toContain('\\u001b]52;c;ZXZpbA==\\u0007\\u000a.csv');
      for (const { stderr } of [header, command, file]) expect(stderr.replace(/\n/g, '')).not.toMatch(RAW);
      expect(command.stderr.split('\n')).toHaveLength(3); // its message, the hint, the final line end
    });
  });

  it('model prints the definition with every provenance mark and the hash', async () => {
    const { code, stdout } = await lmsCli(['model']);
    expect(code).toBe(EXIT.ok);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify({ ...lms.definition, hash: lms.stamp.hash })));
  });
});
