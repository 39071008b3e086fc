import type { Result } from '@lms-score/core';
import type { Env } from '../../common/app-env.ts';
import { problemResponse } from '../../common/problems.ts';
import { CLOCK_SKEW_S, type TrustedClient, trustedClients, verifyClient } from './client-auth.ts';
import { firstUse } from './replay-ledger.ts';

/** Who called: anyone (no trust list: an open demo), or a client whose token verified and was new. */
export type Caller = Result<{ open: true } | { open: false; client: TrustedClient }, string>;

/**
 * With a trust list configured, the bearer JWT must verify (client-auth.ts) and its `jti` must be
 * new to the replay ledger; without one, the service is open. Every EHR route that takes patient
 * data calls this first. The token's `aud` must be the URL called (origin and path, as CDS Hooks
 * says of the service endpoint). A trust list without the ledger's binding trusts nobody (fails
 * closed).
 */
export async function authenticate(request: Request, env: Env, now: Date): Promise<Caller> {
  const { clients, error } = trustedClients(env.CDS_TRUSTED_CLIENTS);
  if (clients === null) return { ok: true, value: { open: true } };
  const refuse = (problem: string): Caller => ({ ok: false, problems: [problem] });
  const bearer = request.headers.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!bearer) return refuse(error ?? 'Send a CDS client JWT in Authorization: Bearer.');
  const { origin, pathname } = new URL(request.url);
  const check = await verifyClient(bearer, { clients, audience: origin + pathname, now });
  if (!check.ok) return refuse(check.reason);
  if (!env.REPLAY_LEDGER)
    return refuse('The replay ledger (the REPLAY_LEDGER Durable Object) is not bound; no client is trusted.');
  if (!(await firstUse(env.REPLAY_LEDGER, check.client.iss, check.jti, check.exp + CLOCK_SKEW_S)))
    return refuse('This token was already used (jti).');
  return { ok: true, value: { open: false, client: check.client } };
}

/** 401 naming why the caller is not trusted. */
export const unauthorized = (problems: readonly string[]): Response =>
  problemResponse('unauthorized', problems.join(' '), { headers: { 'www-authenticate': 'Bearer' } });
