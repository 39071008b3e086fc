// The figures docs/widget.md prints and the snippets reserve (scripts/build/reserved-sizes.ts),
// measured again on the built widget and /embed: the calculator's height before input, and the
// frame's height in every language, so that neither can drift from what the pages and docs say.
// (test/source/reserved-sizes-docs.test.ts holds docs/widget.md and the demo page's CSS to them.)
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WidgetManifest } from '../../scripts/build/build-widget.ts';
import { CALCULATOR_REM, FRAME_PX, FRAME_WIDTHS } from '../../scripts/build/reserved-sizes.ts';
import { type HostPages, serveHostPages } from '../../scripts/support/host-page-server.ts';
import { LANGUAGES } from '../../widget/common/language.ts';
import { devServerAndBrowser } from './dev-browser.ts';

const manifest = JSON.parse(readFileSync('dist/public/widget/manifest.json', 'utf8')) as WidgetManifest;
const widget = manifest.files['widget.js'];
const WIDTHS = Object.keys(CALCULATOR_REM).map(Number);
// The demo page's font: a system sans-serif is wider, so taller, than the browser's default serif.
const FONT = 'font:16px system-ui,sans-serif';
const FIX = 'measured; write these figures into scripts/build/reserved-sizes.ts, then docs/widget.md';

describe('the sizes the docs print and the snippets reserve, measured', { timeout: 180_000 }, () => {
  const { server, browser } = devServerAndBrowser();
  let host: HostPages;
  beforeAll(async () => {
    const tag = `<script src="${server().url}${widget.path}" integrity="${widget.integrity}" crossorigin="anonymous" async></script>`;
    const page = (body: string, style = '') =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0;${style}">${body}</body></html>`;
    // Each language's /embed in a frame as wide as the page, with the snippet's permission; each
    // frame's messages kept by its index.
    const frames = LANGUAGES.map(
      (lang) =>
        `<iframe src="${server().url}/embed?lang=${lang}" title="${lang}" allow="clipboard-write" style="display:block;width:100%;height:100px;border:0"></iframe>`,
    ).join('');
    const record = `<script>window.posted = [];
      addEventListener('message', (e) => {
        const i = [...document.querySelectorAll('iframe')].findIndex((f) => f.contentWindow === e.source);
        if (e.data?.type === 'lms-calculator:height') window.posted[i] = e.data.height;
      });</script>`;
    host = await serveHostPages({
      ...Object.fromEntries(
        WIDTHS.flatMap((w) =>
          ['', ' data-share'].map((share) => [
            `/box-${w}${share ? '-share' : ''}`,
            ['text/html', page(`<div style="width:${w}px">${tag.replace(' async', ` async${share}`)}</div>`, FONT)],
          ]),
        ),
      ),
      '/frames': ['text/html', page(`${record}${frames}`)],
    });
  });

  it("holds the calculator's height before input, at 280 px, 320 px and 44rem wide, with or without share", async () => {
    const measured: Record<string, number> = {};
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    for (const width of WIDTHS) {
      for (const share of ['', '-share']) {
        await page.goto(`${host.url}/box-${width}${share}`);
        await page.locator('lms-calculator .result-body.empty').waitFor(); // the second part is here
        const px = await page.locator('lms-calculator').evaluate((e) => e.getBoundingClientRect().height);
        measured[width] = Math.max(measured[width] ?? 0, Math.round((px / 16) * 10) / 10);
      }
    }
    await page.close();
    expect(measured, `the calculator's height (rem) ${FIX}`).toEqual(CALCULATOR_REM);
  });

  /** Each language's settled /embed height in a frame `width` px wide: the message that fits its page. */
  async function frameHeights(page: Page, width: number): Promise<Record<string, number>> {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${host.url}/frames`);
    const frames = await Promise.all(
      LANGUAGES.map(async (_, i) => (await page.locator('iframe').nth(i).elementHandle())!.contentFrame()),
    );
    const settled = async () => {
      const posted = await page.evaluate(() => (window as unknown as { posted: number[] }).posted);
      const own = await Promise.all(
        frames.map((f) => f!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))),
      );
      return LANGUAGES.every((_, i) => posted[i] === own[i]) ? posted : null;
    };
    await expect.poll(settled, { timeout: 90_000 }).not.toBeNull();
    const posted = (await settled())!;
    return Object.fromEntries(LANGUAGES.map((lang, i) => [lang, posted[i]!]));
  }

  it(`holds /embed's height at ${FRAME_WIDTHS.join(', ')} px in English and in the tallest of the nine languages`, async () => {
    const page = await browser().newPage();
    const measured = { en: {}, tallest: {} } as Record<'en' | 'tallest', Record<number, number>>;
    for (const width of FRAME_WIDTHS) {
      const heights = await frameHeights(page, width);
      measured.en[width] = heights.en!;
      // The room any of the nine languages needs (German at most widths, Spanish at 280 px).
      measured.tallest[width] = Math.max(...Object.values(heights));
    }
    expect(measured, `the frame's height (px) ${FIX}`).toEqual(FRAME_PX);
    await page.close();
  });
});
