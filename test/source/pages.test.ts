// The demo page (/) and the API reference (/docs) as the build writes them: what a reader and a
// copy-paster find there. (test/e2e/demo-page.test.ts looks at / in Chromium.)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lmsModel } from '@lms-score/core';
import { afterAll, describe, expect, it } from 'vitest';
import type { WidgetManifest } from '../../scripts/build/build-widget.ts';
import { frameListener, iframeSnippet } from '../../scripts/build/embed-snippets.ts';
import { openApiDocument } from '../../scripts/build/openapi-document.ts';
import { renderDocs } from '../../scripts/build/render-docs.ts';
import { renderPages } from '../../scripts/build/render-pages.ts';
import { LANGUAGES } from '../../widget/common/language.ts';
import { lmsEnForm } from '../../widget/locales/en-form.ts';

const ORIGIN = 'https://lms.example.org';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const file = (path: string) => ({ path, integrity: 'sha384-test', bytes: 1, gzipBytes: 1 });
const manifest = {
  version,
  files: Object.fromEntries(
    [
      'widget.js',
      'embed.js',
      'lms-validation.js',
      ...LANGUAGES.flatMap((l) => [`widget.${l}.js`, `embed.${l}.js`]),
    ].map((f) => [f, file(`/widget/${version}/${f}`)]),
  ),
} as unknown as WidgetManifest;
const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
/** The text a reader sees: <pre> blocks out, inline tags dropped, block tags a space. */
const prose = (html: string) =>
  decode(
    html
      .replace(/<pre[\s\S]*?<\/pre>/g, ' ')
      .replace(/<\/?(?:a|strong|code|span|em|i|small)\b[^>]*>/g, '')
      .replace(/<[^>]+>/g, ' '),
  );

describe('the demo page', () => {
  const out = mkdtempSync(join(tmpdir(), 'lms-demo-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  renderPages(out, manifest, ORIGIN);
  const page = readFileSync(join(out, 'index.html'), 'utf8');
  const body = page.slice(page.indexOf('<body>'));

  it('leaves the title and scope to the calculator: its own words say neither', () => {
    expect(prose(body)).not.toContain(lmsEnForm.title);
    expect(prose(body)).not.toContain('curative-intent resection');
    expect(body.match(/<h1>(.*)<\/h1>/)![1]).not.toBe(lmsEnForm.title);
  });

  it('shows the iframe snippet that needs no script, then the listener, each to copy', () => {
    const block = (id: string) => decode(page.match(new RegExp(`<code id="${id}">([\\s\\S]*?)</code>`))![1]!);
    expect(block('iframe-snippet')).toBe(iframeSnippet(ORIGIN));
    expect(block('iframe-snippet')).toContain('allow="clipboard-write"');
    expect(block('listener-snippet')).toBe(frameListener(ORIGIN));
    for (const id of ['snippet', 'iframe-snippet', 'listener-snippet'])
      expect(page).toContain(`<button type="button" class="copy" data-copy="${id}">`);
  });

  it('ends with a footer: the software and model versions, each named, the licence and the DOI', () => {
    const footer = prose(page.match(/<footer[\s\S]*<\/footer>/)![0]!).replace(/\s+/g, ' ');
    expect(footer).toContain(`LMS calculator ${version} (this software`);
    expect(footer).toContain(`model ${lmsModel.id} ${lmsModel.version}`);
    expect(footer).toContain('MIT licence');
    expect(footer).toContain(`doi:${lmsModel.citation.doi}`);
    expect(page).toContain(`<a class="doi" href="${lmsModel.citation.url}">`);
  });
});

describe('/docs', () => {
  const docs = renderDocs(openApiDocument({ api: ORIGIN, ehr: 'https://ehr.lms.example.org' }));
  const ids = [...docs.matchAll(/<(?:h2|h3|section|tr) id="([^"]+)"/g)].map((m) => m[1]!);

  it('opens with a table of contents linking every section and endpoint', () => {
    const toc = docs.match(/<nav class="toc"[\s\S]*?<\/nav>/)![0]!;
    const links = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    for (const link of links) expect(ids).toContain(link);
    const sections = [...docs.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]!);
    expect(sections.length).toBeGreaterThan(10);
    expect(links).toEqual(expect.arrayContaining([...sections, 'fields', 'endpoints', 'problems', 'problem-codes']));
  });

  it('shows code as code, never Markdown backticks', () => {
    expect(prose(docs)).not.toContain('`');
    expect(docs).toContain('<code>Cache-Control: public, max-age=86400</code>');
  });

  it('says "Unknown when absent or null" once, and names which version is which', () => {
    expect(docs.match(/Unknown when absent or null/g)).toHaveLength(1);
    expect(docs).toMatch(/<h1>[^<]*<\/h1>/); // no bare version in the heading
    expect(prose(docs)).toContain(`Software (this API, the pages and the widget): ${version}.`);
    expect(prose(docs)).toContain(`Model: ${lmsModel.version},`);
  });

  it('gives curl commands that bash runs as pasted, $lms and all', () => {
    const commands = [...docs.matchAll(/<pre><code>(curl [\s\S]*?)<\/code><\/pre>/g)].map(
      (m) => decode(m[1]!).split('\n\n')[0]!,
    );
    expect(commands.length).toBeGreaterThan(10);
    for (const command of commands) {
      // curl replaced by a function that prints its arguments; `set -u` fails on an unset $lms.
      const args = execFileSync('bash', ['-c', `set -eu; curl() { printf '%s\\n' "$@"; }; ${command}`], {
        encoding: 'utf8',
      }).split('\n');
      const url = args.find((a) => a.startsWith('https://'));
      expect(url, command).toMatch(/^https:\/\/(ehr\.)?lms\.example\.org\/\S+$/);
      expect(command).toContain(`'${url}'`);
    }
    expect(commands.some((c) => c.includes("'https://ehr.lms.example.org/fhir/RiskAssessment/$lms'"))).toBe(true);
  });
});
