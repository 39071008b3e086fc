import type { Readable, Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import type { Scorer } from '../create-scorer.ts';
import type { ModelDefinition } from '../model-definition.ts';
import pkg from '../package.json' with { type: 'json' };
import type { BatchDetail } from '../score-row.ts';
import { BOOTSTRAP_LIMITS, TIME_UNITS, type TimeUnit } from '../validate-cohort.ts';
import { helpText } from './help-text.ts';
import { scoreCommand } from './score-command.ts';
import { terminalText } from './terminal-text.ts';
import { openInput, type RowFormat } from './text-io.ts';
import { validateCommand } from './validate-command.ts';
import { validationTable } from './validation-table.ts';

export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable;
}

/** Exit codes, as `--help` states them. */
export const EXIT = { ok: 0, rowErrors: 1, usage: 2 } as const;

class UsageError extends Error {}

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  detail: { type: 'string' },
  'time-unit': { type: 'string' },
  bootstrap: { type: 'string' },
  seed: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;
/** Which options each command takes; any other is a usage error rather than silently ignored. */
const TAKES: Record<string, readonly string[]> = {
  score: ['from', 'to', 'detail'],
  validate: ['from', 'time-unit', 'bootstrap', 'seed', 'format'],
  model: [],
};

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got "${value}".`);
}

function whole(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (/^\d{1,10}$/.test(value) && Number(value) <= max) return Number(value);
  throw new UsageError(`--${name} must be a whole number from 0 to ${max}; got "${value}".`);
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];
const say = (stream: Writable, text: string) => stream.write(text.endsWith('\n') ? text : `${text}\n`);
/**
 * One line of stderr. Messages quote the input (column names, values, arguments, file names) and
 * stderr is a terminal even when stdout is piped, so each is escaped (terminalText): a control
 * character in one cannot act on the terminal, nor a line break in one add a line of its own.
 */
const complaint = (message: string) => `lms: ${terminalText(message)}`;
const refuse = (io: CliIo, messages: readonly string[]) => {
  say(io.stderr, messages.map(complaint).join('\n'));
  return EXIT.rowErrors;
};
/**
 * A JSON report as stdout gets it: on a terminal, line by line as terminalText shows it. JSON
 * escapes C0 controls but not DEL, C1 or bidi controls; it escapes line breaks in strings, so every
 * line end left is its own.
 */
const shown = (io: CliIo, json: string) => (io.stdout.isTTY ? json.split('\n').map(terminalText).join('\n') : json);

async function score(scorer: Scorer<ModelDefinition>, path: string, values: Values, io: CliIo): Promise<number> {
  const from = oneOf<RowFormat>('from', values.from, ['csv', 'jsonl']);
  const wanted = oneOf<RowFormat>('to', values.to, ['csv', 'jsonl']);
  const detail = oneOf<BatchDetail>('detail', values.detail, ['summary', 'full']) ?? 'summary';
  const input = await openInput(path, from, io.stdin);
  const to = wanted ?? input.from;
  if (to === 'csv' && input.from === 'jsonl') throw new UsageError('--to csv needs CSV input: its columns are echoed.');
  const terminal = io.stdout.isTTY === true;
  const outcome = await scoreCommand(scorer, { input, to, detail, stdout: io.stdout, terminal });
  if ('refused' in outcome) return refuse(io, outcome.refused);
  if (outcome.errors === 0) return EXIT.ok;
  say(
    io.stderr,
    complaint(`${outcome.errors} of ${outcome.rows} rows had errors; each is in the output with its message.`),
  );
  return EXIT.rowErrors;
}

async function validate(scorer: Scorer<ModelDefinition>, path: string, values: Values, io: CliIo): Promise<number> {
  const from = oneOf<RowFormat>('from', values.from, ['csv', 'jsonl']);
  const units = Object.keys(TIME_UNITS) as TimeUnit[];
  const timeUnit = oneOf('time-unit', values['time-unit'], units) ?? 'months';
  const bootstrap = whole('bootstrap', values.bootstrap, BOOTSTRAP_LIMITS.default, BOOTSTRAP_LIMITS.max);
  const seed = whole('seed', values.seed, BOOTSTRAP_LIMITS.defaultSeed, 2 ** 32 - 1);
  const format = oneOf('format', values.format, ['table', 'json']) ?? (io.stdout.isTTY ? 'table' : 'json');
  const input = await openInput(path, from, io.stdin);
  const report = await validateCommand(scorer, { input, bootstrap, seed, timeUnit });
  if ('refused' in report) return refuse(io, report.refused);
  say(io.stdout, format === 'json' ? shown(io, JSON.stringify(report, null, 2)) : validationTable(report));
  return EXIT.ok;
}

/**
 * Runs `lms` with the arguments after the program name; resolves to the exit code. Everything
 * goes through `io`, so tests run it on in-memory streams.
 *
 * @example
 * process.exitCode = await runCli(lms, process.argv.slice(2), process);
 */
export async function runCli(scorer: Scorer<ModelDefinition>, args: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true });
    const [command, path = '-', ...extra] = positionals;
    if (values.help) {
      say(io.stdout, helpText(scorer.definition));
      return EXIT.ok;
    }
    if (values.version) {
      const { id, version, hash } = scorer.stamp;
      say(io.stdout, `${pkg.name} ${pkg.version} (model ${id} ${version}, hash ${hash})`);
      return EXIT.ok;
    }
    if (command === undefined) throw new UsageError('Name a command: score, validate or model.');
    const takes = Object.hasOwn(TAKES, command) ? TAKES[command] : undefined;
    if (!takes) throw new UsageError(`Unknown command "${command}".`);
    const stray = Object.keys(values).find((name) => !takes.includes(name));
    if (stray) throw new UsageError(`${command} takes no --${stray}.`);
    const arity = command === 'model' ? 1 : 2;
    if (positionals.length > arity || extra.length)
      throw new UsageError(`Too many arguments: ${positionals.slice(arity).join(' ')}.`);
    if (command === 'score') return await score(scorer, path, values, io);
    if (command === 'validate') return await validate(scorer, path, values, io);
    say(io.stdout, JSON.stringify({ ...scorer.definition, hash: scorer.stamp.hash }, null, 2));
    return EXIT.ok;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (error instanceof UsageError || code?.startsWith('ERR_PARSE_ARGS')) {
      say(io.stderr, `${complaint((error as Error).message)}\nRun "lms --help" for usage.`);
      return EXIT.usage;
    }
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
      say(io.stderr, complaint(`cannot read the input: ${(error as Error).message}`));
      return EXIT.usage;
    }
    throw error;
  }
}
