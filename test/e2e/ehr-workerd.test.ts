// The EHR Worker in workerd as two isolates (two Workers sharing one REPLAY_LEDGER Durable
// Object, as two Cloudflare locations would), reading a real FHIR server over HTTP on 127.0.0.1:
// workerd's own fetch decompresses gzip, so the byte cap is tested where it bites.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { convertV4MiniflareOptions, Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ONLY } from '../../scripts/support/local-only-env.ts';
import { bundle, cdsClient, hookRequest, observationsFor } from '../ehr/cds-fixtures.ts';

Object.assign(process.env, LOCAL_ONLY);

const SCRIPT = 'dist/test/ehr-worker.js';
const ORIGIN = 'http://lms.test';
const found = Object.values(observationsFor({ ki67: 12, vascularInvasion: true })).flat();
// 40 MB of JSON once decompressed, about 40 KB on the wire.
const bomb = gzipSync(`${JSON.stringify(bundle(found)).slice(0, -1)}${' '.repeat(40 * 1024 * 1024)}}`);
const small = gzipSync(JSON.stringify(bundle(found)));

describe('the EHR Worker in workerd: two isolates, one ledger, a real FHIR server', { timeout: 60_000 }, () => {
  let mf: Miniflare;
  let fhir: Server;
  let fhirBase: string;
  let sign: () => Promise<string>;
  let signJku: (jku: string) => Promise<string>;

  beforeAll(async () => {
    // A second client publishes its keys at a jku: as they are, and padded past the 64 KB cap.
    const keys = await generateKeyPair('ES384');
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(keys.publicKey)), kid: 'jku-1', alg: 'ES384' }] });
    const jwksBodies: Record<string, Buffer> = {
      '/jwks': gzipSync(jwks),
      '/jwks-padded': gzipSync(`${jwks.slice(0, -1)}${' '.repeat(8 * 1024 * 1024)}}`),
    };
    signJku = (jku) =>
      new SignJWT({ jti: crypto.randomUUID() })
        .setProtectedHeader({ alg: 'ES384', kid: 'jku-1', jku: `${fhirBase}${jku}` })
        .setIssuer(`https://${jku.slice(1)}.example/`)
        .setAudience(`${ORIGIN}/cds-services/lms`)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(keys.privateKey);
    fhir = createServer((req, res) => {
      const body = jwksBodies[req.url ?? ''] ?? (req.url?.startsWith('/bomb/') ? bomb : small);
      res.writeHead(200, {
        'content-type': 'application/fhir+json',
        'content-encoding': 'gzip',
        'content-length': String(body.byteLength),
      });
      res.end(body);
    });
    await new Promise<void>((resolve) => fhir.listen(0, '127.0.0.1', resolve));
    fhirBase = `http://127.0.0.1:${(fhir.address() as AddressInfo).port}`;

    const client = await cdsClient([`${fhirBase}/ok`, `${fhirBase}/bomb`]);
    const trusted = JSON.stringify([
      ...JSON.parse(client.trusted),
      { iss: 'https://jwks.example/', jku: [`${fhirBase}/jwks`] },
      { iss: 'https://jwks-padded.example/', jku: [`${fhirBase}/jwks-padded`] },
    ]);
    sign = () => client.sign(`${ORIGIN}/cds-services/lms`);

    await build({
      entryPoints: ['worker/ehr/index.ts'],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      outfile: SCRIPT,
      external: ['cloudflare:*'],
      logLevel: 'warning',
    });
    const worker = (name: string) => ({
      name,
      modules: true,
      compatibilityDate: '2026-11-01',
      scriptPath: SCRIPT,
      bindings: { CDS_TRUSTED_CLIENTS: trusted },
      ratelimits: { SCORE_LIMITER: { namespace_id: '1003', simple: { limit: 1000, period: 60 as const } } },
      // Both isolates use the one ledger object that lives with Worker "a".
      durableObjects: { REPLAY_LEDGER: { className: 'ReplayLedger', scriptName: 'a', useSQLite: true } },
    });
    mf = new Miniflare(convertV4MiniflareOptions({ host: '127.0.0.1', port: 0, workers: [worker('a'), worker('b')] }));
    await mf.ready;
  }, 60_000);

  afterAll(async () => {
    await mf?.dispose();
    await new Promise((resolve) => fhir?.close(resolve));
  });

  const hook = async (isolate: 'a' | 'b', token: string, server = `${fhirBase}/ok`) => {
    const worker = (await mf.getWorker(isolate)) as unknown as { fetch: typeof fetch };
    const body = hookRequest(undefined, {
      fhirServer: server,
      fhirAuthorization: { access_token: 't', token_type: 'Bearer', expires_in: 300, scope: 'x', subject: 'lms' },
    });
    const response = await worker.fetch(`${ORIGIN}/cds-services/lms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { detail?: string; cards?: object[] } };
  };

  it('accepts a token in one isolate and refuses the same token in the other', async () => {
    const token = await sign();
    const first = await hook('a', token);
    expect(first.status).toBe(200);
    expect(first.body.cards).toHaveLength(1);
    const replay = await hook('b', token);
    expect(replay.status).toBe(401);
    expect(replay.body.detail).toBe('This token was already used (jti).');
    expect((await hook('b', await sign())).status).toBe(200);
  });

  it('refuses a 40 KB gzip answer that expands to 40 MB (412), and still serves the next call', async () => {
    expect(bomb.byteLength).toBeLessThan(100 * 1024);
    const answer = await hook('a', await sign(), `${fhirBase}/bomb`);
    expect(answer.status).toBe(412);
    expect(answer.body.detail).toContain("The FHIR server's answer passed 2 MB.");
    expect((await hook('a', await sign())).status).toBe(200);
  });

  it("reads a client's JWK Set from its jku, and refuses one that decodes past 64 KB", async () => {
    // Verified, then 412: the request's fhirServer is not one this client may name.
    expect((await hook('a', await signJku('/jwks'))).status).toBe(412);
    const padded = await hook('a', await signJku('/jwks-padded'));
    expect(padded.status).toBe(401);
    expect(padded.body.detail).toBe('The token signature does not verify.');
  });
});
