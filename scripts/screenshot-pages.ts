// For `npm run screenshots`: the demo page (/) whole at 1280 and 390 px, and a journal's page on
// another origin that frames /embed with the snippet for pages without script (docs/widget.md,
// "The iframe"): no listener, the frame sized by its width alone.
import type { Browser } from 'playwright-core';
import { iframeSnippet } from './build/embed-snippets.ts';
import { serveHostPages } from './support/host-page-server.ts';

const JOURNAL = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A journal</title></head>
<body style="max-width:44rem;margin:0 auto;padding:1rem;font-family:Georgia,serif">
<h1>A journal article</h1><p>The article's text, then the calculator, framed; this page runs no script.</p>
${body}<p>The article goes on below the frame.</p></body></html>`;

export async function screenshotPages(browser: Browser, origin: string): Promise<void> {
  for (const [file, width] of [
    ['demo-page.png', 1280],
    ['demo-page-390.png', 390],
  ] as const) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(`${origin}/`);
    await page.locator('lms-calculator .result-body.empty').waitFor();
    await page.locator('.worked-case').scrollIntoViewIfNeeded(); // drawn as the reader nears it
    await page.locator('lms-calculator[lang="zh-Hans"] .group.high').waitFor();
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: `docs/screenshots/${file}`, fullPage: true, animations: 'disabled' });
    console.log(`docs/screenshots/${file}`);
    await page.close();
  }
  const host = await serveHostPages({ '/': ['text/html', JOURNAL(iframeSnippet(origin))] });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    await page.goto(`${host.url}/`);
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    await frame.locator('lms-calculator .result-body').waitFor();
    await page.screenshot({ path: 'docs/screenshots/embed-no-script.png', fullPage: true, animations: 'disabled' });
    console.log('docs/screenshots/embed-no-script.png');
    await page.close();
  } finally {
    await host.stop();
  }
}
