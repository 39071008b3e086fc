import { describe, expect, it } from 'vitest';
import { etagOf, matchesEtag } from '../../worker/common/etag.ts';
import { call } from './helpers.ts';

const SCORE = '/v1/lms/score?ki67=12&vascularInvasion=yes&lymphNodeMetastasis=no&adjuvantTherapy=no';

/** cyrb53 as its author publishes it: the 53-bit number that an ETag's two lanes hold the low bits of. */
const cyrb53Of = (etag: string): number =>
  4294967296 * (0x1fffff & Number.parseInt(etag.slice(1, 9), 16)) + Number.parseInt(etag.slice(9, 17), 16);

describe('ETags: one validator for every cacheable route, changing whenever the body could', () => {
  it.each([SCORE, '/v1/lms', '/v1/models'])('%s sends an ETag that is the hash of the body it sends', async (path) => {
    const res = await call(path);
    expect(res.status).toBe(200);
    const body = await res.text();
    expect(res.headers.get('etag')).toBe(etagOf(body));
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

  it("hashes as cyrb53's published values say (github.com/bryc/code, jshash/experimental)", () => {
    expect(cyrb53Of(etagOf('a'))).toBe(7929297801672961);
    expect(cyrb53Of(etagOf('b'))).toBe(8684336938537663);
    expect(cyrb53Of(etagOf('revenge'))).toBe(4051478007546757);
    expect(cyrb53Of(etagOf('revenue'))).toBe(8309097637345594);
    expect(etagOf('')).toMatch(/^"[0-9a-f]{16}"$/);
  });

  it('tells apart bodies that differ in one character, anywhere', () => {
    const body = JSON.stringify({ ki67: 12, text: 'x'.repeat(3000), words: '€ and 中文' });
    const tags = new Set([etagOf(body)]);
    for (let i = 0; i < body.length; i += 7) tags.add(etagOf(`${body.slice(0, i)}\u0001${body.slice(i + 1)}`));
    expect(tags.size).toBe(1 + Math.ceil(body.length / 7));
  });

  it('the same input spelt differently gets the same ETag, since the body is the same', async () => {
    const a = await call(SCORE);
    const b = await call('/v1/lms/score?adjuvantTherapy=0&lymphNodeMetastasis=false&vascularInvasion=1&ki67=12%25');
    expect(await b.text()).toBe(await a.text());
    expect(b.headers.get('etag')).toBe(a.headers.get('etag'));
  });
});
