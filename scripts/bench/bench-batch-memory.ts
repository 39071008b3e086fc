import { spawnSync } from 'node:child_process';
import { budget } from './budget.ts';

/** Requests in flight at once: the search steps by 1 MiB, so n requests divide that step by n. */
const CONCURRENT = 16;

/** Whether batch-once.ts finishes with V8's old space capped at `mib` (the young generation kept at 1 MiB). */
const fits = (kind: 'csv' | 'json', mode: 'build' | 'request', mib: number): boolean =>
  spawnSync(
    process.execPath,
    [
      `--max-old-space-size=${mib}`,
      '--max-semi-space-size=1',
      'scripts/bench/batch-once.ts',
      kind,
      mode,
      String(CONCURRENT),
    ],
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
 * builds the body and sends it through the Worker app as CONCURRENT requests at once, minus the
 * smallest in which it only builds the body (so the body string and Node's own heap are not
 * counted), divided by CONCURRENT: within 1/CONCURRENT MiB a request.
 */
export function benchBatchMemory(bodies: { csv: string; json: string }): void {
  console.log(
    `\nBatch memory: 10,000 rows through the Worker app in Node, ${CONCURRENT} requests at once (old space cap search, 1 MiB steps)`,
  );
  for (const kind of ['csv', 'json'] as const) {
    const bodyMiB = Buffer.byteLength(bodies[kind]) / 2 ** 20;
    const extra = smallestCap(kind, 'request') - smallestCap(kind, 'build');
    const perRequest = extra / CONCURRENT;
    const ratio = perRequest / bodyMiB;
    console.log(
      `  ${kind.toUpperCase()}: body ${bodyMiB.toFixed(2)} MiB; ${CONCURRENT} requests need ${extra} MiB more, ${perRequest.toFixed(2)} MiB each: ${ratio.toFixed(1)}x the body ${budget(`batch ${kind} peak memory / body`, ratio, '<=', 4)}`,
    );
  }
}
