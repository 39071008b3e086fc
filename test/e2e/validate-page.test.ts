import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { devServerAndBrowser } from './dev-browser.ts';

const CSV = `id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy,time,event
p1,12,yes,no,no,30,1
p2,2,no,no,yes,72,0
p3,25,yes,yes,no,14,1
p4,4,no,,yes,50,0
`;

/**
 * What a reader would see go wrong: the page wider than the window, chart text on (or touching:
 * closer than 2px) other chart text, text too small to read.
 */
async function layout(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('lms-validation')!.shadowRoot!;
    const texts = [...root.querySelectorAll('svg text')].map((t) => ({
      text: t.textContent,
      box: t.getBoundingClientRect(),
    }));
    const overlaps: string[] = [];
    const GAP = 2;
    texts.forEach(({ text, box: a }, i) => {
      for (const { text: other, box: b } of texts.slice(i + 1))
        if (a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP)
          overlaps.push(`${text} / ${other}`);
    });
    return {
      scrollWidth: document.documentElement.scrollWidth,
      overlaps,
      texts: texts.length,
      smallestText: Math.min(...texts.map((t) => t.box.height)),
    };
  });
}

describe('the /validate page, against npm start’s server', { timeout: 90_000 }, () => {
  const { server, browser } = devServerAndBrowser();

  it('analyses a picked file in the page under its strict CSP and sends nothing anywhere', async () => {
    const page = await browser().newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    const res = await page.goto(`${server().url}/validate`);
    expect(res!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.locator('lms-validation input[type="file"]').waitFor();
    page.on('request', (r) => requests.push(r.url()));
    await page
      .locator('lms-validation input[type="file"]')
      .setInputFiles({ name: 'outcomes.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await expect.poll(() => page.locator('lms-validation .status').textContent()).toContain('3 of 4 rows used');
    expect(await page.locator('lms-validation .excluded tbody tr').count()).toBe(1);
    await page.locator('lms-validation').getByText('Load a synthetic demo cohort').click();
    await expect.poll(() => page.locator('lms-validation .source').textContent()).toContain('Synthetic');
    expect(requests).toEqual([]); // reading, analysing and the demo: all in the page
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    [320, 'en'],
    [390, 'en'],
    [1280, 'en'],
    [390, 'zh-Hans'],
    [320, 'ar'],
  ])(
    'at %i px in %s, with the demo report, never scrolls sideways and no chart text meets another',
    async (width, lang) => {
      const page = await browser().newPage({ viewport: { width, height: 800 } });
      await page.goto(`${server().url}/validate?lang=${lang}`);
      await page.locator('lms-validation .inputs button').click(); // the synthetic demo cohort
      await page.locator('lms-validation figure.km svg').waitFor();
      // The chart is redrawn at the figure's width once measured: wait until it is.
      await expect
        .poll(() =>
          page.evaluate(() => {
            const svg = document
              .querySelector('lms-validation')!
              .shadowRoot!.querySelector<SVGSVGElement>('figure.km svg')!;
            return Math.abs(svg.getBoundingClientRect().width - svg.viewBox.baseVal.width);
          }),
        )
        .toBeLessThan(1);
      const seen = await layout(page);
      expect(seen.scrollWidth).toBe(width);
      expect(seen.texts).toBeGreaterThanOrEqual(10); // 5 survival ticks, 3 or more time ticks, 2 axis titles
      expect(seen.overlaps).toEqual([]);
      expect(seen.smallestText).toBeGreaterThanOrEqual(12); // 12px text at every width, not a scaled-down picture
      await page.close();
    },
  );

  it('speaks the browser’s language (not the page’s default lang="en"), and switches from the page', async () => {
    const context = await browser().newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server().url}/validate`);
    const title = page.locator('lms-validation h2');
    await expect.poll(() => title.textContent()).toBe('在您自己的队列中验证 LMS');
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
      'zh-Hans',
      '在您的队列中验证肝转移评分',
    ]);
    await page.locator('lms-validation .language select').selectOption('ar');
    await expect.poll(() => title.textContent()).toBe('تحقّق من LMS على مجموعة مرضاك');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ar'); // a reload or a shared link keeps it
    await page.reload();
    await expect.poll(() => title.textContent()).toBe('تحقّق من LMS على مجموعة مرضاك');
    await context.close();
  });

  it('refuses a file without time and event, naming both, instead of excluding every row', async () => {
    const page = await browser().newPage();
    await page.goto(`${server().url}/validate?lang=en`);
    await page.locator('lms-validation input[type="file"]').setInputFiles({
      name: 'cohort.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV.replace(/,time,event|,\d+,[01]$/gm, '')),
    });
    const alert = page.locator('lms-validation .refused');
    await expect.poll(() => alert.textContent()).toContain('The header has no time column');
    expect(await alert.textContent()).toContain('The header has no event column');
    expect(await page.locator('lms-validation .report').count()).toBe(0);
    await page.close();
  });
});
