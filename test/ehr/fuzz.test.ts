// Fuzzing the EHR Worker in workerd: any JSON, nested as deep or as wide as a body can hold, in a
// CDS request, its prefetch or a FHIR Bundle; and FHIR servers whose answers are compressed, lie
// about their length, or expand past the cap. No answer may be a 5xx.
import { env as workerEnv } from 'cloudflare:workers';
import { lms } from '@lms-score/core';
import fc from 'fast-check';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Env } from '../../worker/common/app-env.ts';
import { FHIR_ANSWER_BYTES } from '../../worker/ehr/cds/fhir-read.ts';
import { ehrApp } from '../../worker/ehr/ehr-app.ts';
import { ADJUVANT_CODES, bundle, cdsClient, hookRequest, observationsFor } from './cds-fixtures.ts';

declare module 'vitest' {
  interface ProvidedContext {
    fuzzRuns: number;
  }
}

const runs = inject('fuzzRuns');
const ORIGIN = 'http://lms.test';
const FHIR = 'https://ehr.example/fhir';
const allow = { limit: async () => ({ success: true }) };
const open = {
  SCORE_LIMITER: allow,
  BATCH_LIMITER: allow,
  LMS_ADJUVANT_THERAPY_CODES: ADJUVANT_CODES,
} as unknown as Env;

/** Any JSON value, including FHIR-looking objects, so the readers meet resources as well as noise. */
const resourceLike = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.jsonValue({ maxDepth: 2 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.record({
      resourceType: fc.constantFrom('Observation', 'Bundle', 'Patient', 'constructor', '__proto__'),
      entry: fc.array(fc.record({ resource: tie('value') }), { maxLength: 3 }),
      status: fc.constantFrom('final', 'amended', 'preliminary', 1, null),
      code: fc.jsonValue({ maxDepth: 3 }),
      valueQuantity: fc.jsonValue({ maxDepth: 2 }),
      subject: fc.jsonValue({ maxDepth: 2 }),
    }),
  ),
})).value;

/** `inner` inside `depth` arrays or Bundles, as JSON text built without recursion. */
const deep = fc
  .tuple(fc.integer({ min: 1, max: 60_000 }), fc.constantFrom('array', 'bundle', 'entry'), resourceLike)
  .map(([depth, how, inner]) => {
    const core = JSON.stringify(inner) ?? 'null';
    if (how === 'array') return `${'['.repeat(depth)}${core}${']'.repeat(depth)}`;
    if (how === 'bundle')
      return `${'{"resourceType":"Bundle","entry":[{"resource":'.repeat(depth)}${core}${'}]}'.repeat(depth)}`;
    return `{"resourceType":"Bundle","entry":${'['.repeat(depth)}{"resource":${core}}${']'.repeat(depth)}}`;
  });
const wide = fc
  .tuple(fc.integer({ min: 0, max: 30_000 }), resourceLike)
  .map(([n, inner]) => JSON.stringify(bundle(Array.from({ length: n }, () => inner as object))));
const nested = fc.oneof(
  deep,
  wide,
  resourceLike.map((v) => JSON.stringify(v) ?? 'null'),
);

const post = (app: ReturnType<typeof ehrApp>, path: string, body: string, env: Env, headers = {}) =>
  app.request(
    `${ORIGIN}${path}`,
    { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } },
    env,
  );

