import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { WidgetManifest } from '../../scripts/build/build-widget.ts';
import { validateCommand } from '../../shared/cli/validate-command.ts';
import { lms } from '../../shared/lms.ts';
import { syntheticCohort } from '../../shared/synthetic-cohort.ts';
import { BOOTSTRAP_LIMITS } from '../../shared/validate-cohort.ts';
import { DEMO_COHORT } from '../../site/validation/demo-cohort.ts';
import { countLayoutShifts, devServerAndBrowser } from './dev-browser.ts';

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
    // The element fetches its worker's script as the page loads, not when a file is chosen.
    const workerScript = page.waitForResponse((r) => r.url().endsWith('/validation-worker.js'));
    const res = await page.goto(`${server().url}/validate`);
    expect(res!.headers()['content-security-policy']).toContain("script-src 'self'");
    // The analysis runs in a worker started from its SRI-checked copy: only this page allows that.
    expect(res!.headers()['content-security-policy']).toContain('; worker-src blob:;');
    await page.locator('lms-validation input[type="file"]').waitFor();
    expect((await workerScript).ok()).toBe(true);
    page.on('request', (r) => requests.push(r.url()));
    await page
      .locator('lms-validation input[type="file"]')
      .setInputFiles({ name: 'outcomes.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await expect.poll(() => page.locator('lms-validation .status').textContent()).toContain('3 of 4 rows used');
    // The report is drawn a part at a time after the status says done: the excluded rows come fourth.
    await expect.poll(() => page.locator('lms-validation .excluded tbody tr').count()).toBe(1);
    await page.locator('lms-validation').getByText('Load a synthetic demo cohort').click();
    await expect.poll(() => page.locator('lms-validation .source').textContent()).toContain('Synthetic');
    // Reading, analysing and the demo: all in the page. The worker starts from its checked copy in
    // memory (a blob: URL of this page's origin), which is no request to anywhere.
    expect(requests.filter((url) => !url.startsWith(`blob:${server().url}/`))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    [412, 823],
    [1280, 800],
  ])(
    'at %i px, loads without moving anything: no text waits below the element for it to draw',
    async (width, height) => {
      const page = await browser().newPage({ viewport: { width, height } });
      await countLayoutShifts(page);
      await page.goto(`${server().url}/validate?lang=en`);
      await page.locator('lms-validation input[type="file"]').waitFor();
      await page.waitForLoadState('load');
      await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
      await page.close();
    },
  );

  it('serves its worker beside the element, listed in the manifest with its SRI hash, to any origin', async () => {
    const manifest = (await (await fetch(`${server().url}/widget/manifest.json`)).json()) as WidgetManifest;
    const { path, integrity } = manifest.files['validation-worker.js'];
    expect(path).toBe(manifest.files['lms-validation.js'].path.replace('lms-validation.js', 'validation-worker.js'));
    const res = await fetch(`${server().url}${path}`, { headers: { origin: 'https://journal.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(`sha384-${createHash('sha384').update(bytes).digest('base64')}`).toBe(integrity);
    expect((await (await fetch(`${server().url}/`)).headers.get('content-security-policy')) ?? '').not.toContain(
      'worker-src',
    );
  });

  it('keeps answering clicks within 100 ms while it analyses 200,000 rows, and Cancel stops it', async () => {
    const page = await browser().newPage();
    await page.goto(`${server().url}/validate?lang=en`);
    await page.locator('lms-validation input[type="file"]').waitFor();
    // A button of the page's own, whose handler notes how long each click waited for the main thread.
    const probe = await page.evaluate(() => {
      const button = document.createElement('button');
      button.textContent = 'probe';
      const waits: number[] = [];
      (window as unknown as { waits: number[] }).waits = waits;
      button.addEventListener('click', (e) => waits.push(performance.now() - e.timeStamp));
      document.body.prepend(button);
      const box = button.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    const rows = syntheticCohort(lms, { ...DEMO_COHORT, n: 200_000 });
    const columns = Object.keys(rows[0]!);
    const csv = `${columns.join(',')}\n${rows.map((r) => columns.map((c) => String(r[c])).join(',')).join('\n')}\n`;
    const input = page.locator('lms-validation input[type="file"]');
    await input.setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const progress = page.locator('lms-validation .progress-text');
    await expect.poll(() => progress.textContent(), { timeout: 60_000 }).toMatch(/of 200,000 rows read|replicates$/);
    for (let i = 0; i < 5; i++) {
      await page.mouse.click(probe.x, probe.y); // straight to the input queue: no waiting for the page first
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await expect.poll(() => page.evaluate(() => (window as unknown as { waits: number[] }).waits.length)).toBe(5);
    expect(await page.locator('lms-validation .progress').count()).toBe(1); // still analysing
    const waits = await page.evaluate(() => (window as unknown as { waits: number[] }).waits);
    expect(Math.max(...waits)).toBeLessThan(100);
    await page.locator('lms-validation .progress .cancel').click();
    await expect.poll(() => page.locator('lms-validation .status').textContent()).toContain('Cancelled');
    expect(await page.locator('lms-validation .progress, lms-validation .report').count()).toBe(0);
    await page.close();
  });

  it('runs only the worker it pinned, and says so when it cannot: a changed worker file, or a CSP without blob: workers', async () => {
    for (const tamper of ['worker', 'csp'] as const) {
      const page = await browser().newPage();
      if (tamper === 'worker')
        await page.route('**/validation-worker.js', async (route) => {
          const res = await route.fetch();
          await route.fulfill({ response: res, body: `${await res.text()}\n// changed` });
        });
      else
        await page.route('**/validate?lang=en', async (route) => {
          const res = await route.fetch();
          const csp = res.headers()['content-security-policy']!.replace('; worker-src blob:', '');
          await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': csp } });
        });
      await page.goto(`${server().url}/validate?lang=en`);
      await page
        .locator('lms-validation input[type="file"]')
        .setInputFiles({ name: 'outcomes.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
      const failed = page.locator('lms-validation .failed');
      await expect.poll(() => failed.textContent(), { timeout: 20_000 }).toContain('The analysis could not start');
      expect(await page.locator('lms-validation .report').count()).toBe(0);
      await page.close();
    }
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

  it('refuses a bootstrap or seed it does not take, beside the box, and analyses nothing until it is fixed', async () => {
    const page = await browser().newPage();
    await page.goto(`${server().url}/validate?lang=en`);
    const box = (name: string) => page.locator(`lms-validation input[name="${name}"]`);
    const problem = page.locator('lms-validation #v-bootstrap-problem');
    for (const typed of ['5000', '-1', '2.5', '']) {
      await box('bootstrap').fill(typed);
      await box('bootstrap').blur();
      await expect
        .poll(() => problem.textContent())
        .toBe('Bootstrap replicates: enter a whole number from 0 to 2,000.');
      expect(await box('bootstrap').getAttribute('aria-invalid')).toBe('true');
      expect(await box('bootstrap').getAttribute('aria-describedby')).toBe('v-bootstrap-problem');
    }
    // The seed has its own problem, with its own range.
    await box('seed').fill('1e10');
    await box('seed').blur();
    await expect
      .poll(() => page.locator('lms-validation #v-seed-problem').textContent())
      .toBe('Seed: enter a whole number from 0 to 4,294,967,295.');
    // Not analysed with the last good values, nor with 0 for the empty box: nothing at all, and
    // the status says both problems, once.
    await page.locator('lms-validation button', { hasText: 'Load a synthetic demo cohort' }).click();
    const status = page.locator('lms-validation .status');
    await expect
      .poll(() => status.textContent())
      .toBe(
        'Nothing was analysed: Bootstrap replicates: enter a whole number from 0 to 2,000. Seed: enter a whole number from 0 to 4,294,967,295.',
      );
    expect(await page.locator('lms-validation .report, lms-validation .refused').count()).toBe(0);
    const focused = () =>
      page.evaluate(() => document.querySelector('lms-validation')!.shadowRoot!.activeElement?.getAttribute('name'));
    expect(await focused()).toBe('bootstrap');
    // A value fixed while typing clears its problem at once; "Analyse again" stays offered.
    await box('bootstrap').fill('25');
    await expect.poll(() => page.locator('lms-validation #v-bootstrap-problem').count()).toBe(0);
    expect(await box('bootstrap').getAttribute('aria-invalid')).toBe('false');
    await page.locator('lms-validation .options button', { hasText: 'Analyse again' }).click();
    await expect.poll(() => status.textContent()).toContain('Seed: enter a whole number');
    expect(await focused()).toBe('seed');
    // Typed and not left (a file dropped meanwhile, or a script's value): the analysis reads the box.
    await box('seed').fill('7');
    await page.evaluate(() => {
      const root = document.querySelector('lms-validation')!.shadowRoot!;
      root.querySelector<HTMLInputElement>('input[name="bootstrap"]')!.value = '30';
    });
    await page.locator('lms-validation .options button', { hasText: 'Analyse again' }).click();
    await expect.poll(() => page.locator('lms-validation .report').count(), { timeout: 60_000 }).toBe(1);
    expect(await page.locator('lms-validation [role="alert"]').count()).toBe(0);
    const report = await page.evaluate(() => document.querySelector('lms-validation')!.report!.bootstrap);
    expect(report).toMatchObject({ replicates: 30, seed: 7 });
    await page.close();
  });

  it('gives one report, to the last digit, from the page (Chromium), the API (workerd) and lms validate (Node)', async () => {
    // Three JavaScript engines of different versions: a last-bit difference in Math.exp once made
    // their Kaplan–Meier intervals differ in the 16th digit.
    const csv = readFileSync('examples/outcomes.csv', 'utf8');
    const node = await validateCommand(lms, {
      input: {
        from: 'csv',
        chunks: (async function* () {
          yield csv;
        })(),
      },
      bootstrap: BOOTSTRAP_LIMITS.default,
      seed: BOOTSTRAP_LIMITS.defaultSeed,
      timeUnit: 'months',
    });
    const api = await fetch(`${server().url}/v1/lms/validate`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: csv,
    });
    expect(await api.json()).toStrictEqual(JSON.parse(JSON.stringify(node)));
    const page = await browser().newPage();
    await page.goto(`${server().url}/validate?lang=en`);
    await page.locator('lms-validation input[type="file"]').setInputFiles({
      name: 'outcomes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await expect.poll(() => page.locator('lms-validation .report').count(), { timeout: 60_000 }).toBe(1);
    const inPage = await page.evaluate(() => JSON.stringify(document.querySelector('lms-validation')!.report));
    expect(JSON.parse(inPage)).toStrictEqual(JSON.parse(JSON.stringify(node)));
    await page.close();
  });
});
