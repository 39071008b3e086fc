// The tokens a CDS client has used, kept until they expire, in one Durable Object per issuer: a
// single SQLite-backed object answers every isolate and every location, so a JWT's `jti` is
// accepted once worldwide, not once per isolate. Entries live until the token's `exp` (plus the
// clock skew that `exp` is allowed), and no count evicts a live entry early.
import { DurableObject } from 'cloudflare:workers';

/** A Durable Object, one per issuer: `claim(jti, until)` is true the first time, false after. */
export class ReplayLedger extends DurableObject<Env> {
  private readonly sql: SqlStorage;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.sql = ctx.storage.sql;
    this.sql.exec(
      'CREATE TABLE IF NOT EXISTS used (jti TEXT PRIMARY KEY, until INTEGER NOT NULL); CREATE INDEX IF NOT EXISTS used_until ON used (until)',
    );
  }

  claim(jti: string, until: number): boolean {
    // One call at a time per object (input gates): the delete and insert cannot interleave.
    this.sql.exec('DELETE FROM used WHERE until < ?', Date.now() / 1000);
    const inserted = this.sql
      .exec('INSERT INTO used (jti, until) VALUES (?, ?) ON CONFLICT (jti) DO NOTHING RETURNING jti', jti, until)
      .toArray();
    return inserted.length > 0;
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
  ledger: DurableObjectNamespace<ReplayLedger>,
  iss: string,
  jti: string,
  until: number,
): Promise<boolean> {
  return ledger.get(ledger.idFromName(iss)).claim(jti, Math.ceil(until));
}
