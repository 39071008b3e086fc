// Batch budget: a 10,000-row batch in one request <= 1.5x the I/O floor, a route of the same Worker
// (worker-with-noop-limiter.ts, /bench/bare-batch) that reads the same body and answers the same
// bytes, CSV and JSON alike: the two posted side by side in alternating order, the verdict the
// median of the per-pair ratios.
import { batchBodies } from './batch-bodies.ts';
import { budget, median } from './budget.ts';

/** Pairs of batch posts (the batch route and its floor). */
const BATCH_ROUNDS = 15;

/** Measures against the Worker at `base`; returns the function that prints the lines. */
export async function benchBatch(base: string): Promise<() => void> {
  const bodies = batchBodies();
  const batchMs = { csv: [] as number[], json: [] as number[], csvBare: [] as number[], jsonBare: [] as number[] };
  const answerBytes = { csv: 0, json: 0 };
  const post = async (kind: 'csv' | 'json', bare: boolean) => {
    const type = kind === 'csv' ? 'text/csv' : 'application/json';
    const url = bare ? `${base}/bench/bare-batch?type=${kind}` : `${base}/v1/lms/score/batch`;
    const t = performance.now();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': type, accept: type },
      body: bodies[kind],
    });
    const text = await res.text();
    const ms = performance.now() - t;
    if (res.status !== 200) throw new Error(`${kind} ${bare ? 'bare ' : ''}batch failed: ${res.status}`);
    if (!bare) {
      const rows =
        kind === 'csv' ? text.split('\r\n').length - 2 : (JSON.parse(text) as { results: unknown[] }).results.length;
      if (rows !== 10_000) throw new Error(`${kind} batch answered ${rows} rows`);
      if (!answerBytes[kind]) {
        // The floor's answer: these very bytes.
        const left = await fetch(`${base}/bench/bare-batch-answer?type=${kind}`, { method: 'POST', body: text });
        if (left.status !== 204) throw new Error(`the floor took no answer: ${left.status}`);
      }
      answerBytes[kind] = Buffer.byteLength(text);
    } else if (Buffer.byteLength(text) !== answerBytes[kind])
      throw new Error(`bare ${kind} answered ${text.length} bytes`);
    return ms;
  };
  for (const kind of ['csv', 'json'] as const) await post(kind, false); // the floor's answers; warms up
  for (let i = 0; i < BATCH_ROUNDS; i++) {
    for (const kind of ['csv', 'json'] as const) {
      // The batch and its floor side by side, in alternating order.
      for (const bare of i % 2 ? [true, false] : [false, true])
        batchMs[bare ? (`${kind}Bare` as const) : kind].push(await post(kind, bare));
    }
  }
  return () => {
    console.log(
      `\nBatch: 10,000 rows in one request against the I/O floor (a route of the same Worker that reads the same body and answers the same bytes), ${BATCH_ROUNDS} alternating rounds`,
    );
    for (const kind of ['csv', 'json'] as const) {
      const ratio = median(batchMs[kind].map((ms, i) => ms / batchMs[`${kind}Bare`][i]!));
      console.log(
        `  ${kind.toUpperCase()} in, ${kind.toUpperCase()} out (${(answerBytes[kind] / 1e6).toFixed(2)} MB): ${median(batchMs[kind]).toFixed(1)} ms, the floor ${median(batchMs[`${kind}Bare`]).toFixed(1)} ms: ${ratio.toFixed(2)}x ${budget(`batch 10,000 ${kind} rows vs the I/O floor`, ratio, '<=', 1.5)}`,
      );
    }
  };
}
