// Each language's own one-tag file (widget.<language>.js, embed.<language>.js): its form paints
// from that one file, in its language, with no language pack and no second part; with the second
// part it scores as the core does; /embed?lang= serves the language's page; the demo page's
// snippet offers each file with its hash.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse, score } from '@lms-score/core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WidgetManifest } from '../../scripts/build/build-widget.ts';
import { iframeSnippet } from '../../scripts/build/embed-snippets.ts';
import { embedTitle } from '../../scripts/build/render-pages.ts';
import { FRAME_PX } from '../../scripts/build/reserved-sizes.ts';
import { launchChromium } from '../../scripts/support/browser.ts';
import { type DevServer, startDevServer } from '../../scripts/support/dev-server.ts';
import { type HostPages, serveHostPages } from '../../scripts/support/host-page-server.ts';
import { LANGUAGES } from '../../widget/common/language.ts';
import type { LocalePack } from '../../widget/locales/locale-strings.ts';
import { rawInput, scoredCases } from '../support/golden-vectors.ts';

const manifest = JSON.parse(readFileSync('dist/public/widget/manifest.json', 'utf8')) as WidgetManifest;
const OTHERS = LANGUAGES.filter((l) => l !== 'en');
const packOf = async (language: string): Promise<LocalePack> =>
  ((await import(`../../widget/locales/${language.toLowerCase()}.ts`)) as { pack: LocalePack }).pack;

describe("each language's own one-tag file", { timeout: 120_000 }, () => {
  let server: DevServer;
  let host: HostPages;
  let browser: Browser;
  beforeAll(async () => {
    server = await startDevServer();
    const pages: Record<string, [string, string]> = {};
    for (const language of OTHERS) {
      const file = manifest.files[`widget.${language}.js`]!;
      pages[`/${language}`] = [
        'text/html',
        `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>Article</title></head><body><script src="${server.url}${file.path}" integrity="${file.integrity}" crossorigin="anonymous" async></script></body></html>`,
      ];
    }
    host = await serveHostPages(pages);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await server?.stop();
  });

  it('is in the manifest with the SRI hash of its bytes, for the widget and for /embed', () => {
    for (const language of OTHERS)
      for (const name of [`widget.${language}.js`, `embed.${language}.js`]) {
        const file = manifest.files[name]!;
        const bytes = readFileSync(`dist/public${file.path}`);
        expect(file.integrity).toBe(`sha384-${createHash('sha384').update(bytes).digest('base64')}`);
      }
  });

  it('paints the form in its language from that one file: no pack is fetched, and without the second part', async () => {
    for (const language of OTHERS) {
      const t = await packOf(language);
      const context = await browser.newContext();
      const tab = await context.newPage();
      const asked: string[] = [];
      tab.on('request', (r) => asked.push(new URL(r.url()).pathname));
      await tab.route('**/calculator-part.js', (route) => route.abort());
      await tab.goto(`${host.url}/${language}`);
      const calculator = tab.locator('lms-calculator');
      await expect.poll(() => calculator.locator('h2').textContent()).toBe(t.models.lms!.title);
      await expect.poll(() => calculator.locator('.error[role="alert"]').textContent()).toBe(t.ui.partFailed);
      expect(await calculator.locator('#ki67').isVisible()).toBe(true);
      expect(asked.filter((p) => p.includes('/locales/'))).toEqual([]);
      await context.close();
    }
  });

  it('scores every golden vector as the core does once the second part is here', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${host.url}/ja`);
    const cases = scoredCases.filter((c) => !c.source);
    const results = await tab.evaluate(async (inputs) => {
      const el = document.querySelector('lms-calculator') as HTMLElement & {
        value: unknown;
        result: unknown;
        updateComplete: Promise<boolean>;
      };
      const out = [];
      for (const input of inputs) {
        el.value = input;
        await el.updateComplete;
        out.push(el.result);
      }
      return out;
    }, cases.map(rawInput));
    expect(results).toEqual(
      cases.map((c) => {
        const read = parse(rawInput(c));
        if (!read.ok) throw new Error(`${c.name} must parse`);
        return score(read.value);
      }),
    );
    await tab.close();
  });

  it("serves /embed?lang= as that language's page, and the reader's-browser page otherwise", async () => {
    const page = async (query: string) => {
      const res = await fetch(`${server.url}/embed${query}`);
      return { res, html: await res.text() };
    };
    for (const [query, language] of [
      ['?lang=ja&ki67=25', 'ja'],
      ['?lang=zh-CN', 'zh-Hans'],
      ['?lang=zh-TW', 'zh-Hant'],
      ['?lang=AR', 'ar'],
    ] as const) {
      const { res, html } = await page(query);
      expect(res.status).toBe(200);
      expect(html).toContain(`<html lang="${language}">`);
      expect(html).toContain(
        `${manifest.files[`embed.${language}.js`]!.path}" integrity="${manifest.files[`embed.${language}.js`]!.integrity}"`,
      );
      expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *');
    }
    for (const query of ['', '?lang=en', '?lang=tlh', '?lang=<script>']) {
      const { res, html } = await page(query);
      expect(res.status).toBe(200);
      expect(html).toContain(manifest.files['embed.js'].path);
    }
    // The language's page in a frame: its form in Japanese, without a pack request.
    const tab = await browser.newPage();
    const asked: string[] = [];
    tab.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await tab.goto(`${server.url}/embed?lang=ja`);
    const t = await packOf('ja');
    await expect.poll(() => tab.locator('lms-calculator h2').textContent()).toBe(t.models.lms!.title);
    expect(asked.filter((p) => p.includes('/locales/'))).toEqual([]);
    await tab.close();
  });

  it("offers each language's snippets on the demo page: its file, with its hash and language, and its framed page", async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/`);
    const snippet = tab.locator('#snippet');
    const frame = tab.locator('#iframe-snippet');
    const english = (await snippet.textContent())!;
    expect(english).toContain(`${manifest.files['widget.js'].path}"`);
    const origin = english.match(/src="(https?:\/\/[^/"]+)\//)![1]!; // the build's public origin
    expect(await frame.textContent()).toBe(iframeSnippet(origin));
    for (const language of OTHERS) {
      await tab.selectOption('#snippet-language', language);
      const file = manifest.files[`widget.${language}.js`]!;
      const text = await snippet.textContent();
      expect(text).toContain(`${origin}${file.path}"`);
      expect(text).toContain(`integrity="${file.integrity}"`);
      expect(text).toContain(`data-lang="${language}"`);
      // The frame: that language's /embed, named in it, as tall as the tallest language needs.
      expect(await frame.textContent()).toBe(iframeSnippet(origin, FRAME_PX.tallest, language, embedTitle(language)));
    }
    await tab.selectOption('#snippet-language', 'en');
    expect(await frame.textContent()).toBe(iframeSnippet(origin));
    await tab.close();
  });
});
