import type { Env } from '../../common/app-env.ts';

// The tokens a CDS client has used, kept until they expire, in one Durable Object per issuer: a
// single SQLite-backed object answers every isolate and every location, so a JWT's `jti` is
// accepted once worldwide, not once per isolate. Entries live until the token's `exp` (plus the
// clock skew that `exp` is allowed), and no count evicts a live entry early.

/** The part of a Durable Object's state this object uses (SQLite storage). */
interface LedgerState {
  readonly storage: {
    readonly sql: {
      exec(query: string, ...bindings: (string | number)[]): { toArray(): unknown[] };
    };
  };
}

/** A Durable Object: `POST /claim?jti=..&until=..` answers 201 the first time, 409 after. */
export class ReplayLedger {
  private readonly sql: LedgerState['storage']['sql'];

  constructor(state: LedgerState) {
    this.sql = state.storage.sql;
    this.sql.exec(
      'CREATE TABLE IF NOT EXISTS used (jti TEXT PRIMARY KEY, until INTEGER NOT NULL); CREATE INDEX IF NOT EXISTS used_until ON used (until)',
    );
  }

  async fetch(request: Request): Promise<Response> {
    const query = new URL(request.url).searchParams;
    const jti = query.get('jti');
    const until = Number(query.get('until'));
    if (jti === null || !Number.isSafeInteger(until)) return new Response('jti and until', { status: 400 });
    // One request at a time per object (input gates): the delete and insert cannot interleave.
    this.sql.exec('DELETE FROM used WHERE until < ?', Date.now() / 1000);
    const inserted = this.sql
      .exec('INSERT INTO used (jti, until) VALUES (?, ?) ON CONFLICT (jti) DO NOTHING RETURNING jti', jti, until)
      .toArray();
    return new Response(null, { status: inserted.length ? 201 : 409 });
  }
}

/**
 * Records an issuer's `jti` until `until` (seconds since the epoch); true the first time it is
 * seen anywhere, false for a replay.
 *
 * @example
 * if (!(await firstUse(env.REPLAY_LEDGER, client.iss, jti, exp + CLOCK_SKEW_S))) refuse();
 */
export async function firstUse(
  ledger: NonNullable<Env['REPLAY_LEDGER']>,
  iss: string,
  jti: string,
  until: number,
): Promise<boolean> {
  const stub = ledger.get(ledger.idFromName(iss) as never);
  const query = new URLSearchParams({ jti, until: String(Math.ceil(until)) });
  const answer = await stub.fetch(`https://replay-ledger/claim?${query}`, { method: 'POST' });
  return answer.status === 201;
}
