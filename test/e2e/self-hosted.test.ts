// The self-hosted Workers as a hospital runs them: `npm run build`'s dist/self-hosted under plain
// workerd, started by `npm run self-host`'s script (its own process group, killed whole), its
// variables from the environment and an env file, the replay ledger in a directory of the test's,
// a FHIR server and a JWK Set on 127.0.0.1. CDS Hooks, FHIR and the calculator pages over real HTTP.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lms } from '@lms-score/core';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/support/dev-server.ts';
import { startGroup, whenHealthy } from '../../scripts/support/process-group.ts';
import {
  ADJUVANT_CODES,
  bundle,
  cdsClient,
  completeProfiles,
  fhirAccess,
  hookRequest,
  observationsFor,
  partialProfiles,
  prefetchFor,
  type RiskAssessmentJson,
} from '../ehr/cds-fixtures.ts';

const CALCULATOR = 'https://calculator.hospital.example';
const state = mkdtempSync(join(tmpdir(), 'lms-self-hosted-'));
afterAll(() => rmSync(state, { recursive: true, force: true }));
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

/** `npm run self-host` with these arguments, until both Workers answer /healthz. */
async function selfHost(env: Record<string, string | undefined>, args: string[], urls: string[]) {
  const group = startGroup(['scripts/self-host.ts', ...args], { ...process.env, ...env });
  await whenHealthy(group, urls, 30_000, 'the self-hosted Workers');
  return { stop: group.stop, output: group.output };
}

/** Free ports for both Workers, the replay ledger in `dir`: the arguments and the two base URLs. */
async function placed(dir: string) {
  const [apiPort, ehrPort] = [await freePort(), await freePort()];
  const args = [
    ...['--socket-addr', `lms-calculator=127.0.0.1:${apiPort}`, '--socket-addr', `lms-ehr=127.0.0.1:${ehrPort}`],
    ...['--directory-path', `lms-ehr-durable-objects=${join(dir, 'replay-ledger')}`],
  ];
  return { args, api: `http://127.0.0.1:${apiPort}`, ehr: `http://127.0.0.1:${ehrPort}` };
}

/** A request as the hospital's TLS-terminating proxy forwards it: its Host, and X-Forwarded-Proto. */
const viaProxy = (url: string, host: string, token: string, body: unknown) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(url, {
      method: 'POST',
      headers: {
        host,
        'x-forwarded-proto': 'https',
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
      },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (d) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode!, body: text }));
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });

type Card = { summary: string; indicator: string; links: { url: string }[] };

/** The card says what the core says of these values: points or their range, the group(s), the indicator. */
function expectAgrees(card: Card, values: Parameters<typeof observationsFor>[0]) {
  const parsed = lms.parse(values);
  const r = parsed.ok ? lms.score(parsed.value) : null;
  const points = r!.points === null ? `${r!.pointsRange[0]}-${r!.pointsRange[1]}` : String(r!.points);
  expect(card.summary).toContain(`LMS ${points} points (derived)`);
  for (const g of r!.possibleRiskGroups)
    expect(card.summary).toContain(lms.definition.riskGroups.find((x) => x.id === g)!.label);
  expect(card.indicator).toBe(r!.riskGroup === 'high' ? 'warning' : 'info');
}

