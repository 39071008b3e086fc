import { exports } from 'cloudflare:workers';

const ORIGIN = 'http://lms.test';
let client = 0;

/**
 * A request to the Worker under test, in workerd. Each call comes from a fresh client IP unless
 * one is given, so the per-IP rate limit only bites in the tests that mean it to.
 */
export function call(path: string, init: RequestInit & { ip?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('cf-connecting-ip'))
    headers.set('cf-connecting-ip', init.ip ?? `10.0.${(client >> 8) & 255}.${client++ & 255}`);
  return exports.default.fetch(new Request(`${ORIGIN}${path}`, { ...init, headers }));
}

export const postJson = (path: string, body: unknown, init: RequestInit & { ip?: string } = {}) =>
  call(path, {
    ...init,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(init.headers as object) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** The query string a GET caller would send for a golden case's JSON input (null = omitted). */
export function queryFor(input: Record<string, unknown>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(input)) {
    if (v === null || v === undefined) continue;
    q.set(k, String(v));
  }
  return q.toString();
}
