// The EHR Worker where it meets hostile peers: a FHIR server that compresses a bomb or answers one
// byte at a time, nesting deep enough to break a recursive walk, replayed tokens, a trust list that
// must cover the FHIR routes too, and client text that a Markdown renderer could turn into a link.
import { env as workerEnv } from 'cloudflare:workers';
import { lms } from '@lms-score/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Env } from '../../worker/common/app-env.ts';
import { FHIR_ANSWER_BYTES } from '../../worker/ehr/cds/fhir-read.ts';
import { firstUse } from '../../worker/ehr/cds/replay-ledger.ts';
import { ehrApp } from '../../worker/ehr/ehr-app.ts';
import {
  ADJUVANT_CODES,
  bundle,
  cdsClient,
  fhirAccess,
  hookRequest,
  observation,
  observationsFor,
  prefetchFor,
} from './cds-fixtures.ts';

const ORIGIN = 'http://lms.test';
const FHIR = 'https://ehr.example/fhir';
const allow = { limit: async () => ({ success: true }) };
const KI67 = { system: 'http://loinc.org', code: '29593-1' };
/** An open service (no trust list): the routes read input without a token. */
const open = { SCORE_LIMITER: allow, BATCH_LIMITER: allow } as unknown as Env;
const ki67Observation = () => observation(KI67, { valueQuantity: { value: 12, unit: '%' } });

let signer: (audience: string, claims?: object) => Promise<string>;
let env: Env;
beforeAll(async () => {
  const client = await cdsClient([FHIR]);
  env = {
    SCORE_LIMITER: allow,
    BATCH_LIMITER: allow,
    LMS_ADJUVANT_THERAPY_CODES: ADJUVANT_CODES,
    CDS_TRUSTED_CLIENTS: client.trusted,
    REPLAY_LEDGER: workerEnv.REPLAY_LEDGER,
  } as unknown as Env;
  signer = client.sign;
});

/** A CDS call with no prefetch from an authenticated client, so the service reads the FHIR server through `answer`. */
async function cdsCallReading(answer: () => Response, fhirReadMs?: number) {
  const app = ehrApp(lms, { fetch: (async () => answer()) as typeof fetch, ...(fhirReadMs ? { fhirReadMs } : {}) });
  const token = await signer(`${ORIGIN}/cds-services/lms`);
  const response = await app.request(
    `${ORIGIN}/cds-services/lms`,
    {
      method: 'POST',
      body: JSON.stringify(hookRequest(undefined, fhirAccess(FHIR))),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    },
    env,
  );
  return { status: response.status, body: (await response.json()) as { detail?: string; cards?: unknown[] } };
}

const gzip = (stream: ReadableStream<Uint8Array>) =>
  new Response(stream.pipeThrough<Uint8Array>(new CompressionStream('gzip') as never)).arrayBuffer();

/** `size` bytes of a JSON Bundle holding one Ki-67 Observation, padded with spaces, streamed. */
function paddedBundle(size: number): ReadableStream<Uint8Array> {
  const head = new TextEncoder().encode(JSON.stringify(bundle([ki67Observation()])).slice(0, -1));
  const spaces = new Uint8Array(64 * 1024).fill(32);
  let left = size - head.byteLength - 1;
  let started = false;
  return new ReadableStream({
    pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(head);
      } else if (left > 0) {
        const n = Math.min(left, spaces.byteLength);
        controller.enqueue(spaces.subarray(0, n));
        left -= n;
      } else {
        controller.enqueue(new TextEncoder().encode('}'));
        controller.close();
      }
    },
  });
}

