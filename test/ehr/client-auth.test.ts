import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CLOCK_SKEW_S,
  MAX_LIFETIME_S,
  type TrustedClient,
  trustedClients,
  verifyClient,
} from '../../worker/ehr/cds/client-auth.ts';
import spec from '../cds/spec-examples.json';

// The spec's own example (CDS Hooks 2.0, Trusting CDS Clients > Example): header, payload, JWK Set, token.
const find = (key: string) => spec.examples.find((e) => Object.hasOwn(e.value, key))!.value as Record<string, unknown>;
const header = find('jku') as { jku: string };
const payload = find('jti') as { iss: string; aud: string; iat: number; exp: number };
const jwks = find('keys') as unknown as TrustedClient['jwks'];
const specClient: TrustedClient = { iss: payload.iss, jwks, jku: [header.jku] };
const atIssue = new Date((payload.iat + 60) * 1000);

const b64 = (x: object) => btoa(JSON.stringify(x)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');

describe('CDS client authentication (JWT, verified with jose)', () => {
  it("verifies the spec's example ES384 token's signature, then refuses its 3.5-year lifetime", async () => {
    // The lifetime is checked only once the signature, issuer and audience have verified.
    const check = await verifyClient(spec.token, { clients: [specClient], audience: payload.aud, now: atIssue });
    expect(check).toEqual({ ok: false, reason: `The token lives longer than ${MAX_LIFETIME_S} s (exp - iat).` });
  });

  it.each([
    [
      'a changed byte of the signature',
      (t: string) => `${t.slice(0, -5)}${t.at(-5) === 'A' ? 'B' : 'A'}${t.slice(-4)}`,
    ],
    ['a changed byte of the payload', (t: string) => t.replace('.eyJpc3Mi', '.eyJpc3Ni')],
  ])('refuses the spec token with %s', async (_, change) => {
    const check = await verifyClient(change(spec.token), {
      clients: [specClient],
      audience: payload.aud,
      now: atIssue,
    });
    expect(check.ok).toBe(false);
  });

  it('refuses a wrong aud, an expired token, an untrusted issuer and an unlisted jku', async () => {
    const options = { clients: [specClient], now: atIssue };
    expect(
      await verifyClient(spec.token, { ...options, audience: 'https://cds.example.org/cds-services/other' }),
    ).toEqual({
      ok: false,
      reason: "The token's aud claim is wrong or missing.",
    });
    expect(
      await verifyClient(spec.token, { ...options, audience: payload.aud, now: new Date((payload.exp + 1) * 1000) }),
    ).toEqual({ ok: false, reason: 'The token has expired.' });
    expect(
      await verifyClient(spec.token, {
        clients: [{ ...specClient, iss: 'https://other.example/' }],
        audience: payload.aud,
        now: atIssue,
      }),
    ).toMatchObject({ ok: false, reason: 'The token issuer is not trusted by this service.' });
    expect(
      await verifyClient(spec.token, {
        clients: [{ ...specClient, jku: ['https://elsewhere.example/jwks'] }],
        audience: payload.aud,
        now: atIssue,
      }),
    ).toMatchObject({ ok: false, reason: "The token's jku is not one this service trusts for its issuer." });
  });

  it('refuses alg none and HMAC (HS256) tokens, even with a matching issuer', async () => {
    const claims = { ...payload, jti: 'x-none' };
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
    expect(await verifyClient(none, { clients: [specClient], audience: payload.aud, now: atIssue })).toMatchObject({
      ok: false,
      reason: 'The token must be signed with ES384 or RS384.',
    });
    const secret = new TextEncoder().encode('shared-secret-shared-secret-32by');
    const hs256 = await new SignJWT({ ...claims, jti: 'x-hs' })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(secret);
    expect(await verifyClient(hs256, { clients: [specClient], audience: payload.aud, now: atIssue })).toMatchObject({
      ok: false,
    });
  });

  describe('lifetime and jti (CDS Hooks: exp at most 5 minutes after iat)', () => {
    let sign: (claims: Record<string, unknown>) => Promise<string>;
    const client: TrustedClient = { iss: 'https://ehr.example/', jwks: { keys: [] } };
    const audience = 'https://lms.example/cds-services/lms';
    const now = new Date('2026-12-03T12:00:00Z');
    const t = now.getTime() / 1000;
    beforeAll(async () => {
      const { privateKey, publicKey } = await generateKeyPair('RS384');
      client.jwks!.keys.push({ ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS384' });
      sign = (claims) =>
        new SignJWT({ jti: crypto.randomUUID(), iat: t, exp: t + 300, ...claims })
          .setProtectedHeader({ alg: 'RS384', typ: 'JWT', kid: 'k1' })
          .setIssuer(client.iss)
          .setAudience(audience)
          .sign(privateKey);
    });
    const verify = async (claims: Record<string, unknown>) =>
      verifyClient(await sign(claims), { clients: [client], audience, now });

    it('accepts a 5-minute token, and one issued up to the stated clock skew ahead', async () => {
      expect(await verify({ jti: 'a' })).toMatchObject({ ok: true, jti: 'a', exp: t + 300 });
      const ahead = t + CLOCK_SKEW_S;
      expect(await verify({ iat: ahead, exp: ahead + 300 })).toMatchObject({ ok: true });
    });

    it.each([
      ['exp in 2100', { exp: Date.UTC(2100, 0, 1) / 1000 }, 'lives longer'],
      ['exp 1e308', { exp: 1e308 }, 'lives longer'],
      ['a lifetime of 5 minutes and 1 second', { exp: t + 301 }, 'lives longer'],
      ['iat ten years ago', { iat: t - 10 * 365 * 86400 }, 'lives longer'],
      ['iat a day ahead', { iat: t + 86400, exp: t + 86400 + 60 }, 'in the future'],
      ['iat past the clock skew', { iat: t + CLOCK_SKEW_S + 1, exp: t + CLOCK_SKEW_S + 61 }, 'in the future'],
      ['a numeric jti', { jti: 12345 }, 'jti must be a well-formed string'],
      ['an object jti', { jti: { a: 1 } }, 'jti must be a well-formed string'],
      ['an empty jti', { jti: '' }, 'jti'],
      ['a 257-character jti', { jti: 'j'.repeat(257) }, 'jti must be a well-formed string'],
      ['a jti with a lone surrogate', { jti: 'a\ud800' }, 'jti must be a well-formed string'],
    ])('refuses %s', async (_, claims, reason) => {
      const check = await verify(claims);
      expect(check.ok).toBe(false);
      expect(check.ok ? '' : check.reason).toContain(reason);
    });
  });

  it('reads the trust list: unset is an open service; unreadable trusts nobody and says so', () => {
    expect(trustedClients(undefined)).toEqual({ clients: null });
    expect(trustedClients('[{"iss":"https://a.example/"}]')).toEqual({ clients: [{ iss: 'https://a.example/' }] });
    expect(trustedClients('{nope')).toMatchObject({
      clients: [],
      error: expect.stringContaining('no client is trusted'),
    });
  });

  it('reads one configuration once: the same clients (and so their imported keys) serve every request', () => {
    const config = '[{"iss":"https://b.example/"}]';
    const first = trustedClients(config);
    expect(trustedClients(config)).toBe(first);
    expect(trustedClients('[{"iss":"https://c.example/"}]').clients).toEqual([{ iss: 'https://c.example/' }]);
  });
});