describe('self-hosted: plain workerd from dist/self-hosted', { timeout: 60_000 }, () => {
  let server: Awaited<ReturnType<typeof selfHost>>;
  let start: () => Promise<typeof server>;
  let api: string;
  let ehr: string;
  let fhir: Server;
  let fhirBase: string;
  const fhirSeen: { url: string; authorization: string | undefined }[] = [];
  const stored: object[] = [];
  let sign: (audience: string) => Promise<string>;
  let signJku: (audience: string) => Promise<string>;

  beforeAll(async () => {
    // The hospital's FHIR server and a client's JWK Set, on its own network (127.0.0.1 here).
    const keys = await generateKeyPair('ES384');
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(keys.publicKey)), kid: 'jku-1', alg: 'ES384' }] });
    fhir = createServer((req, res) => {
      fhirSeen.push({ url: req.url ?? '', authorization: req.headers.authorization });
      const body = req.url === '/jwks' ? jwks : JSON.stringify(bundle(stored));
      const ok = req.url === '/jwks' || req.headers.authorization === 'Bearer fhir-access-token';
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/fhir+json' });
      res.end(ok ? body : '{"resourceType":"OperationOutcome"}');
    });
    await new Promise<void>((resolve) => fhir.listen(0, '127.0.0.1', resolve));
    fhirBase = `http://127.0.0.1:${(fhir.address() as AddressInfo).port}`;
    signJku = (audience) =>
      new SignJWT({ jti: crypto.randomUUID() })
        .setProtectedHeader({ alg: 'ES384', kid: 'jku-1', jku: `${fhirBase}/jwks` })
        .setIssuer('https://jku.example/')
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(keys.privateKey);

    const client = await cdsClient([`${fhirBase}/fhir`]);
    sign = (audience) => client.sign(audience);
    const trusted = [...JSON.parse(client.trusted), { iss: 'https://jku.example/', jku: [`${fhirBase}/jwks`] }];
    // The trust list from the environment, the rest from an env file (as a .dev.vars or systemd's).
    const envFile = join(state, 'lms.env');
    writeFileSync(envFile, `CALCULATOR_ORIGIN=${CALCULATOR}\nLMS_ADJUVANT_THERAPY_CODES='${ADJUVANT_CODES}'\n`);
    const where = await placed(state);
    [api, ehr] = [where.api, where.ehr];
    const args = ['--env-file', envFile, ...where.args];
    start = () => selfHost({ CDS_TRUSTED_CLIENTS: JSON.stringify(trusted) }, args, [api, ehr]);
    server = await start();
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await new Promise((resolve) => fhir?.close(resolve));
  });

  const cds = async (body: unknown, token: string) => {
    const response = await fetch(`${ehr}/cds-services/lms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { cards: Card[]; detail?: string } };
  };

  it("serves CDS discovery to a trusted client, with the env file's adjuvant-therapy codes", async () => {
    expect((await fetch(`${ehr}/cds-services`)).status).toBe(401);
    const response = await fetch(`${ehr}/cds-services`, {
      headers: { authorization: `Bearer ${await sign(`${ehr}/cds-services`)}` },
    });
    const { services } = (await response.json()) as { services: { id: string; prefetch: Record<string, string> }[] };
    expect(services[0]!.id).toBe('lms');
    expect(services[0]!.prefetch.adjuvantTherapy).toContain('http://hospital.example/codes|adjuvant-therapy');
  });

  it.each([...completeProfiles, ...partialProfiles].map((p, i) => [i, p] as const))(
    "profile %i's patient-view call with prefetch gives the core's points and groups, linking to CALCULATOR_ORIGIN",
    async (i, values) => {
      const { status, body } = await cds(hookRequest(prefetchFor(values, i)), await sign(`${ehr}/cds-services/lms`));
      expect(status).toBe(200);
      const card = body.cards[0]!;
      expectAgrees(card, values);
      expect(card.links[0]!.url.startsWith(`${CALCULATOR}/embed#`)).toBe(true);
    },
  );

  it('accepts a token once and refuses its replay, also after workerd restarts (the ledger is on disk)', async () => {
    const token = await sign(`${ehr}/cds-services/lms`);
    const request = hookRequest(prefetchFor({ ki67: 12 }));
    expect((await cds(request, token)).status).toBe(200);
    const replay = await cds(request, token);
    expect(replay.status).toBe(401);
    expect(replay.body.detail).toBe('This token was already used (jti).');
    await server.stop();
    server = await start();
    expect((await cds(request, token)).body.detail).toBe('This token was already used (jti).');
    expect((await cds(request, await sign(`${ehr}/cds-services/lms`))).status).toBe(200);
  });

  it("reads the Observations from the client's FHIR server on the hospital network, with its token", async () => {
    const values = { ki67: 35, vascularInvasion: true };
    stored.splice(0, stored.length, ...Object.values(observationsFor(values)).flat());
    fhirSeen.length = 0;
    const body = hookRequest(undefined, fhirAccess(`${fhirBase}/fhir`));
    const { status, body: answer } = await cds(body, await sign(`${ehr}/cds-services/lms`));
    expect(status).toBe(200);
    expectAgrees(answer.cards[0]!, values);
    expect(fhirSeen).toEqual([
      {
        url: expect.stringMatching(/^\/fhir\/Observation\?patient=p1&code=/),
        authorization: 'Bearer fhir-access-token',
      },
    ]);
  });

  it("verifies a token with the key set at a client's jku", async () => {
    const { status } = await cds(hookRequest(prefetchFor({ ki67: 12 })), await signJku(`${ehr}/cds-services/lms`));
    expect(status).toBe(200);
    expect(fhirSeen.at(-1)?.url).toBe('/jwks');
  });

  it('behind a TLS-terminating proxy, takes the audience from Host and X-Forwarded-Proto', async () => {
    const audience = 'https://lms.hospital.example/cds-services/lms';
    const body = hookRequest(prefetchFor({ ki67: 12 }));
    expect((await viaProxy(`${ehr}/cds-services/lms`, 'lms.hospital.example', await sign(audience), body)).status).toBe(
      200,
    );
    expect((await cds(body, await sign(audience))).status).toBe(401); // the same audience, called as http://127.0.0.1
  });

  it('serves the FHIR Questionnaire, and $lms to a trusted client only', async () => {
    const q = await fetch(`${ehr}/fhir/Questionnaire/lms`);
    expect(q.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    expect(((await q.json()) as { url: string }).url).toBe(`${ehr}/fhir/Questionnaire/lms`);
    const values = { ki67: 25, vascularInvasion: true, lymphNodeMetastasis: false, adjuvantTherapy: false };
    const parameters = {
      resourceType: 'Parameters',
      parameter: [
        { name: 'ki67', valueDecimal: 25 },
        { name: 'vascularInvasion', valueBoolean: true },
        { name: 'lymphNodeMetastasis', valueBoolean: false },
        { name: 'adjuvantTherapy', valueBoolean: false },
        { name: 'subject', valueReference: { reference: 'Patient/p9' } },
      ],
    };
    const operation = `${ehr}/fhir/RiskAssessment/$lms`;
    const post = (headers: Record<string, string>) =>
      fetch(operation, {
        method: 'POST',
        headers: { 'content-type': 'application/fhir+json', ...headers },
        body: JSON.stringify(parameters),
      });
    expect((await post({})).status).toBe(401);
    const response = await post({ authorization: `Bearer ${await sign(operation)}` });
    expect(response.status).toBe(200);
    const parsed = lms.parse(values);
    const ra = (await response.json()) as RiskAssessmentJson;
    expect(ra.prediction[0]!.probabilityDecimal).toBe(parsed.ok ? lms.score(parsed.value).risk : null);
  });

  it('serves the calculator pages the cards link to: /embed and /widget.js, typed in UTF-8, with ETags', async () => {
    const embed = await fetch(`${api}/embed`);
    expect(embed.status).toBe(200);
    expect(embed.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(await embed.text()).toBe(readFileSync('dist/public/embed.html', 'utf8'));
    const widget = await fetch(`${api}/widget.js`);
    expect(widget.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await widget.text()).toBe(readFileSync('dist/public/widget.js', 'utf8'));
    const again = await fetch(`${api}/widget.js`, { headers: { 'if-none-match': widget.headers.get('etag')! } });
    expect(again.status).toBe(304);
    const pinned = await fetch(`${api}/widget/${version}/widget.js`);
    expect(pinned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${api}/openapi.json`)).headers.get('content-type')).toBe('application/json');
    // A directory is not listed, and a missing file is the API's 404 problem.
    for (const path of ['/widget', '/widget/', '/nothing-here.js']) {
      const missing = await fetch(`${api}${path}`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get('content-type')).toBe('application/problem+json');
    }
  });

  it("limits each client IP by the wrangler file's rate limit (batch: 30 a minute), and only that IP", async () => {
    const batch = (ip: string) =>
      fetch(`${api}/v1/lms/score/batch`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip },
        body: '{"patients": [{"ki67": 12}]}',
      });
    // A minute's window may turn once during the loop: up to two windows' worth before the first 429.
    const statuses: number[] = [];
    while (statuses.length < 61 && !statuses.includes(429)) statuses.push((await batch('192.0.2.7')).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(30);
    expect((await batch('192.0.2.8')).status).toBe(200);
  });

  it('writes nothing of a request to its output, on success or refusal', async () => {
    const marks = ['17.4321', 'zq-mark-7f3a'];
    const body = hookRequest(prefetchFor({ ki67: 17.4321 }), {
      context: { userId: 'Practitioner/1', patientId: 'zq-mark-7f3a' },
    });
    expect((await cds(body, await sign(`${ehr}/cds-services/lms`))).status).toBe(200);
    expect((await cds(body, 'not-a-token')).status).toBe(401);
    await fetch(`${api}/v1/lms/score?ki67=17.4321&vascularInvasion=zq-mark-7f3a`);
    await new Promise((r) => setTimeout(r, 300));
    expect(server.output()).toContain('lms-ehr'); // the output is captured at all
    for (const mark of marks) expect(server.output()).not.toContain(mark);
  });
});

describe('self-hosted with nothing set: the open demo, as on Cloudflare with no secrets', { timeout: 60_000 }, () => {
  let server: Awaited<ReturnType<typeof selfHost>>;
  let where: Awaited<ReturnType<typeof placed>>;
  beforeAll(async () => {
    where = await placed(state);
    const unset = {
      CDS_TRUSTED_CLIENTS: undefined,
      LMS_ADJUVANT_THERAPY_CODES: undefined,
      CALCULATOR_ORIGIN: undefined,
    };
    server = await selfHost(unset, where.args, [where.api, where.ehr]);
  }, 60_000);
  afterAll(() => server?.stop());

  it('answers without a token, names no adjuvant code, and links cards to its own calculator', async () => {
    const discovery = await fetch(`${where.ehr}/cds-services`);
    expect(discovery.status).toBe(200);
    const { services } = (await discovery.json()) as { services: { prefetch: object; description: string }[] };
    expect(Object.keys(services[0]!.prefetch)).toEqual(['ki67', 'vascularInvasion', 'lymphNodeMetastasis']);
    const response = await fetch(`${where.ehr}/cds-services/lms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(hookRequest(prefetchFor({ ki67: 12 }))),
    });
    expect(response.status).toBe(200);
    const { cards } = (await response.json()) as { cards: Card[] };
    expect(cards[0]!.links[0]!.url).toBe(`${where.api}/embed#ki67=12`);
  });
});
