// What search engines and Lighthouse's SEO and accessibility audits read in every page the build
// writes: one meta description each, not empty, in the page's language; a language and a title; and
// a main landmark. (`npm run lighthouse` scores the served pages; this keeps what it found in CI.)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { WidgetManifest } from '../../scripts/build/build-widget.ts';
import { openApiDocument } from '../../scripts/build/openapi-document.ts';
import { renderDocs } from '../../scripts/build/render-docs.ts';
import { embedDescription, embedTitle, renderPages } from '../../scripts/build/render-pages.ts';
import { LANGUAGES } from '../../widget/common/language.ts';

const ORIGIN = 'https://lms.example.org';
const file = (path: string) => ({ path, integrity: 'sha384-test', bytes: 1, gzipBytes: 1 });
const manifest = {
  version: '0.0.0',
  files: Object.fromEntries(
    [
      'widget.js',
      'embed.js',
      'lms-validation.js',
      ...LANGUAGES.flatMap((l) => [`widget.${l}.js`, `embed.${l}.js`]),
    ].map((f) => [f, file(`/widget/0.0.0/${f}`)]),
  ),
} as unknown as WidgetManifest;
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('every page’s head', () => {
  const out = mkdtempSync(join(tmpdir(), 'lms-heads-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  renderPages(out, manifest, ORIGIN);
  const pages: Record<string, string> = {
    '/': readFileSync(join(out, 'index.html'), 'utf8'),
    '/validate': readFileSync(join(out, 'validate.html'), 'utf8'),
    '/docs': renderDocs(openApiDocument({ api: ORIGIN, ehr: 'https://ehr.lms.example.org' })),
    ...Object.fromEntries(
      LANGUAGES.map((l) => [
        l === 'en' ? '/embed' : `/embed?lang=${l}`,
        readFileSync(join(out, l === 'en' ? 'embed.html' : `embed.${l}.html`), 'utf8'),
      ]),
    ),
  };
  const description = (html: string) =>
    [...html.matchAll(/<meta name="description" content="([^"]*)">/g)].map((m) => decode(m[1]!));

  it.each(Object.keys(pages))('%s has one meta description, a sentence or two long', (path) => {
    const html = pages[path]!;
    const [said, ...more] = description(html);
    expect(more).toEqual([]);
    expect(said?.length).toBeGreaterThanOrEqual(20); // a sentence, in Chinese too
    expect(said!.length).toBeLessThanOrEqual(200); // what a results page shows, about
    expect(html.indexOf('name="description"')).toBeLessThan(html.indexOf('</head>')); // in the head
    expect(html).toMatch(/<html lang="[a-zA-Z-]+">/);
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    expect(html).toMatch(/<main[ >]/);
  });

  it('each page says what it is: no two share a description', () => {
    const kinds = ['/', '/validate', '/docs', '/embed'].map((path) => description(pages[path]!)[0]);
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  it.each(LANGUAGES)(
    '/embed in %s names and describes the calculator in its own language and holds it in <main>',
    (language) => {
      const html = pages[language === 'en' ? '/embed' : `/embed?lang=${language}`]!;
      expect(html).toContain(`<html lang="${language}">`);
      expect(description(html)).toEqual([embedDescription(language)]);
      const title = decode(html.match(/<title>([^<]*)<\/title>/)![1]!);
      expect(title).toBe(embedTitle(language));
      // Named as the calculator names itself in that language (not English's words on every page).
      expect(title === embedTitle('en')).toBe(language === 'en');
      // The one-tag script draws the calculator where it stands: inside the page's main landmark.
      expect(html).toMatch(/<main>\s*<script src="\/widget\/0\.0\.0\/embed[^"]*\.js"[^>]*><\/script>\s*<\/main>/);
    },
  );
});
