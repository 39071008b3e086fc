import { spawnSync } from 'node:child_process';
import { budget } from './budget.ts';

/** Whether batch-once.ts finishes with V8's old space capped at `mib` (the young generation kept at 1 MiB). */
const fits = (kind: 'csv' | 'json', mode: 'build' | 'request', mib: number): boolean =>
  spawnSync(
    process.execPath,
    [`--max-old-space-size=${mib}`, '--max-semi-space-size=1', 'scripts/bench/batch-once.ts', kind, mode],
    { stdio: 'ignore' },
  ).status === 0;

/** The smallest old-space cap, in MiB, at which the child finishes. */
function smallestCap(kind: 'csv' | 'json', mode: 'build' | 'request'): number {
  let lo = 1;
  let hi = 256;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(kind, mode, mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Peak memory of a 10,000-row batch beside its body: the smallest old space in which a process
 * builds the body and sends it through the Worker app, minus the smallest in which it only builds
 * the body (so the body itself and Node's own heap are not counted), within 1 MiB.
 */
export function benchBatchMemory(bodies: { csv: string; json: string }): void {
  console.log('\nBatch memory: 10,000 rows through the Worker app in Node (old space cap search, 1 MiB steps)');
  for (const kind of ['csv', 'json'] as const) {
    const bodyMiB = Buffer.byteLength(bodies[kind]) / 2 ** 20;
    const extra = smallestCap(kind, 'request') - smallestCap(kind, 'build');
    const ratio = extra / bodyMiB;
    // 1 MiB is the search's step, and about V8's floor for any request: a body under 0.25 MiB
    // cannot show 4x or less here, however lean the request.
    const floor = extra <= 1 ? ' (at the search step of 1 MiB)' : '';
    console.log(
      `  ${kind.toUpperCase()}: body ${bodyMiB.toFixed(2)} MiB, the request needs ${extra} MiB more${floor}: ${ratio.toFixed(1)}x the body ${budget(`batch ${kind} peak memory / body`, ratio, '<=', 4)}`,
    );
  }
}
