import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helpText } from '../../shared/cli/help-text.ts';
import { lms } from '../../shared/lms.ts';
import { docExamples } from './doc-examples.ts';
import { runExamples } from './run-examples.ts';

// The command line's reference page (it was the README's npm section).
const page = readFileSync('docs/cli.md', 'utf8');

describe("the command line's docs page", () => {
  it('quotes `lms --help` exactly as the command prints it', () => {
    const block = page.match(/```text\n\$ lms --help\n([\s\S]*?)```/);
    expect(block?.[1]).toBe(helpText(lms.definition));
  });

  it("and both package READMEs state the model's current version and hash", () => {
    for (const file of ['shared/README.md', 'widget/README.md'])
      expect(readFileSync(file, 'utf8'), file).toContain(
        `**${lms.stamp.id} ${lms.stamp.version}**, content hash \`${lms.stamp.hash}\``,
      );
  });
});

// Every command-line and cohort (batch, validate) example of the README and the docs, run as
// written from the repo's root, on the sample files in examples/ (run-examples.ts says how).
const DOCS = ['README.md', 'docs/cli.md', 'docs/validation.md', 'docs/api.md'];
const examples = docExamples(DOCS);

describe('the cohort examples in the README and the docs', { timeout: 120_000 }, () => {
  it('are found: the lms commands and the curl calls to the batch and validate routes', () => {
    expect(examples.filter((e) => e.kind === 'lms').length).toBeGreaterThanOrEqual(8);
    expect(examples.filter((e) => e.kind === 'curl').length).toBeGreaterThanOrEqual(3);
    for (const file of DOCS.slice(0, 3)) expect(examples.some((e) => e.file === file)).toBe(true);
  });

  it('read the sample files in examples/ (or none, as lms model)', () => {
    for (const e of examples)
      expect(e.command, e.file).toMatch(
        e.kind === 'curl' ? /@examples\/(cohort|outcomes)\.csv/ : /examples\/|lms model/,
      );
  });

  it('each run as written and answer: exit 0, and the file or the output they promise', async () => {
    const runs = await runExamples(examples);
    for (const run of runs) {
      const where = `${run.example.file}: ${run.example.command}\n${run.stderr}`;
      expect(run.code, where).toBe(0);
      expect(run.output.length, where).toBeGreaterThan(0);
      expect(run.output, where).not.toContain('/docs#problem'); // no problem+json from the API
    }
    const validate = runs.find((r) => r.example.kind === 'curl' && r.example.command.includes('/validate'))!;
    expect(JSON.parse(validate.output).rows).toMatchObject({ received: 60, used: 59 });
    const cli = runs.find((r) => /^lms validate examples\/outcomes\.csv$/.test(r.example.command))!;
    expect(JSON.parse(cli.output).rows).toMatchObject({ received: 60, used: 59 }); // JSON when not a terminal
    const batch = runs.find((r) => r.example.kind === 'curl' && r.example.command.includes('/score/batch'))!;
    expect(batch.output.split('\r\n')[0]).toMatch(/^id,ki67,.*,points,pointsMin,pointsMax,riskGroup,/);
    expect(batch.output.trimEnd().split('\r\n')).toHaveLength(9); // the header and every row of examples/cohort.csv
  });

  it('and so do the examples in lms --help, beside copies of the sample files', async () => {
    const block = helpText(lms.definition).split('Examples')[1]!;
    const help = [...block.matchAll(/^ {2}(lms .*)$/gm)].map((m) => ({
      file: 'lms --help',
      kind: 'lms' as const,
      command: m[1]!,
    }));
    expect(help).toHaveLength(3);
    for (const run of await runExamples(help)) {
      expect(run.code, `${run.example.command}\n${run.stderr}`).toBe(0);
      expect(run.output.length).toBeGreaterThan(0);
    }
  });

  it('can tell: a validate example on the scoring file is refused, naming time and event', async () => {
    const [run] = await runExamples([{ file: 'test', kind: 'lms', command: 'lms validate examples/cohort.csv' }]);
    expect(run!.code).toBe(1);
    expect(run!.stderr).toContain('The header has no time column');
    expect(run!.stderr).toContain('The header has no event column');
  });
});
