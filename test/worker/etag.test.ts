import { describe, expect, it } from 'vitest';
import { etagOf, matchesEtag } from '../../worker/etag.ts';
import { call } from './helpers.ts';

const SCORE = '/v1/lms/score?ki67=12&vascularInvasion=yes&lymphNodeMetastasis=no&adjuvantTherapy=no';

/** The first 128 bits of SHA-256 of the text, hex, computed here independently of worker/etag.ts. */
async function sha128(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `"${[...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('')}"`;
}

describe('ETags: one validator for every cacheable route, changing whenever the body could', () => {
  it.each([SCORE, '/v1/lms', '/v1/models'])('%s sends an ETag that is the hash of the body it sends', async (path) => {
    const res = await call(path);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(res.headers.get('etag')).toBe(await sha128(body));
  });

  it.each([SCORE, '/v1/lms', '/v1/models'])('%s answers a matching If-None-Match with an empty 304', async (path) => {
    const etag = (await call(path)).headers.get('etag')!;
    for (const header of [etag, `W/${etag}`, `"nope", ${etag}`, '*']) {
      const again = await call(path, { headers: { 'if-none-match': header } });
      expect(again.status, header).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
      expect(await again.text()).toBe('');
    }
    expect((await call(path, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
  });

  it('a release that changes the body for the same model and input changes the ETag', async () => {
    // What a release that adds a result field would send for the same input: the old tag no longer matches.
    const res = await call(SCORE);
    const body = await res.text();
    const released = JSON.stringify({ ...JSON.parse(body), addedInANewRelease: true });
    const newTag = await etagOf(released);
    expect(newTag).not.toBe(res.headers.get('etag'));
    expect(matchesEtag(res.headers.get('etag')!, newTag)).toBe(false);
  });

  it('the same input spelt differently gets the same ETag, since the body is the same', async () => {
    const a = await call(SCORE);
    const b = await call('/v1/lms/score?adjuvantTherapy=0&lymphNodeMetastasis=false&vascularInvasion=1&ki67=12%25');
    expect(await b.text()).toBe(await a.text());
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'));
  });
});
