// `npm run screenshots`: PNGs of the widget for the README (en, zh-Hans, dark, 360 px wide) and of
// the validation page with its synthetic demo cohort, taken
// in headless Chromium from the /embed page of `wrangler dev`. Chinese needs a CJK font
// (Debian: apt-get install -y fonts-noto-cjk).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchChromium } from './support/browser.ts';
import { startDevServer } from './support/dev-server.ts';

const worked = 'ki67=25&vascular-invasion=yes&lymph-node-metastasis=no&adjuvant-therapy=no';
const shots: [file: string, query: string, width: number, scheme: 'light' | 'dark'][] = [
  ['widget-en.png', `lang=en&theme=light&${worked}`, 720, 'light'],
  ['widget-zh-hans.png', `lang=zh-Hans&theme=light&${worked}`, 720, 'light'],
  ['widget-dark.png', `lang=en&theme=dark&ki67=4&vascular-invasion=no`, 720, 'dark'],
  ['widget-360.png', `lang=en&theme=auto&${worked}`, 360, 'light'],
];

try {
  if (!execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim())
    console.warn('No CJK font: the zh-Hans screenshot will show boxes (apt-get install -y fonts-noto-cjk).');
} catch {
  /* fc-list missing: nothing to check */
}
execFileSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
const server = await startDevServer();
const browser = await launchChromium();
try {
  mkdirSync('docs/screenshots', { recursive: true });
  for (const [file, query, width, scheme] of shots) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1, colorScheme: scheme });
    await page.goto(`${server.url}/embed?${query}`);
    const el = page.locator('lms-calculator');
    await el.locator('.result-body').waitFor();
    await el.screenshot({ path: `docs/screenshots/${file}`, animations: 'disabled' });
    console.log(`docs/screenshots/${file}`);
    await page.close();
  }
  // The validation page with its synthetic demo cohort (labelled synthetic on the page).
  const page = await browser.newPage({ viewport: { width: 900, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(`${server.url}/validate`);
  await page.locator('lms-validation').getByText('Load a synthetic demo cohort').click();
  await page.locator('lms-validation .report').waitFor();
  await page
    .locator('lms-validation')
    .screenshot({ path: 'docs/screenshots/validate-demo.png', animations: 'disabled' });
  console.log('docs/screenshots/validate-demo.png');
  await page.close();
} finally {
  await browser.close();
  await server.stop();
}
