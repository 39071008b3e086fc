// One setting per public address: a build for a real deployment names it everywhere, and
// npm start's address nowhere (scripts/support/public-origins.ts).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WidgetManifest } from '../../scripts/build/build-widget.ts';
import { openApiDocument } from '../../scripts/build/openapi-document.ts';
import { renderDocs } from '../../scripts/build/render-docs.ts';
import { renderPages } from '../../scripts/build/render-pages.ts';
import { LOCAL_ORIGINS, originOf, publicOrigins } from '../../scripts/support/public-origins.ts';

const DEPLOYED = { api: 'https://lms.example.org', ehr: 'https://ehr.lms.example.org' };
const LOCAL = /127\.0\.0\.1|localhost/;
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });

describe('the public origins', () => {
  const out = mkdtempSync(join(tmpdir(), 'lms-pages-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('are read from LMS_PUBLIC_ORIGIN and LMS_EHR_ORIGIN, else npm start’s, and refuse a URL that is not an origin', () => {
    expect(publicOrigins({})).toEqual(LOCAL_ORIGINS);
    expect(publicOrigins({ LMS_PUBLIC_ORIGIN: 'https://lms.example.org/', LMS_EHR_ORIGIN: DEPLOYED.ehr })).toEqual(
      DEPLOYED,
    );
    expect(() => originOf('LMS_PUBLIC_ORIGIN', 'https://lms.example.org/widget')).toThrow(
      /LMS_PUBLIC_ORIGIN must be an origin/,
    );
    expect(() => originOf('LMS_EHR_ORIGIN', 'ehr.example.org')).toThrow(/LMS_EHR_ORIGIN/);
  });

  it('name the deployment in the pages, /docs and openapi.json, and 127.0.0.1 nowhere', () => {
    const manifest = JSON.parse(readFileSync('dist/public/widget/manifest.json', 'utf8')) as WidgetManifest;
    renderPages(out, manifest, DEPLOYED.api);
    const doc = openApiDocument(DEPLOYED);
    const written = {
      'index.html': readFileSync(join(out, 'index.html'), 'utf8'),
      'embed.html': readFileSync(join(out, 'embed.html'), 'utf8'),
      'validate.html': readFileSync(join(out, 'validate.html'), 'utf8'),
      'docs.html': renderDocs(doc),
      'openapi.json': JSON.stringify(doc),
    };
    for (const [name, text] of Object.entries(written)) expect(text, name).not.toMatch(LOCAL);
    expect(written['index.html']).toContain(`${DEPLOYED.api}/widget/`);
    expect(written['docs.html']).toContain(`${DEPLOYED.ehr}/cds-services`);
    expect(doc.servers[0]!.url).toBe(DEPLOYED.api);
  });

  it('serve built files only: no TypeScript source or tsconfig in what either Worker serves', () => {
    const served = [...filesUnder('dist/public'), ...filesUnder('dist/ehr-public')];
    expect(served.filter((f) => /\.ts$|tsconfig\.json$/.test(f))).toEqual([]);
  });

  it('leave no local address in any other file either Worker serves (those do not depend on it)', () => {
    const built = [...filesUnder('dist/public'), ...filesUnder('dist/ehr-public')].filter(
      (f) => !/[\\/](index|docs|embed|validate)\.html$|[\\/]openapi\.json$/.test(f),
    );
    expect(built.length).toBeGreaterThan(20);
    const named = built.filter((f) => LOCAL.test(readFileSync(f, 'latin1')));
    expect(named).toEqual([]);
  });
});
