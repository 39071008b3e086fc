import type { MiddlewareHandler } from 'hono';
import type { AppEnv, Env } from './app-env.ts';
import { BATCH_ROWS_TEXT } from './limits.ts';
import { problemResponse } from './problems.ts';

// The binding says only yes or no; its window is the `period` set in wrangler.toml (10 or 60 s),
// so the longest is the honest retry hint.
const RETRY_AFTER_SECONDS = 60;

/** The names of this Worker's rate-limit bindings. */
type LimiterName = { [K in keyof Env]-?: Env[K] extends RateLimit ? K : never }[keyof Env];

/** Rejects with 429 once a client IP passes the named binding's limit. */
export function rateLimit(binding: LimiterName): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const limiter = c.env[binding] as RateLimit;
    const key = c.req.header('cf-connecting-ip') ?? 'unknown-client';
    const { success } = await limiter.limit({ key });
    if (!success) {
      return problemResponse(
        'rate-limited',
        `Rate limit reached for this client; retry after ${RETRY_AFTER_SECONDS} seconds. For cohorts, send up to ${BATCH_ROWS_TEXT} per batch request.`,
        { headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } },
      );
    }
    await next();
  };
}
