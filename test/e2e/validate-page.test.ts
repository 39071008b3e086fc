import { describe, expect, it } from 'vitest';
import { devServerAndBrowser } from './dev-browser.ts';

const CSV = `id,ki67,vascularInvasion,lymphNodeMetastasis,adjuvantTherapy,time,event
p1,12,yes,no,no,30,1
p2,2,no,no,yes,72,0
p3,25,yes,yes,no,14,1
p4,4,no,,yes,50,0
`;

describe('the /validate page, against npm start’s server', { timeout: 60_000 }, () => {
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
});
