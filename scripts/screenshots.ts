// `npm run screenshots`: PNGs for the README and docs/ (docs/screenshots), taken in headless Chromium from the /embed page of
// `wrangler dev`: the widget in each language, dark, 360 px wide, the patient view and the printed
// page, the validation page with its synthetic demo cohort (also whole at 390 px, en and zh-Hans),
// and the demo page and an iframe on a page without script (screenshot-pages.ts).
// Chinese, Japanese, Korean and Arabic need fonts (Debian: apt-get install -y fonts-noto-cjk fonts-noto-core).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { LANGUAGES } from '../widget/common/language.ts';
import { screenshotPages } from './screenshot-pages.ts';
import { launchChromium } from './support/browser.ts';
import { startDevServer } from './support/dev-server.ts';

const worked = 'ki67=25&vascular-invasion=yes&lymph-node-metastasis=no&adjuvant-therapy=no';
type Shot = readonly [file: string, query: string, width: number, scheme: 'light' | 'dark'];
const shots: readonly Shot[] = [
  ...LANGUAGES.map(
    (lang): Shot => [`widget-${lang.toLowerCase()}.png`, `lang=${lang}&theme=light&${worked}`, 720, 'light'],
  ),
  ['widget-dark.png', `lang=en&theme=dark&ki67=4&vascular-invasion=no`, 720, 'dark'],
  ['widget-360.png', `lang=en&theme=auto&${worked}`, 360, 'light'],
  ['widget-patient.png', `lang=en&theme=light&audience=patient&ki67=12&vascular-invasion=no`, 720, 'light'],
];

try {
  for (const [lang, font] of [
    ['zh', 'fonts-noto-cjk'],
    ['ar', 'fonts-noto-core'],
  ])
    if (!execFileSync('fc-list', [`:lang=${lang}`], { encoding: 'utf8' }).trim())
      console.warn(`No ${lang} font: those screenshots will show boxes (apt-get install -y ${font}).`);
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
  // The printed page: print media, dated by the Print button as a reader would.
  const printed = await browser.newPage({ viewport: { width: 794, height: 1123 }, deviceScaleFactor: 1 });
  await printed.addInitScript(() => {
    window.print = () => {};
  });
  await printed.goto(`${server.url}/embed?lang=en&theme=light&${worked}`);
  await printed.locator('lms-calculator .result-body').waitFor();
  await printed.locator('lms-calculator button.print').click();
  await printed.emulateMedia({ media: 'print' });
  await printed.screenshot({ path: 'docs/screenshots/printed.png', fullPage: true, animations: 'disabled' });
  console.log('docs/screenshots/printed.png');
  await printed.close();
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
  // The same page on a phone, whole, as an English and a zh-CN browser see it (it follows the browser).
  for (const [lang, locale] of [
    ['en', 'en-US'],
    ['zh-Hans', 'zh-CN'],
  ]) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale });
    const phone = await context.newPage();
    await phone.goto(`${server.url}/validate`);
    await phone.locator('lms-validation .inputs button').click(); // the synthetic demo cohort
    await phone.locator('lms-validation .report').waitFor();
    const file = `docs/screenshots/validate-390-${lang}.png`;
    await phone.screenshot({ path: file, fullPage: true, animations: 'disabled' });
    console.log(file);
    await context.close();
  }
  // The demo page, and the iframe on a page without script.
  await screenshotPages(browser, server.url);
} finally {
  await browser.close();
  await server.stop();
}
