// The files that make the pages work offline (docs/offline.md), as the Worker serves them after
// `npm run build`. test/e2e/offline.test.ts drives them in Chromium.
import { describe, expect, it } from 'vitest';
import { call } from './helpers.ts';

describe('offline files: the service worker and the web app manifest', () => {
  it('serves /sw.js as JavaScript that a browser asks for again on every visit, not for a year', async () => {
    const res = await call('/sw.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain("addEventListener('fetch'");
    expect((await call('/sw.js', { method: 'HEAD' })).headers.get('cache-control')).toBe('no-cache');
  });

  it('serves the web app manifest as application/manifest+json', async () => {
    const res = await call('/manifest.webmanifest');
    expect(res.headers.get('content-type')).toBe('application/manifest+json');
    const manifest = (await res.json()) as { start_url: string; icons: { src: string }[] };
    expect(manifest.start_url).toBe('/');
    for (const { src } of manifest.icons) {
      const icon = await call(src);
      expect(icon.status, src).toBe(200);
      expect(icon.headers.get('content-type'), src).toBe('image/png');
    }
  });

  it.each(['/', '/embed'])("%s may load its manifest (manifest-src 'self'), and names it", async (path) => {
    const res = await call(path);
    expect(res.headers.get('content-security-policy')).toContain("manifest-src 'self'");
    const html = await res.text();
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    expect(html).toContain('<script src="/register-service-worker.js" defer></script>');
  });

  it('the one-tag widget.js, which other sites load, registers no service worker', async () => {
    for (const path of ['/widget.js', '/register-service-worker.js']) {
      const text = await (await call(path)).text();
      expect(text.includes('serviceWorker'), path).toBe(path !== '/widget.js');
    }
  });
});
