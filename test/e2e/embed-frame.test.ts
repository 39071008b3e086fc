// The iframe snippet for pages that allow no script (scripts/build/embed-snippets.ts), framed on
// another origin as a CMS leaves it: whole without any script, not moving the page with the
// listener, and its copy buttons with and without the clipboard permission.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { frameListener, iframeSnippet } from '../../scripts/build/embed-snippets.ts';
import { FRAME_PX, FRAME_SPARE_PX, FRAME_WIDTHS, TALLEST_LANGUAGE } from '../../scripts/build/reserved-sizes.ts';
import { type HostPages, serveHostPages } from '../../scripts/support/host-page-server.ts';
import { devServerAndBrowser } from './dev-browser.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Journal</title></head><body style="margin:0"><h1>Article</h1>${body}<p id="after">After.</p></body></html>`;
// Layout shifts from navigation on, as Core Web Vitals counts them (none follows input here).
const SHIFTS = `window.shifts = 0; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.shifts += e.value; }).observe({ type: 'layout-shift', buffered: true });`;

describe('the iframe where scripts are stripped', { timeout: 120_000 }, () => {
  const { server, browser } = devServerAndBrowser();
  let host: HostPages;
  beforeAll(async () => {
    const origin = server().url;
    const listener = frameListener(origin).replace(/<\/?script>/g, '');
    host = await serveHostPages({
      '/en': ['text/html', page(iframeSnippet(origin))],
      [`/${TALLEST_LANGUAGE}`]: ['text/html', page(iframeSnippet(origin, FRAME_PX.tallest, TALLEST_LANGUAGE))],
      // A CMS that strips style attributes too: the height attribute is left.
      '/unstyled': ['text/html', page(iframeSnippet(origin).replace(/ style="[^"]*"/g, ''))],
      '/listened': ['text/html', page(`${iframeSnippet(origin)}<script src="/listener.js"></script>`)],
      // The snippet before: no height, no permission; the listener only.
      '/before': [
        'text/html',
        page(
          `<iframe id="lms-frame" src="${origin}/embed?lang=en" title="LMS" style="width:100%;border:0"></iframe><script src="/listener.js"></script>`,
        ),
      ],
      '/listener.js': [
        'text/javascript',
        `${listener}\nwindow.heard = 0; addEventListener('message', () => { window.heard++; });`,
      ],
    });
  });

  /** The framed calculator once its page holds room for the tallest result (frame-height.ts). */
  async function framed(path: string, width: number, height = 900): Promise<Page> {
    const tab = await browser().newPage({ viewport: { width, height } });
    await tab.addInitScript(SHIFTS);
    await tab.goto(`${host.url}${path}`);
    const frame = (await (await tab.locator('iframe').elementHandle())!.contentFrame())!;
    await frame.locator('lms-calculator .result-body').waitFor();
    await frame.waitForFunction(() =>
      document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('min-block-size'))),
    );
    return tab;
  }
  /** The framed page's height, and the frame's, in px, as the frame sees them. */
  const inFrame = (tab: Page) =>
    tab.frames()[1]!.evaluate(() => ({
      page: Math.ceil(document.documentElement.getBoundingClientRect().height),
      frame: innerHeight,
    }));

  it.each(
    FRAME_WIDTHS.flatMap((w) => [
      ['/en', w],
      [`/${TALLEST_LANGUAGE}`, w],
    ]),
  )(`%s at %i px: the whole calculator shows, with no script, and little to spare`, async (path, width) => {
    const tab = await framed(path as string, width as number);
    const { page: content, frame } = await inFrame(tab);
    expect(frame).toBeGreaterThanOrEqual(content);
    // German's frame holds the tallest language's room: Spanish's at 280 px is 62 px more than German's.
    const roomForAnother = path === '/en' ? 0 : 64;
    expect(frame - content).toBeLessThanOrEqual(FRAME_SPARE_PX + 2 + roomForAnother);
    await tab.close();
  });

  // Between the measured widths (a phone page's margins, a tablet column), where the height steps.
  it.each([296, 304, 346, 360, 375, 575].flatMap((w) => [['/en', w] as const, [`/${TALLEST_LANGUAGE}`, w] as const]))(
    '%s at %i px, between the measured widths: the whole calculator shows, with no script',
    async (path, width) => {
      const tab = await framed(path, width);
      const { page: content, frame } = await inFrame(tab);
      expect(frame).toBeGreaterThanOrEqual(content);
      await tab.close();
    },
  );

  it.each([280, 320, 390])(
    'with its style stripped too, at %i px: the height attribute still fits it',
    async (width) => {
      const tab = await framed('/unstyled', width);
      const { page: content, frame } = await inFrame(tab);
      expect(frame).toBeGreaterThanOrEqual(content);
      await tab.close();
    },
  );

  it.each([390, 1280])(
    'with the listener, at %i px, the page does not move and the calculator shows whole (before: the frame grew from 150 px)',
    async (width) => {
      const cls = async (path: string) => {
        // Tall enough that the text below the frame is on screen, where a shift counts.
        const tab = await framed(path, width, 3000);
        await tab.waitForFunction(() => (window as unknown as { heard: number }).heard > 0);
        await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        const { shifts, frame } = await tab.evaluate(() => ({
          shifts: (window as unknown as { shifts: number }).shifts,
          frame: document.querySelector('iframe')!.getBoundingClientRect().height,
        }));
        const { page: content } = await inFrame(tab);
        await tab.close();
        return { shifts, fits: frame >= content }; // the whole calculator shows
      };
      expect(await cls('/listened')).toEqual({ shifts: 0, fits: true });
      const before = await cls('/before');
      expect(before.fits).toBe(true);
      expect(before.shifts).toBeGreaterThan(0);
    },
  );

  it('copies from a frame with allow="clipboard-write"; without it, says so and shows the text to copy', async () => {
    const tab = await framed('/en', 1280);
    const frame = tab.frames()[1]!;
    await frame.locator('lms-calculator #ki67').fill('25');
    const copy = frame.locator('lms-calculator .actions button').first();
    expect(await copy.textContent()).toBe('Copy summary');
    await copy.click();
    await expect.poll(() => frame.locator('lms-calculator .status').textContent()).toBe('Summary copied.');
    await tab.close();

    const bare = await framed('/before', 1280);
    const forbidden = bare.frames()[1]!.locator('lms-calculator');
    await forbidden.locator('#ki67').fill('25');
    const show = forbidden.locator('.actions button').first();
    expect(await show.textContent()).toBe('Show summary to copy');
    expect(await forbidden.locator('#lms-copy-forbidden').textContent()).toBe(
      'This page does not let the calculator copy to the clipboard: the buttons show the text for you to copy.',
    );
    await show.click();
    await expect.poll(() => forbidden.locator('textarea.copy-fallback').inputValue()).toContain('Ki-67 index (%): 25%');
    expect(await forbidden.locator('textarea.copy-fallback').evaluate((t) => t.matches(':focus'))).toBe(true);
    await bare.close();
  });
});
