// A small SMART on FHIR EHR for the SMART app's tests: an authorization server and a FHIR server,
// each on its own loopback origin, speaking real HTTP. It checks what a strict EHR checks: the
// client id, the registered redirect URI, the audience, PKCE (S256, one-time codes), and a live
// token scoped to the patient on every FHIR read and write.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

type Resource = Record<string, unknown>;
interface Grant {
  readonly patient: string;
  readonly scope: string;
  readonly challenge: string;
  readonly redirectUri: string;
}

export interface SmartEhr {
  readonly fhir: string;
  readonly auth: string;
  /** Set once the app's origin is known: the registered redirect URI is `${app}/smart/app`. */
  app: string;
  readonly patients: Map<string, Resource[]>;
  /** EHR launch contexts: launch id to patient id. */
  readonly launches: Map<string, string>;
  /** The patient a standalone launch's patient picker chooses. */
  standalonePatient: string;
  consent: 'grant' | 'deny';
  /** Tokens die as they are issued: the next FHIR read gets 401. */
  expireTokens: boolean;
  /** Writes answer 403 with an OperationOutcome. */
  refuseWrites: boolean;
  readonly log: {
    authorize: URLSearchParams[];
    searches: URLSearchParams[];
    /** FHIR requests refused for want of a live token. */
    unauthorized: number;
    created: Resource[];
  };
  close(): Promise<void>;
}

const b64url = (bytes: Buffer) => bytes.toString('base64url');
const body = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let text = '';
    req.on('data', (d) => (text += d));
    req.on('end', () => resolve(text));
  });
const outcome = (diagnostics: string) => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity: 'error', code: 'forbidden', diagnostics }],
});

const listen = (handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>) =>
  new Promise<{ server: Server; origin: string }>((resolve) => {
    const server = createServer((req, res) => void handler(req, res));
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });

