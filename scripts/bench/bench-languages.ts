// Languages budget: on a 150 ms / 1.6 Mbps link (Chromium's network throttling), on a host page
// written in the same language with one tag, the zh-Hans and ja calculators' forms are visible
// within 1.1x of English's time: median of cold loads, the three languages in alternating order.
// Each language's page loads its own file (widget.<language>.js); for comparison, the same pages
// with widget.js, as before the per-language files, when the pack came third.
import { readFileSync } from 'node:fs';
import type { WidgetManifest } from '../build/build-widget.ts';
import { launchChromium } from '../support/browser.ts';
import { serveHostPages } from '../support/host-page-server.ts';
import { budget, median } from './budget.ts';

const LOADS = 9;
const LINK = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const LANGUAGES = ['en', 'zh-Hans', 'ja'] as const;
type Variant = 'own' | 'widget.js';

// The time the form's first input is in the document (polled every frame from navigation on).
const PROBE = `<script>
(function form() {
  const input = document.querySelector('lms-calculator')?.shadowRoot?.querySelector('#ki67');
  if (input) window.__form = performance.now(); else requestAnimationFrame(form);
})();
</script>`;

export async function benchLanguages(): Promise<void> {
  const manifest = JSON.parse(readFileSync('dist/public/widget/manifest.json', 'utf8')) as WidgetManifest;
  // The widget's files on an origin of their own, as a journal page loads them.
  const cors = { 'access-control-allow-origin': '*' };
  const files: Record<string, [string, string, Record<string, string>]> = {};
  for (const file of Object.values(manifest.files))
    if (file.path.endsWith('.js'))
      files[file.path] = ['text/javascript', readFileSync(`dist/public${file.path}`, 'utf8'), cors];
  const widgetHost = await serveHostPages(files);
  const tag = (name: string) => {
    const file = manifest.files[name]!;
    return `<script src="${widgetHost.url}${file.path}" integrity="${file.integrity}" crossorigin="anonymous" async></script>`;
  };
  const pages: Record<string, [string, string]> = {};
  for (const language of LANGUAGES)
    for (const variant of ['own', 'widget.js'] as const) {
      const name = variant === 'own' && language !== 'en' ? `widget.${language}.js` : 'widget.js';
      pages[`/${language}/${variant}`] = [
        'text/html',
        `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>Article</title></head><body><h1>Article</h1>${PROBE}${tag(name)}<p>Text.</p></body></html>`,
      ];
    }
  const host = await serveHostPages(pages);
  const browser = await launchChromium();
  const times = new Map<string, number[]>();
  try {
    for (let round = 0; round <= LOADS; round++) {
      const order = round % 2 ? [...LANGUAGES].reverse() : LANGUAGES;
      for (const variant of ['own', 'widget.js'] as Variant[])
        for (const language of order) {
          const context = await browser.newContext(); // cold cache and connections each time
          const tab = await context.newPage();
          const cdp = await context.newCDPSession(tab);
          await cdp.send('Network.enable');
          await cdp.send('Network.emulateNetworkConditions', { offline: false, ...LINK });
          await tab.goto(`${host.url}/${language}/${variant}`);
          await tab.waitForFunction(() => (window as unknown as { __form?: number }).__form, undefined, {
            timeout: 30_000,
          });
          const form = await tab.evaluate(() => (window as unknown as { __form: number }).__form);
          // The first round warms Chromium itself; it is not the reader's experience.
          const key = `${language}/${variant}`;
          if (round > 0) times.set(key, [...(times.get(key) ?? []), form]);
          await context.close();
        }
    }
  } finally {
    await browser.close();
    await host.stop();
    await widgetHost.stop();
  }
  const m = (key: string) => median(times.get(key)!);
  console.log(
    `\nLanguages: the form visible from navigation, 150 ms / 1.6 Mbps, a host page in the language with one tag (median of ${LOADS} cold loads, languages alternating)`,
  );
  console.log(`  en (widget.js): ${m('en/own').toFixed(0)} ms`);
  for (const language of ['zh-Hans', 'ja'] as const) {
    const ratio = m(`${language}/own`) / m('en/own');
    console.log(
      `  ${language} (widget.${language}.js): ${m(`${language}/own`).toFixed(0)} ms, ${ratio.toFixed(2)}x English ${budget(`${language} form vs English`, ratio, '<=', 1.1)}; through widget.js, as before: ${m(`${language}/widget.js`).toFixed(0)} ms (${(m(`${language}/widget.js`) / m('en/widget.js')).toFixed(2)}x)`,
    );
  }
}
