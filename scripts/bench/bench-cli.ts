import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvRow } from '@lms-score/core/csv';
import { budget, median } from './budget.ts';

const RUNS = 3;
const LEVELS = ['<3', '12', '>20', '', '2.5'];
const YES_NO = ['yes', 'no', ''];

function cohort(rows: number): string {
  const parts = [csvRow(['id', 'ki67', 'vascularInvasion', 'lymphNodeMetastasis', 'adjuvantTherapy'])];
  for (let i = 0; i < rows; i++)
    parts.push(csvRow([`p${i}`, LEVELS[i % 5], YES_NO[i % 3], YES_NO[(i >> 2) % 3], YES_NO[(i >> 4) % 3]]));
  return parts.join('');
}

/** One run of the packed CLI (dist/packages/core/cli.js) on `file`, output discarded: seconds and peak RSS. */
function runCli(file: string, flags: readonly string[] = []): { seconds: number; rssMiB: number } {
  const start = performance.now();
  const done = spawnSync(
    process.execPath,
    [...flags, '--import', './scripts/bench/report-max-rss.ts', 'dist/packages/core/cli.js', 'score', file],
    { stdio: ['ignore', openSync('/dev/null', 'w'), 'pipe'], encoding: 'utf8' },
  );
  const seconds = (performance.now() - start) / 1000;
  const rss = done.stderr.match(/maxrss-kib (\d+)/);
  if (done.status !== 0 || !rss) throw new Error(`lms score failed: ${done.stderr}`);
  return { seconds, rssMiB: Number(rss[1]) / 1024 };
}

/** Old space a run may use in the memory check: far less than one file's text (20 MB per 1M rows). */
const OLD_SPACE_CAP_MIB = 32;

/**
 * `lms score` on 1,000,000 and 3,000,000 rows: throughput and peak RSS. Memory is flat when the
 * 3,000,000-row run finishes with V8's old space capped at 32 MiB (a CLI that held the 60 MB file
 * or its rows would die out of memory). Peak RSS is mostly V8's young generation, which grows to its
 * cap within a second of any allocation-heavy run, so it is reported beside, not budgeted.
 */
export function benchCli(): void {
  const dir = mkdtempSync(join(tmpdir(), 'lms-bench-cli-'));
  try {
    const sizes = [1_000_000, 3_000_000] as const;
    const files = sizes.map((rows) => {
      const file = join(dir, `${rows}.csv`);
      writeFileSync(file, cohort(rows));
      return file;
    });
    console.log(`\nlms score (the packed CLI; CSV in, CSV out to /dev/null; medians of ${RUNS} runs)`);
    sizes.forEach((rows, k) => {
      const runs = Array.from({ length: RUNS }, () => runCli(files[k]!));
      const perSecond = Math.round(rows / median(runs.map((r) => r.seconds))).toLocaleString('en');
      const peak = median(runs.map((r) => r.rssMiB)).toFixed(1);
      console.log(`  ${rows.toLocaleString('en')} rows: ${perSecond} rows/s, peak RSS ${peak} MiB`);
    });
    let capped = 0;
    try {
      capped = runCli(files[1]!, [`--max-old-space-size=${OLD_SPACE_CAP_MIB}`]).rssMiB;
    } catch {}
    const fits = capped > 0;
    console.log(
      `  3,000,000 rows with old space capped at ${OLD_SPACE_CAP_MIB} MiB: ${fits ? `finished (peak RSS ${capped.toFixed(1)} MiB)` : 'ran out of memory'} ${budget('lms score 3M rows within a 32 MiB old space (1 = yes)', fits ? 1 : 0, '>=', 1)}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
