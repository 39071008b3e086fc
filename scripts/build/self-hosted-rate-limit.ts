// Cloudflare's rate-limit binding (`[[ratelimits]]`), which plain workerd does not have, with the
// same `limit({ key })` interface: a workerd extension module behind a `wrapped` binding, given
// the wrangler file's `simple = { limit, period }`. It counts in the Worker's memory in fixed
// windows of `period` seconds: one count per workerd process (Cloudflare counts per location), and
// a restart starts from zero. Bundled by self-hosted-config.ts; runs in workerd, not in Node.

/** The binding's interface, as the Workers runtime types declare `RateLimit`. */
export interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/**
 * A limiter allowing `limit` calls per key in each window of `period` seconds. workerd calls this
 * once per binding, with the wrapped binding's inner bindings.
 *
 * @example
 * const limiter = rateLimiter({ limit: 600, period: 60 });
 * (await limiter.limit({ key: '10.0.0.1' })).success; // true for the first 600 calls a minute
 */
export default function rateLimiter(config: { limit: number; period: number }): RateLimiter {
  const { limit, period } = config;
  if (!(limit > 0 && period > 0))
    throw new Error(`rate limit needs a positive limit and period, got ${limit}/${period}`);
  let window = Number.NaN;
  // One window's counts only: a new window drops the last, so memory is one entry per key seen lately.
  let counts = new Map<string, number>();
  return {
    async limit({ key }) {
      const now = Math.floor(Date.now() / 1000 / period);
      if (now !== window) {
        window = now;
        counts = new Map();
      }
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      return { success: count <= limit };
    },
  };
}
