// Widget budgets: what a reader downloads before the first paint (the one-tag file: Lit, the form,
// English's form words) <= 12 KB gzip; the second part (engine, result, footer) follows on demand and
// the e2e test holds the form painting without it. No layout shift from the form's first paint on,
// and none on a host page that reserves the box as docs/widget.md says. The render's own budgets
// are ratios: bench-widget-render.ts.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { WidgetManifest } from '../build/build-widget.ts';
import { slotCss } from '../build/reserved-sizes.ts';
import { launchChromium } from '../support/browser.ts';
import { serveHostPages } from '../support/host-page-server.ts';
import { budget, median } from './budget.ts';

const LOADS = 21;

// Before the widget: note when its first render completes and collect layout shifts.
const PROBE = `<script>
window.__shifts = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push({ t: e.startTime, v: e.value }); }).observe({ type: 'layout-shift', buffered: true });
(function form() {
  const input = document.querySelector('lms-calculator')?.shadowRoot?.querySelector('#ki67');
  if (input) window.__form = performance.now(); else requestAnimationFrame(form);
})();
customElements.whenDefined('lms-calculator').then(() => document.querySelector('lms-calculator').updateComplete).then(() => {
  window.__rendered = performance.now();
  requestAnimationFrame(() => requestAnimationFrame(() => { window.__painted = performance.now(); }));
});
</script>`;

export async function benchWidget(): Promise<void> {
  const bundle = readFileSync('dist/public/widget.js');
  const manifest = JSON.parse(readFileSync('dist/public/widget/manifest.json', 'utf8')) as WidgetManifest;
  const second = manifest.files['calculator-part.js'];
  const secondBytes = readFileSync(`dist/public${second.path}`);
  const gz = gzipSync(bundle, { level: 9 }).length;
  const br = brotliCompressSync(bundle).length;
  const shell = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><p>Before.</p>${PROBE}<script src="/widget.js"></script><p>After.</p></body></html>`;
  // The documented snippet (docs/widget.md) (async, so the page goes on rendering while the script loads) on a page
  // without and with the reserved box (the demo page's .lms-slot).
  const slot = `<style>${slotCss()}</style>`;
  const tag = '<script src="/widget.js" async></script>';
  const hostPage = (body: string) => shell.replace('<script src="/widget.js"></script>', body);
  const unreserved = hostPage(tag);
  const reserved = hostPage(`${slot}<div class="lms-slot">${tag}</div>`);
  // Timed loads: the synchronous tag in the reserved box, so that a shift measured after the form's
  // first paint is the element's own (the second part fills in below the form), not the host's text
  // below a growing box: the host-page loads below measure that, with and without the box.
  const page = hostPage(`${slot}<div class="lms-slot"><script src="/widget.js"></script></div>`);
  const host = await serveHostPages({
    '/': ['text/html', page],
    '/unreserved': ['text/html', unreserved],
    '/reserved': ['text/html', reserved],
    '/widget.js': ['text/javascript', bundle.toString()],
    [second.path]: ['text/javascript', secondBytes.toString()],
    '/favicon.ico': ['image/x-icon', ''],
  });
  const browser = await launchChromium();
  const form: number[] = [];
  const rendered: number[] = [];
  const painted: number[] = [];
  const shifts: number[] = [];
  const pageShift: Record<'/unreserved' | '/reserved', number[]> = { '/unreserved': [], '/reserved': [] };
  try {
    for (let i = 0; i < LOADS; i++) {
      const context = await browser.newContext(); // cold cache each time
      const tab = await context.newPage();
      await tab.goto(`${host.url}/`);
      await tab.waitForFunction(() => (window as unknown as { __painted?: number }).__painted);
      await tab.waitForTimeout(300);
      const m = await tab.evaluate(() => {
        const w = window as unknown as {
          __form: number;
          __rendered: number;
          __painted: number;
          __shifts: { t: number; v: number }[];
        };
        const script = performance
          .getEntriesByType('resource')
          .find((e) => e.name.endsWith('/widget.js')) as PerformanceResourceTiming;
        return {
          loaded: script.responseEnd,
          form: w.__form,
          rendered: w.__rendered,
          painted: w.__painted,
          shift: w.__shifts.filter((s) => s.t > w.__form).reduce((a, s) => a + s.v, 0),
        };
      });
      if (i > 0) {
        // The first load warms Chromium itself; it is not the reader's experience.
        form.push(m.form - m.loaded);
        rendered.push(m.rendered - m.loaded);
        painted.push(m.painted - m.loaded);
        shifts.push(m.shift);
      }
      await context.close();
    }
    // Every layout shift of the host page from navigation on, with and without the reserved box.
    for (let i = 0; i < 2 * 8; i++) {
      const path = i % 2 ? '/reserved' : '/unreserved';
      const context = await browser.newContext();
      const tab = await context.newPage();
      await tab.goto(`${host.url}${path}`);
      await tab.waitForFunction(() => (window as unknown as { __painted?: number }).__painted);
      await tab.waitForTimeout(300);
      pageShift[path].push(
        await tab.evaluate(() =>
          (window as unknown as { __shifts: { v: number }[] }).__shifts.reduce((a, s) => a + s.v, 0),
        ),
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await host.stop();
  }
  console.log(
    `\nWidget: before the first paint, the one-tag file: ${(bundle.length / 1024).toFixed(1)} KB min, ${(gz / 1024).toFixed(1)} KB gzip -9, ${(br / 1024).toFixed(1)} KB brotli ${budget('widget gzip KB', gz / 1024, '<=', 12)}`,
  );
  console.log(
    `  then, on demand: the second part (engine, result, footer) ${(gzipSync(secondBytes, { level: 9 }).length / 1024).toFixed(1)} KB gzip -9; another language's pack 2-3 KB`,
  );
  const own = Object.entries(manifest.files)
    .filter(([name]) => /^widget\.[^.]+\.js$/.test(name))
    .map(([, file]) => file.gzipBytes / 1024);
  console.log(
    `  each other language's own one-tag file (its pack inside, no pack to wait for): ${Math.min(...own).toFixed(1)}-${Math.max(...own).toFixed(1)} KB gzip -9`,
  );
  console.log(
    `  after the script loaded: the form appears at median ${median(form).toFixed(1)} ms; the whole calculator (second part included) ${median(rendered).toFixed(1)} ms rendered, ${median(painted).toFixed(1)} ms painted, over ${rendered.length} cold loads (for reference: the budget is a ratio, below)`,
  );
  console.log(
    `  layout shift of the element from the form's first paint on (box reserved): max ${Math.max(...shifts).toFixed(4)} over ${shifts.length} loads ${budget('widget layout shift', Math.max(...shifts), '<=', 0)}`,
  );
  const worst = (xs: number[]) => Math.max(...xs);
  console.log(
    `  host page layout shift from navigation on: ${worst(pageShift['/reserved']).toFixed(4)} with the reserved box ${budget('host page shift with reserved box', worst(pageShift['/reserved']), '<=', 0)}; ${worst(pageShift['/unreserved']).toFixed(4)} without it (for comparison)`,
  );
}
