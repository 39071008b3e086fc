import { describe, expect, it } from 'vitest';
import { etagOf, matchesEtag } from '../../worker/etag.ts';
import { call } from './helpers.ts';

const SCORE = '/v1/lms/score?ki67=12&vascularInvasion=yes&lymphNodeMetastasis=no&adjuvantTherapy=no';

/** FNV-1a 64 of the text's UTF-8 as a quoted hex ETag, written here with BigInt, independently of worker/etag.ts. */
function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) h = ((h ^ BigInt(byte)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return `"${h.toString(16).padStart(16, '0')}"`;
}

describe('ETags: one validator for every cacheable route, changing whenever the body could', () => {
  it.each([SCORE, '/v1/lms', '/v1/models'])('%s sends an ETag that is the hash of the body it sends', async (path) => {
    const res = await call(path);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(res.headers.get('etag')).toBe(fnv1a64(body));
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
    const newTag = etagOf(released);
    expect(newTag).not.toBe(res.headers.get('etag'));
    expect(matchesEtag(res.headers.get('etag')!, newTag)).toBe(false);
  });

  it("hashes as FNV-1a 64's published test vectors say", () => {
    expect(etagOf('')).toBe('"cbf29ce484222325"');
    expect(etagOf('a')).toBe('"af63dc4c8601ec8c"');
    expect(etagOf('foobar')).toBe('"85944171f73967e8"');
    for (const text of ['€ and 中文', JSON.stringify({ ki67: 12 }), 'x'.repeat(5000)])
      expect(etagOf(text)).toBe(fnv1a64(text));
  });

  it('the same input spelt differently gets the same ETag, since the body is the same', async () => {
    const a = await call(SCORE);
    const b = await call('/v1/lms/score?adjuvantTherapy=0&lymphNodeMetastasis=false&vascularInvasion=1&ki67=12%25');
    expect(await b.text()).toBe(await a.text());
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'));
  });
});
