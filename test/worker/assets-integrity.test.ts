import { describe, expect, it } from 'vitest';
import type { WidgetManifest } from '../../scripts/build/build-widget.ts';
import { LANGUAGES } from '../../widget/common/language.ts';
import { call } from './helpers.ts';

const sri = async (bytes: ArrayBuffer) =>
  `sha384-${btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))))}`;

describe("widget files: immutable versions whose bytes match the manifest's SRI hashes", () => {
  it('serves every manifest file with its hash, cached immutable', async () => {
    const manifest = (await (await call('/widget/manifest.json')).json()) as WidgetManifest;
    const files = Object.values(manifest.files);
    expect(Object.keys(manifest.files).sort()).toEqual(
      [
        'calculator-part.dev.js',
        'calculator-part.js',
        'embed.js',
        'lms-calculator.dev.js',
        'lms-calculator.js',
        'lms-validation.js',
        'validation-worker.js',
        ...LANGUAGES.filter((l) => l !== 'en').flatMap((l) => [`locales/${l}.js`, `widget.${l}.js`, `embed.${l}.js`]),
        'widget.js',
      ].sort(),
    );
    for (const file of files) {
      expect(file.path).toMatch(new RegExp(`^/widget/${manifest.version}/`));
      const res = await call(file.path);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('access-control-allow-origin')).toBe('*'); // crossorigin="anonymous" + integrity needs CORS
      expect(await sri(await res.arrayBuffer())).toBe(file.integrity);
    }
  });

  it('serves /widget.js as the same bytes as the current version, not immutable', async () => {
    const manifest = (await (await call('/widget/manifest.json')).json()) as WidgetManifest;
    const latest = await call('/widget.js');
    expect(latest.headers.get('cache-control')).not.toContain('immutable');
    expect(await sri(await latest.arrayBuffer())).toBe(manifest.files['widget.js'].integrity);
  });

  it("keeps the /embed page's frame code (query settings, height messages) out of the file host pages load", async () => {
    const manifest = (await (await call('/widget/manifest.json')).json()) as WidgetManifest;
    const hostFile = await (await call(manifest.files['widget.js'].path)).text();
    const embedFile = await (await call(manifest.files['embed.js'].path)).text();
    expect(hostFile).not.toContain('lms-calculator:height');
    expect(embedFile).toContain('lms-calculator:height');
    expect(await (await call('/embed')).text()).toContain(manifest.files['embed.js'].path);
  });
});
