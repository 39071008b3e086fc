// Child of the batch memory bench: builds a 10,000-row body (CSV or JSON), then, unless told only
// to build it, sends it once through the Worker app in this process and reads the whole answer.
import app from '../../worker/index.ts';
import { batchBodies } from './batch-bodies.ts';

const [kind, mode] = process.argv.slice(2) as ['csv' | 'json', 'build' | 'request'];
const body = batchBodies()[kind];
if (mode === 'request') {
  const allow = { limit: async () => ({ success: true }) };
  const env = { SCORE_LIMITER: allow, BATCH_LIMITER: allow, ASSETS: { fetch: async () => new Response('') } };
  const type = kind === 'csv' ? 'text/csv' : 'application/json';
  const response = await app.fetch(
    new Request('http://bench/v1/lms/score/batch', {
      method: 'POST',
      body,
      headers: { 'content-type': type, accept: type },
    }),
    env,
  );
  if (response.status !== 200) throw new Error(`batch answered ${response.status}`);
  // The client's side is not the Worker's: read the answer as a client would, without keeping it.
  let bytes = 0;
  for await (const chunk of response.body!) bytes += chunk.byteLength;
  process.stdout.write(String(bytes));
} else process.stdout.write(String(body.length));
