import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Environment for wrangler and Miniflare run locally: no usage metrics and no download of the
 * `Request.cf` sample from Cloudflare. Local runs then make no request off this machine.
 */
export const LOCAL_ONLY = {
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
} as const;

/**
 * An empty env file, made on first use. Given to wrangler as `--env-file`, it keeps a developer's
 * .dev.vars and .env (their secrets, their trust list) out of what tests start and out of the
 * generated Env types: with an env file named, wrangler reads neither.
 */
export function noDevVars(): string {
  const file = 'dist/types/no-dev-vars.env';
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '');
  return file;
}
