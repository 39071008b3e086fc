// Child of the batch memory bench: builds a 10,000-row body (CSV or JSON), then, unless told only
// to build it, sends it through the Worker app in this process as `concurrent` requests at once
// (each with its own copy of the body, as each would arrive) and reads every answer whole.
import app from '../../worker/api/index.ts';
import { batchBodies } from './batch-bodies.ts';

const [kind, mode, concurrent] = process.argv.slice(2) as ['csv' | 'json', 'build' | 'request', string];
const body = batchBodies()[kind];
if (mode === 'request') {
  const allow = { limit: async () => ({ success: true }) };
  const env = { SCORE_LIMITER: allow, BATCH_LIMITER: allow, ASSETS: { fetch: async () => new Response('') } };
  const type = kind === 'csv' ? 'text/csv' : 'application/json';
  const once = async () => {
    const response = await app.fetch(
      new Request('http://bench/v1/lms/score/batch', {
        method: 'POST',
        body,
        // As it arrives from a client: fetch() and curl declare a string body's length.
        headers: { 'content-type': type, accept: type, 'content-length': String(Buffer.byteLength(body)) },
      }),
      env,
    );
    if (response.status !== 200) throw new Error(`batch answered ${response.status}`);
    // The client's side is not the Worker's: read the answer as a client would, without keeping it.
    let bytes = 0;
    for await (const chunk of response.body!) bytes += chunk.byteLength;
    return bytes;
  };
  const sizes = await Promise.all(Array.from({ length: Number(concurrent) }, once));
  process.stdout.write(String(sizes.reduce((a, b) => a + b, 0)));
} else process.stdout.write(String(body.length));