describe('reading a FHIR server: the cap counts decompressed bytes, and the read has a deadline', () => {
  it('refuses a gzip answer that declares a small Content-Length but expands past the cap (412)', async () => {
    const compressed = await gzip(paddedBundle(40 * 1024 * 1024));
    expect(compressed.byteLength).toBeLessThan(FHIR_ANSWER_BYTES / 10);
    // What workerd's fetch hands over: the body decoded, the headers as the server sent them.
    const answer = () =>
      new Response(new Response(compressed).body!.pipeThrough(new DecompressionStream('gzip')), {
        headers: {
          'content-type': 'application/fhir+json',
          'content-encoding': 'gzip',
          'content-length': String(compressed.byteLength),
        },
      });
    const { status, body } = await cdsCallReading(answer);
    expect(status).toBe(412);
    expect(body.detail).toContain("the FHIR server was not read: The FHIR server's answer passed 2 MB.");
  });

  it('reads the same Bundle, gzip-encoded and under the cap, and scores it', async () => {
    const compressed = await gzip(paddedBundle(1024 * 1024));
    const answer = () =>
      new Response(new Response(compressed).body!.pipeThrough(new DecompressionStream('gzip')), {
        headers: { 'content-encoding': 'gzip', 'content-length': String(compressed.byteLength) },
      });
    const { status, body } = await cdsCallReading(answer);
    expect(status).toBe(200);
    expect(body.cards).toHaveLength(1);
  });

  it('gives up on a server that sends one byte at a time past the deadline, and says so (412)', async () => {
    let timer: ReturnType<typeof setInterval> | undefined;
    let cancelled = false;
    const trickle = () =>
      new Response(
        new ReadableStream<Uint8Array>({
          start(controller) {
            timer = setInterval(() => controller.enqueue(new Uint8Array([32])), 20);
          },
          cancel() {
            cancelled = true;
            clearInterval(timer);
          },
        }),
        { headers: { 'content-type': 'application/fhir+json' } },
      );
    const { status, body } = await cdsCallReading(trickle, 200);
    clearInterval(timer);
    expect(status).toBe(412);
    expect(body.detail).toContain('The FHIR server did not answer within 0.2 s.');
    expect(cancelled).toBe(true);
  });

  it('names the status of a server that refuses the search (412)', async () => {
    const { status, body } = await cdsCallReading(() => new Response('no', { status: 403 }));
    expect(status).toBe(412);
    expect(body.detail).toContain('The FHIR server answered 403 to the Observation search.');
  });
});

/** `[[[ … Observation … ]]]`, `depth` arrays deep, as JSON text (built without recursion). */
const nested = (depth: number, inner: object) => `${'['.repeat(depth)}${JSON.stringify(inner)}${']'.repeat(depth)}`;

describe('deep and wide nesting: no 500 from any input', () => {
  const app = ehrApp(lms);
  const postText = (path: string, text: string) =>
    app.request(
      `${ORIGIN}${path}`,
      { method: 'POST', body: text, headers: { 'content-type': 'application/json' } },
      open,
    );

  it.each([5_000, 200_000])('reads an Observation %i arrays deep in the prefetch', async (depth) => {
    const request = hookRequest({ ...prefetchFor({}), ki67: null });
    const text = JSON.stringify(request).replace('"ki67":null', `"ki67":${nested(depth, ki67Observation())}`);
    const response = await postText('/cds-services/lms', text);
    expect(response.status).toBe(200);
    const { cards } = (await response.json()) as { cards: { summary: string }[] };
    expect(cards[0]!.summary).toContain('LMS');
  });

  it.each([5_000, 200_000])('answers a Bundle %i arrays deep in its entry with 422, not 500', async (depth) => {
    const text = `{"resourceType":"Bundle","entry":${nested(depth, { resource: ki67Observation() })}}`;
    const response = await postText('/fhir/RiskAssessment/$lms', text);
    expect(response.status).toBe(422);
  });

  it('reads Bundles nested in Bundles 2,000 deep, and a Bundle 20,000 entries wide', async () => {
    let deep: object = bundle([ki67Observation()]);
    for (let i = 0; i < 2_000; i++) deep = bundle([deep]);
    const wide = bundle([
      ...Array.from({ length: 20_000 }, () => ({ resourceType: 'Patient' })),
      ...Object.values(
        observationsFor({ ki67: 12, vascularInvasion: true, lymphNodeMetastasis: false, adjuvantTherapy: true }),
      ).flat(),
    ]);
    for (const b of [deep, wide]) {
      const response = await postText('/fhir/RiskAssessment/$lms', JSON.stringify(b));
      expect(response.status).toBeLessThan(500);
    }
    const whole = await postText('/fhir/RiskAssessment/$lms', JSON.stringify(wide));
    expect(whole.status).toBe(200);
  });
});

