/**
 * Environment for wrangler and Miniflare run locally: no usage metrics and no download of the
 * `Request.cf` sample from Cloudflare. Local runs then make no request off this machine.
 */
export const LOCAL_ONLY = {
  WRANGLER_SEND_METRICS: 'false',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
} as const;