describe(`fuzzing the EHR Worker in workerd (${runs} runs per property)`, () => {
  const app = ehrApp(lms);

  it('CDS: any JSON, deep or wide, as the prefetch, the context or the whole body, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(nested, fc.constantFrom('ki67', 'vascularInvasion', 'context', 'body'), async (json, where) => {
        const request = JSON.stringify(hookRequest({ ki67: null, vascularInvasion: null }));
        const body =
          where === 'body'
            ? json
            : where === 'context'
              ? request.replace(/"context":\{[^}]*\}/, `"context":${json}`)
              : request.replace(`"${where}":null`, `"${where}":${json}`);
        const response = await post(app, '/cds-services/lms', body, open);
        expect(response.status).toBeLessThan(500);
        expect(response.headers.get('content-type')).toMatch(/json/);
      }),
      { numRuns: runs },
    );
  });

  it('FHIR $lms: any JSON, deep or wide, as the body or a Bundle, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(nested, async (json) => {
        const response = await post(app, '/fhir/RiskAssessment/$lms', json, open);
        expect(response.status).toBeLessThan(500);
        expect(response.headers.get('content-type')).toMatch(/json/);
      }),
      { numRuns: runs },
    );
  });

  describe('FHIR servers that compress, lie about length, or expand past the cap', () => {
    let sign: () => Promise<string>;
    let env: Env;
    beforeAll(async () => {
      const client = await cdsClient([FHIR]);
      env = { ...open, CDS_TRUSTED_CLIENTS: client.trusted, REPLAY_LEDGER: workerEnv.REPLAY_LEDGER };
      sign = () => client.sign(`${ORIGIN}/cds-services/lms`);
    });

    const found = JSON.stringify(bundle(Object.values(observationsFor({ ki67: 12 })).flat()));
    const answer = fc.record({
      // Decoded size: around the cap on both sides.
      padding: fc.oneof(
        fc.integer({ min: 0, max: 4096 }),
        fc.integer({ min: FHIR_ANSWER_BYTES - 4096, max: 3 * FHIR_ANSWER_BYTES }),
      ),
      encoding: fc.constantFrom('gzip', 'deflate', null),
      declared: fc.constantFrom('compressed', 'decoded', 'small', 'none', 'garbage'),
      inner: fc.oneof(fc.constant(found), nested),
    });

    it('never a 5xx; an answer that decodes past the cap is a 412, whatever its headers say', async () => {
      await fc.assert(
        fc.asyncProperty(answer, async ({ padding, encoding, declared, inner }) => {
          const text = `${inner}${' '.repeat(padding)}`;
          const decoded = new TextEncoder().encode(text);
          const wire = encoding
            ? new Uint8Array(
                await new Response(
                  new Response(decoded).body!.pipeThrough<Uint8Array>(new CompressionStream(encoding) as never),
                ).arrayBuffer(),
              )
            : decoded;
          const length = {
            compressed: wire.byteLength,
            decoded: decoded.byteLength,
            small: 10,
            none: null,
            garbage: 'x',
          }[declared];
          const headers: Record<string, string> = { 'content-type': 'application/fhir+json' };
          if (encoding) headers['content-encoding'] = encoding;
          if (length !== null) headers['content-length'] = String(length);
          // What workerd's fetch hands over: the body decoded, the headers as the server sent them;
          // an unencoded body ends at its declared length (HTTP framing), an encoded one does not.
          const sent = !encoding && typeof length === 'number' ? wire.subarray(0, length) : wire;
          const fetcher = (async () =>
            new Response(
              encoding
                ? new Response(wire).body!.pipeThrough<Uint8Array>(new DecompressionStream(encoding) as never)
                : sent,
              { headers },
            )) as typeof fetch;
          const delivered = encoding ? decoded.byteLength : sent.byteLength;
          const response = await post(
            ehrApp(lms, { fetch: fetcher }),
            '/cds-services/lms',
            JSON.stringify(
              hookRequest(undefined, {
                fhirServer: FHIR,
                fhirAuthorization: {
                  access_token: 't',
                  token_type: 'Bearer',
                  expires_in: 300,
                  scope: 'x',
                  subject: 'lms',
                },
              }),
            ),
            env,
            { authorization: `Bearer ${await sign()}` },
          );
          expect(response.status).toBeLessThan(500);
          if (delivered > FHIR_ANSWER_BYTES) expect(response.status).toBe(412);
        }),
        { numRuns: Math.max(10, Math.round(runs / 10)) },
      );
    });
  });
});