describe('tokens: each jti once across isolates, and a trust list covers every route with patient data', () => {
  const app = ehrApp(lms);
  const call = (path: string, token: string | null, body: unknown) =>
    app.request(
      `${ORIGIN}${path}`,
      {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      env,
    );
  const parameters = { resourceType: 'Parameters', parameter: [{ name: 'ki67', valueDecimal: 25 }] };
  const operation = '/fhir/RiskAssessment/$lms';

  it('refuses the FHIR operation without a token, or with a token for another audience (401)', async () => {
    expect((await call(operation, null, parameters)).status).toBe(401);
    const forCds = await signer(`${ORIGIN}/cds-services/lms`);
    expect((await call(operation, forCds, parameters)).status).toBe(401);
  });

  it('answers the FHIR operation for a trusted token once, and refuses its replay', async () => {
    const token = await signer(`${ORIGIN}${operation}`);
    const first = await call(operation, token, {
      ...parameters,
      parameter: [...parameters.parameter, { name: 'vascularInvasion', valueBoolean: true }],
    });
    expect(first.status).not.toBe(401);
    const again = await call(operation, token, parameters);
    expect(again.status).toBe(401);
    expect(((await again.json()) as { detail: string }).detail).toBe('This token was already used (jti).');
  });

  it('keeps the Questionnaire (a definition, no patient data) public', async () => {
    const response = await app.request(`${ORIGIN}/fhir/Questionnaire/lms`, {}, env);
    expect(response.status).toBe(200);
  });

  it('refuses a replayed CDS token, through a second app instance as well', async () => {
    const token = await signer(`${ORIGIN}/cds-services/lms`);
    const request = hookRequest(prefetchFor({ ki67: 12 }));
    expect((await call('/cds-services/lms', token, request)).status).toBe(200);
    const other = ehrApp(lms);
    const replay = await other.request(
      `${ORIGIN}/cds-services/lms`,
      {
        method: 'POST',
        body: JSON.stringify(request),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      },
      env,
    );
    expect(replay.status).toBe(401);
  });

  it('fails closed when a trust list is set but the replay ledger is not bound', async () => {
    const token = await signer(`${ORIGIN}/cds-services/lms`);
    const response = await app.request(
      `${ORIGIN}/cds-services/lms`,
      {
        method: 'POST',
        body: JSON.stringify(hookRequest(prefetchFor({ ki67: 12 }))),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      },
      { ...env, REPLAY_LEDGER: undefined },
    );
    expect(response.status).toBe(401);
    expect(((await response.json()) as { detail: string }).detail).toContain('REPLAY_LEDGER');
  });

  it('still refuses a jti after 10,000 other tokens from the same issuer (no eviction by count)', async () => {
    const ledger = workerEnv.REPLAY_LEDGER!;
    const until = Date.now() / 1000 + 300;
    const iss = `https://flood.example/${crypto.randomUUID()}`;
    expect(await firstUse(ledger, iss, 'first', until)).toBe(true);
    for (let i = 0; i < 10_000; i += 500)
      await Promise.all(Array.from({ length: 500 }, (_, j) => firstUse(ledger, iss, `other-${i + j}`, until)));
    expect(await firstUse(ledger, iss, 'first', until)).toBe(false);
    // An entry is kept only until its token expires: then it is gone.
    expect(await firstUse(ledger, iss, 'expired', Date.now() / 1000 - 5)).toBe(true);
    expect(await firstUse(ledger, iss, 'expired', until)).toBe(true);
  }, 120_000);
});

describe('client text in a card never becomes a link or an image', () => {
  it('turns a subject reference carrying a Markdown link or a bare URL into inert text', async () => {
    const app = ehrApp(lms);
    const hostile = [
      'Patient/other](http://x/)',
      'Patient/https://evil.example/a',
      'Patient/www.evil.example',
      'Patient/evil.example',
      'Patient/![i](http://x/i.png)',
      'Patient/mail@evil.example',
    ];
    const prefetch = {
      ...prefetchFor({ ki67: 12 }),
      vascularInvasion: bundle(
        hostile.map((reference) =>
          observation(
            { system: 'http://loinc.org', code: '59544-7' },
            { valueBoolean: true },
            { subject: { reference } },
          ),
        ),
      ),
    };
    const response = await app.request(
      `${ORIGIN}/cds-services/lms`,
      { method: 'POST', body: JSON.stringify(hookRequest(prefetch)), headers: { 'content-type': 'application/json' } },
      open,
    );
    const { cards } = (await response.json()) as { cards: { detail: string }[] };
    const about = cards[0]!.detail.match(/is about .*?, not/g)!;
    expect(about).toHaveLength(hostile.length);
    for (const text of about) expect(text).not.toMatch(/https?:|www\.|evil\.example|\]\(|!\[|@/);
  });

  it('shows Observation references whose ids hold dots only inside code spans', async () => {
    const app = ehrApp(lms);
    const ki67 = observation(KI67, { valueQuantity: { value: 12, unit: '%' } }, { id: 'o1.evil.com' });
    const odd = observation(KI67, { valueQuantity: { value: 5, unit: 'x' } }, { id: 'www.evil.example' });
    const prefetch = { ...prefetchFor({}), ki67: bundle([ki67, { ...odd, effectiveDateTime: '2020-01-01' }]) };
    const other = { ...prefetchFor({}), ki67: bundle([odd]) };
    const details: string[] = [];
    for (const p of [prefetch, other]) {
      const response = await app.request(
        `${ORIGIN}/cds-services/lms`,
        { method: 'POST', body: JSON.stringify(hookRequest(p)), headers: { 'content-type': 'application/json' } },
        open,
      );
      details.push(((await response.json()) as { cards: { detail: string }[] }).cards[0]!.detail);
    }
    expect(details[0]).toContain('`Observation/o1.evil.com`');
    expect(details[1]).toContain('`Observation/www.evil.example`');
    for (const detail of details) expect(detail.replace(/`[^`]*`/g, '')).not.toMatch(/evil/);
  });
});
