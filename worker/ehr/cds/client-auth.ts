import {
  createLocalJWKSet,
  createRemoteJWKSet,
  customFetch,
  decodeJwt,
  decodeProtectedHeader,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import { readBody } from '../../common/read-body.ts';
import { heldOrMade, lastValueMemo } from '../memo.ts';

/** One CDS client this deployment trusts: its issuer, its keys, and the FHIR servers it may send. */
export interface TrustedClient {
  readonly iss: string;
  /** The client's JWK Set inline, or (when absent) fetched from `jku[0]`. */
  readonly jwks?: JSONWebKeySet;
  /** JWK Set URLs a token's `jku` header may name; any other `jku` is refused. */
  readonly jku?: readonly string[];
  /** FHIR base URLs this client's requests may ask the service to read (with their own token). */
  readonly fhirServers?: readonly string[];
}

/** Asymmetric only, as the spec recommends: never `none`, never HMAC (a shared secret). */
const ALGORITHMS = ['ES384', 'RS384'];

const isClient = (x: unknown): x is TrustedClient =>
  x !== null && typeof x === 'object' && typeof (x as TrustedClient).iss === 'string';

/**
 * The trust list from CDS_TRUSTED_CLIENTS (a JSON array of TrustedClient). Undefined means none
 * is configured: the service is an open public demo. A list that cannot be read trusts nobody
 * (fails closed), and says so in `error`.
 */
export function trustedClients(config: string | undefined): TrustList {
  if (config === undefined || config.trim() === '') return { clients: null };
  return readTrustList(config);
}

export type TrustList = { clients: TrustedClient[] | null; error?: string };

// Read once per configuration, not per request, so the clients (and their imported keys) persist.
const readTrustList = lastValueMemo((config: string): TrustList => {
  try {
    const parsed: unknown = JSON.parse(config);
    if (Array.isArray(parsed) && parsed.every(isClient)) return { clients: parsed };
  } catch {}
  return {
    clients: [],
    error: 'CDS_TRUSTED_CLIENTS is not a JSON array of {"iss", "jwks" or "jku"}; no client is trusted.',
  };
});

/** Most bytes of a client's JWK Set, decoded: a key set is a few KB. */
export const JWKS_BYTES = 64 * 1024;

/**
 * jose's fetch for a remote key set, with the answer read under JWKS_BYTES of decoded text (as the
 * FHIR read is): the set is fetched before a token's signature can be checked, so an unsigned token
 * naming a listed `jku` must not make the service inflate a compressed answer without bound.
 */
const cappedFetch = async (url: string, init: RequestInit & { signal: AbortSignal }): Promise<Response> => {
  const response = await fetch(url, init);
  if (response.status !== 200) {
    await response.body?.cancel();
    return response;
  }
  const text = await readBody(response, JWKS_BYTES, init.signal);
  if (text === null) throw new Error(`The JWK Set at ${url} is larger than ${JWKS_BYTES / 1024} KB.`);
  return new Response(text, { status: 200 });
};

// A local set imports each key on first use and keeps it: one set per client, not one per request.
const localSets = new WeakMap<TrustedClient, JWTVerifyGetKey>();
const remoteSets = new Map<string, JWTVerifyGetKey>();

/** Longest a token may live (`exp` - `iat`): CDS Hooks 2.0 says at most 5 minutes after `iat`. */
export const MAX_LIFETIME_S = 300;
/** How far the client's clock may run ahead of ours: `iat` up to this far in the future, no further. */
export const CLOCK_SKEW_S = 60;
/** A `jti` longer than this is refused: it is a key in the replay ledger, not a payload. */
const MAX_JTI_LENGTH = 256;

/** A verified token: its client, and the `jti` and `exp` the replay ledger must record. */
export type ClientCheck = { ok: true; client: TrustedClient; jti: string; exp: number } | { ok: false; reason: string };

/**
 * Verifies a CDS client's bearer JWT (CDS Hooks 2.0, "Trusting CDS Clients"): ES384 or RS384
 * only, `iss` in the trust list, `jku` only from that client's list, `aud` the service URL, `exp`,
 * `iat` and a string `jti` present, `exp` not passed, `exp` at most MAX_LIFETIME_S after `iat`,
 * and `iat` at most CLOCK_SKEW_S ahead of `now`. Whether the `jti` was used before is the replay
 * ledger's to say (replay-ledger.ts): this function holds no state.
 *
 * @example
 * await verifyClient(token, { clients, audience: 'https://lms.example/cds-services/lms' });
 */
export async function verifyClient(
  token: string,
  options: { clients: readonly TrustedClient[]; audience: string; now?: Date },
): Promise<ClientCheck> {
  let header: ReturnType<typeof decodeProtectedHeader>;
  let iss: unknown;
  try {
    header = decodeProtectedHeader(token);
    iss = decodeJwt(token).iss;
  } catch {
    return { ok: false, reason: 'The bearer token is not a JWT.' };
  }
  if (!ALGORITHMS.includes(String(header.alg)))
    return { ok: false, reason: 'The token must be signed with ES384 or RS384.' };
  const client = options.clients.find((c) => c.iss === iss);
  if (!client) return { ok: false, reason: 'The token issuer is not trusted by this service.' };
  if (header.jku !== undefined && !client.jku?.includes(header.jku))
    return { ok: false, reason: "The token's jku is not one this service trusts for its issuer." };
  const jwksUrl = client.jku?.[0];
  const { jwks } = client;
  const keys = jwks
    ? heldOrMade(localSets, client, () => createLocalJWKSet(jwks))
    : jwksUrl
      ? heldOrMade(remoteSets, jwksUrl, () => createRemoteJWKSet(new URL(jwksUrl), { [customFetch]: cappedFetch }))
      : null;
  if (!keys) return { ok: false, reason: 'No keys are configured for this issuer.' };
  const now = options.now ?? new Date();
  try {
    const { payload } = await jwtVerify(token, keys, {
      algorithms: ALGORITHMS,
      issuer: client.iss,
      audience: options.audience,
      requiredClaims: ['exp', 'iat', 'jti'],
      currentDate: now,
    });
    const { jti, iat, exp } = payload as { jti: unknown; iat: number; exp: number };
    // A lone surrogate (\p{Cs}) would be stored as U+FFFD, so two tokens could share one entry.
    if (typeof jti !== 'string' || jti === '' || jti.length > MAX_JTI_LENGTH || /\p{Cs}/u.test(jti))
      return {
        ok: false,
        reason: `The token's jti must be a well-formed string of 1 to ${MAX_JTI_LENGTH} characters.`,
      };
    if (exp - iat > MAX_LIFETIME_S)
      return { ok: false, reason: `The token lives longer than ${MAX_LIFETIME_S} s (exp - iat).` };
    if (iat > now.getTime() / 1000 + CLOCK_SKEW_S)
      return { ok: false, reason: `The token's iat is more than ${CLOCK_SKEW_S} s in the future.` };
    return { ok: true, client, jti, exp };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const reason =
      code === 'ERR_JWT_EXPIRED'
        ? 'The token has expired.'
        : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED'
          ? `The token's ${(error as { claim?: string }).claim} claim is wrong or missing.`
          : 'The token signature does not verify.';
    return { ok: false, reason };
  }
}