export async function startSmartEhr(clientId: string): Promise<SmartEhr> {
  const codes = new Map<string, Grant>();
  const tokens = new Map<string, Grant & { expires: number }>();
  const send = (res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, {
      'content-type': 'application/fhir+json',
      'access-control-allow-origin': ehr.app,
      'access-control-allow-headers': 'authorization, content-type, accept',
      'access-control-expose-headers': 'location',
      ...headers,
    });
    res.end(JSON.stringify(json));
  };

  const auth = await listen(async (req, res) => {
    const url = new URL(req.url!, 'http://x');
    if (req.method === 'OPTIONS') return send(res, 204, null);
    if (url.pathname === '/authorize') {
      const q = url.searchParams;
      ehr.log.authorize.push(q);
      const redirect = `${ehr.app}/smart/app`;
      const wrong = [
        q.get('response_type') !== 'code' && 'response_type',
        q.get('client_id') !== clientId && 'client_id',
        q.get('redirect_uri') !== redirect && 'redirect_uri',
        q.get('aud') !== ehr.fhir && 'aud',
        q.get('code_challenge_method') !== 'S256' && 'code_challenge_method',
        !q.get('code_challenge') && 'code_challenge',
        !q.get('state') && 'state',
      ].filter(Boolean);
      if (wrong.length) return send(res, 400, { error: 'invalid_request', wrong });
      const scope = q.get('scope') ?? '';
      const patient = scope.split(' ').includes('launch')
        ? ehr.launches.get(q.get('launch') ?? '')
        : ehr.standalonePatient;
      const back = new URL(redirect);
      back.searchParams.set('state', q.get('state')!);
      if (ehr.consent === 'deny' || !patient) {
        back.searchParams.set('error', 'access_denied');
        back.searchParams.set('error_description', 'The user declined to share the record');
      } else {
        const code = randomUUID();
        codes.set(code, { patient, scope, challenge: q.get('code_challenge')!, redirectUri: redirect });
        back.searchParams.set('code', code);
      }
      res.writeHead(302, { location: back.href }).end();
      return;
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      const form = new URLSearchParams(await body(req));
      const grant = codes.get(form.get('code') ?? '');
      codes.delete(form.get('code') ?? ''); // one use
      const verifier = form.get('code_verifier') ?? '';
      if (
        !grant ||
        form.get('grant_type') !== 'authorization_code' ||
        form.get('client_id') !== clientId ||
        form.get('redirect_uri') !== grant.redirectUri ||
        b64url(createHash('sha256').update(verifier).digest()) !== grant.challenge
      )
        return send(res, 400, { error: 'invalid_grant' }, { 'content-type': 'application/json' });
      const token = randomUUID();
      tokens.set(token, { ...grant, expires: ehr.expireTokens ? 0 : Date.now() + 3_600_000 });
      return send(
        res,
        200,
        { access_token: token, token_type: 'Bearer', expires_in: 3600, scope: grant.scope, patient: grant.patient },
        { 'content-type': 'application/json', 'cache-control': 'no-store' },
      );
    }
    send(res, 404, { error: 'not found' });
  });

  const fhir = await listen(async (req, res) => {
    const url = new URL(req.url!, 'http://x');
    const path = url.pathname.replace(/^\/fhir/, '');
    if (req.method === 'OPTIONS') return send(res, 204, null);
    if (path === '/.well-known/smart-configuration')
      return send(res, 200, {
        authorization_endpoint: `${auth.origin}/authorize`,
        token_endpoint: `${auth.origin}/token`,
        code_challenge_methods_supported: ['S256'],
        capabilities: ['launch-ehr', 'launch-standalone', 'client-public', 'context-ehr-patient', 'permission-v2'],
      });
    const token = tokens.get(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '');
    if (!token || token.expires <= Date.now()) {
      ehr.log.unauthorized++;
      return send(res, 401, outcome('The access token is missing, unknown or expired.'), {
        'www-authenticate': 'Bearer error="invalid_token"',
      });
    }
    if (req.method === 'GET' && path === '/Observation') {
      const q = url.searchParams;
      ehr.log.searches.push(q);
      if (q.get('patient') !== token.patient) return send(res, 403, outcome('Another patient’s data.'));
      const wanted = new Set((q.get('code') ?? '').split(','));
      const all = (ehr.patients.get(token.patient) ?? []).filter((o) =>
        ((o.code as { coding: { system: string; code: string }[] }).coding ?? []).some((c) =>
          wanted.has(`${c.system}|${c.code}`),
        ),
      );
      // Two per page, so that the app must follow `next`.
      const offset = Number(q.get('_offset') ?? 0);
      const next = new URL(`${ehr.fhir}/Observation?${q}`);
      next.searchParams.set('_offset', String(offset + 2));
      return send(res, 200, {
        resourceType: 'Bundle',
        type: 'searchset',
        total: all.length,
        link: offset + 2 < all.length ? [{ relation: 'next', url: next.href }] : [],
        entry: all.slice(offset, offset + 2).map((resource) => ({ resource, search: { mode: 'match' } })),
      });
    }
    if (req.method === 'GET' && path.startsWith('/Patient/')) {
      const id = decodeURIComponent(path.slice('/Patient/'.length));
      if (id !== token.patient || !token.scope.split(' ').includes('patient/Patient.r'))
        return send(res, 403, outcome('Not this token’s patient, or no patient/Patient.r scope.'));
      return send(res, 200, {
        resourceType: 'Patient',
        id,
        name: [{ given: ['Test'], family: `Patient ${id}` }],
        birthDate: '1960-04-01',
      });
    }
    if (req.method === 'POST' && path === '/RiskAssessment') {
      const resource = JSON.parse(await body(req)) as Resource;
      if (ehr.refuseWrites || !token.scope.split(' ').includes('patient/RiskAssessment.c'))
        return send(res, 403, outcome('This user may not add RiskAssessments to the record.'));
      if ((resource.subject as { reference?: string })?.reference !== `Patient/${token.patient}`)
        return send(res, 403, outcome('The RiskAssessment is about another patient.'));
      const created = { ...resource, id: `ra-${ehr.log.created.length + 1}` };
      ehr.log.created.push(created);
      return send(res, 201, created, { location: `${ehr.fhir}/RiskAssessment/${created.id}/_history/1` });
    }
    send(res, 404, outcome(`No ${req.method} ${path} here.`));
  });

  const ehr: SmartEhr = {
    fhir: `${fhir.origin}/fhir`,
    auth: auth.origin,
    app: '',
    patients: new Map(),
    launches: new Map(),
    standalonePatient: '',
    consent: 'grant',
    expireTokens: false,
    refuseWrites: false,
    log: { authorize: [], searches: [], unauthorized: 0, created: [] },
    close: async () => {
      for (const { server } of [auth, fhir]) {
        server.closeAllConnections();
        await new Promise((r) => server.close(r));
      }
    },
  };
  return ehr;
}
