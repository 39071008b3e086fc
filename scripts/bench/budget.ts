// Every budget line of `npm run bench` goes through here, so that the run can end with a verdict
// and exit non-zero when any line is over.

interface Verdict {
  readonly name: string;
  readonly ok: boolean;
  readonly text: string;
}

const verdicts: Verdict[] = [];

/** The middle value (the upper one of an even count), as every bench line reports it. */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Records and returns the verdict for one measured figure against its limit.
 *
 * @example
 * console.log(`  bundle ${kb} KB gzip ${budget('bundle gzip KB', kb, '<=', 20)}`); // "... ok (<= 20)"
 */
export function budget(name: string, measured: number, comparison: '<=' | '>=', limit: number): string {
  const ok = comparison === '<=' ? measured <= limit : measured >= limit;
  const target = `(target ${comparison} ${limit})`;
  verdicts.push({ name, ok, text: `${name}: ${Number(measured.toPrecision(4))} ${target}` });
  return `${ok ? 'ok' : 'OVER'} ${target}`;
}

/** Prints the budgets that were missed and sets the exit code; true when all were met. */
export function reportBudgets(): boolean {
  const over = verdicts.filter((v) => !v.ok);
  console.log(`\nBudgets: ${verdicts.length - over.length} of ${verdicts.length} met.`);
  for (const v of over) console.log(`  OVER ${v.text}`);
  if (over.length) process.exitCode = 1;
  return over.length === 0;
}
