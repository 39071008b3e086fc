// Validation budgets (issue: validate the score on your own cohort), relative to R: `lms validate`
// on a 10,000-row cohort file, with 1,000 bootstrap replicates and with point estimates alone, is
// no slower than R's survival package doing the same on the same file in the same run
// (validate-in-r.R), when Rscript is installed. And on the /validate page in Chromium, no long task
// while it analyses (validation-long-tasks.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BOOTSTRAP_LIMITS } from '@lms-score/core/validate';
import { budget, median } from './budget.ts';
import { cohortCsv, modelForR } from './validation-cohort.ts';

export { benchValidationInBrowser } from './validation-long-tasks.ts';

const ROWS = 10_000;
const RUNS = 3;
const SEED = BOOTSTRAP_LIMITS.defaultSeed;

/** Wall time of one process, in ms, and what it printed; throws when it fails. */
function timed(command: string, args: readonly string[]): { ms: number; stdout: string } {
  const start = performance.now();
  const done = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (done.error) throw done.error;
  if (done.status !== 0) throw new Error(done.stderr.trim().split('\n').slice(-3).join(' ') || `exit ${done.status}`);
  return { ms, stdout: done.stdout };
}

/** The packed CLI (dist/packages/core/cli.js) validating `file`: wall ms and its C-indexes. */
function lmsValidate(file: string, bootstrap: number) {
  const cli = ['dist/packages/core/cli.js', 'validate', file, '--format', 'json'];
  const { ms, stdout } = timed(process.execPath, [...cli, '--bootstrap', String(bootstrap), '--seed', String(SEED)]);
  const report = JSON.parse(stdout) as { cIndex: { value: number }; cIndexRelativeHazard: { value: number } };
  return { ms, cIndex: report.cIndex.value, cIndexRelativeHazard: report.cIndexRelativeHazard.value };
}

/** validate-in-r.R on `file`: wall ms of the whole Rscript run, and what it measured inside. */
function rValidate(file: string, bootstrap: number) {
  const { factors, groups } = modelForR();
  const args = ['scripts/bench/validate-in-r.R', file, String(bootstrap), String(SEED), factors, groups];
  const { ms, stdout } = timed('Rscript', args);
  return { ms, ...(JSON.parse(stdout) as { point: number; bootstrap: number; cIndex: number }) };
}

/** Why R cannot be compared with here, or null when Rscript and survival are installed. */
function rMissing(): string | null {
  const r = spawnSync('Rscript', ['-e', 'suppressPackageStartupMessages(library(survival))'], { encoding: 'utf8' });
  if (r.error) return `Rscript is not on PATH (${(r.error as NodeJS.ErrnoException).code})`;
  if (r.status !== 0) return `R's survival package does not load (${r.stderr.trim().split('\n').pop()})`;
  return null;
}

const ms = (n: number) => `${Math.round(n).toLocaleString('en')} ms`;

/**
 * `lms validate` against R on one 10,000-row file, medians of 3 runs each, both timed as whole
 * processes (start-up, reading the file, the analysis): with 1,000 replicates and with none.
 */
export function benchValidation(): void {
  const dir = mkdtempSync(join(tmpdir(), 'lms-bench-validate-'));
  try {
    const file = join(dir, 'cohort.csv');
    writeFileSync(file, cohortCsv(ROWS));
    console.log(
      `\nlms validate on a ${ROWS.toLocaleString('en')}-row cohort file, against R's survival (medians of ${RUNS} runs)`,
    );
    let missing = rMissing();
    if (missing) console.log(`  R lines skipped: ${missing}. Install R and its survival package to compare.`);
    for (const [label, bootstrap] of [
      ['1,000 bootstrap replicates', 1000],
      ['point estimates (no bootstrap)', 0],
    ] as const) {
      const ours = Array.from({ length: RUNS }, () => lmsValidate(file, bootstrap));
      const mine = median(ours.map((r) => r.ms));
      let theirs: ReturnType<typeof rValidate>[] = [];
      try {
        if (!missing) theirs = Array.from({ length: RUNS }, () => rValidate(file, bootstrap));
      } catch (error) {
        missing = `validate-in-r.R failed: ${(error as Error).message}`;
        console.log(`  R lines skipped: ${missing}`);
      }
      if (missing) {
        console.log(`  ${label}: lms validate ${ms(mine)}; R not measured`);
        continue;
      }
      const r = median(theirs.map((x) => x.ms));
      const ratio = mine / r;
      // The core's C-index is R's (test/vectors/survival); R prints 9 decimals.
      const same = Math.abs(ours[0]!.cIndex - theirs[0]!.cIndex) < 1e-8 ? 'same C-index' : 'C-INDEX DIFFERS';
      console.log(
        `  ${label}: lms validate ${ms(mine)}, R ${ms(r)} (inside R: ${ms(1000 * median(theirs.map((x) => x.point + x.bootstrap)))}), ${ratio.toFixed(2)}x R, ${same} ${budget(`lms validate ${label} / R survival (x)`, ratio, '<=', 1)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
