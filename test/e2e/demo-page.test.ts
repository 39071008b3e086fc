// The demo page (/) in Chromium, from a 320 px phone to a desktop: its reserved box holds the
// calculator, nothing moves, the DOIs and snippets keep whole on their lines; the worked case is
// drawn as the reader nears it.
// (test/source/pages.test.ts reads what the build writes into it.)
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countLayoutShifts, devServerAndBrowser } from './dev-browser.ts';

const WIDTHS = [320, 360, 390, 768, 1280];

describe('the demo page', { timeout: 120_000 }, () => {
  const { server, browser } = devServerAndBrowser();

  /** The page with both calculators whole (second part, presets, the Chinese pack), layout shifts counted. */
  async function open(width: number): Promise<Page> {
    const page = await browser().newPage({ viewport: { width, height: 900 } });
    await countLayoutShifts(page);
    await page.goto(`${server().url}/`);
    await page.locator('lms-calculator .result-body.empty').waitFor();
    await nearWorkedCase(page);
    await page.locator('lms-calculator[lang="zh-Hans"] .group.high').waitFor();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    return page;
  }

  /** Scrolls as a reader does to a screen above the worked case, which demo.js then draws. */
  const nearWorkedCase = (page: Page) =>
    page.evaluate(() => {
      const top = document.querySelector('.worked-case')!.getBoundingClientRect().top + scrollY;
      scrollTo(0, Math.max(0, top - innerHeight - 10));
    });

  it('draws the worked case (in Chinese) as it nears the screen, not with the page on a phone', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    const packs: string[] = [];
    page.on('request', (r) => r.url().includes('/locales/') && packs.push(r.url()));
    await page.goto(`${server().url}/`);
    await page.locator('.lms-slot lms-calculator .result-body.empty').waitFor();
    await page.waitForLoadState('load');
    await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
    expect(await page.locator('lms-calculator[lang="zh-Hans"]').count()).toBe(0);
    expect(packs).toEqual([]);
    await nearWorkedCase(page);
    await page.locator('lms-calculator[lang="zh-Hans"] .group.high').waitFor();
    expect(packs.map((url) => url.slice(url.lastIndexOf('/')))).toEqual(['/zh-Hans.js']);
    await page.close();
  });

  it.each(WIDTHS)('at %i px, its box holds the calculator before input, and nothing moves', async (width) => {
    const page = await open(width);
    const { box, calculator, shifts } = await page.evaluate(() => ({
      box: Number.parseFloat(getComputedStyle(document.querySelector('.lms-slot')!).minHeight),
      calculator: document.querySelector('.lms-slot lms-calculator')!.getBoundingClientRect().height,
      shifts: (window as unknown as { shifts: number }).shifts,
    }));
    expect(box).toBeGreaterThanOrEqual(calculator);
    expect(shifts).toBe(0);
    await page.close();
  });

  it('sizes the snippet’s language chooser to the page, not to its options’ names (each in its own script’s font)', async () => {
    const page = await browser().newPage({ viewport: { width: 320, height: 900 } });
    await page.goto(`${server().url}/`);
    const chooser = page.locator('#snippet-language');
    await chooser.waitFor();
    const [select, line] = await chooser.evaluate((el) => [
      el.getBoundingClientRect().width,
      el.parentElement!.getBoundingClientRect().width,
    ]);
    expect(select).toBe(line); // 100% of a phone's line, not the 298 px its longest option wants
    await page.close();
  });

  it.each(WIDTHS)('at %i px, each DOI stays on one line and each snippet keeps its lines', async (width) => {
    const page = await open(width);
    // The calculators' source lines and the page's footer: one line box each, no "0" left alone.
    const lines = (links: Element[]) => links.map((a) => new Set([...a.getClientRects()].map((r) => r.top)).size);
    expect(await page.locator('lms-calculator .source a').evaluateAll(lines)).toEqual([1, 1]);
    expect(await page.locator('footer.site-footer a.doi').evaluateAll(lines)).toEqual([1]);
    const snippets = await page.locator('pre.snippet').evaluateAll((blocks) =>
      blocks.map((pre) => {
        const code = pre.querySelector('code')!;
        return {
          id: code.id,
          lines: new Set([...code.getClientRects()].map((r) => r.top)).size,
          written: code.textContent!.split('\n').length,
          overflowX: getComputedStyle(pre).overflowX,
          scrolls: pre.scrollWidth > pre.clientWidth,
        };
      }),
    );
    expect(snippets.map((s) => s.id)).toEqual(['snippet', 'iframe-snippet', 'listener-snippet']);
    for (const { lines, written, overflowX } of snippets)
      expect({ lines, overflowX }).toEqual({ lines: written, overflowX: 'auto' });
    // One that scrolls sideways is reached by keyboard (a focusable scroller), just before its Copy button.
    for (const { id } of snippets.filter((s) => s.scrolls)) {
      await page.locator(`button[data-copy="${id}"]`).focus();
      await page.keyboard.press('Shift+Tab');
      expect(await page.evaluate(() => document.activeElement?.querySelector('code')?.id)).toBe(id);
    }
    expect(snippets.some((s) => s.scrolls)).toBe(true);
    await page.close();
  });
});
