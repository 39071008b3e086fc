// Widget render budgets, in headless Chromium:
// - the whole calculator's first render (form, then the second part's result and footer), from the
//   tag's script loaded to `updateComplete`, <= 2x a bare Lit element rendering the same markup with
//   the same styles and no engine (built here with esbuild from the calculator's own markup), same
//   page shape, loads alternating, cold each time;
// - on a 4x slower CPU (Lighthouse's mobile profile), the form is in the page within 1 s of the
//   script having arrived.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { WidgetManifest } from '../build/build-widget.ts';
import { launchChromium } from '../support/browser.ts';
import { serveHostPages } from '../support/host-page-server.ts';
import { budget, median } from './budget.ts';

const LOADS = 15;
const THROTTLED_LOADS = 7;

// Before the element's script: note when the form is first in the document, and when the element
// named by data-element has rendered.
const PROBE = `<script>
(function form() {
  const input = document.querySelector('lms-calculator')?.shadowRoot?.querySelector('#ki67');
  if (input) window.__form = performance.now(); else requestAnimationFrame(form);
})();
const name = document.currentScript.dataset.element;
customElements.whenDefined(name).then(() => document.querySelector(name).updateComplete).then(() => {
  window.__rendered = performance.now();
});
</script>`;

/** A Lit element that renders `markup` with `css` and nothing else: the floor for the same DOM. */
async function bareElement(markup: string, css: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { LitElement, html, unsafeCSS } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
class BareCalculator extends LitElement {
  static styles = unsafeCSS(${JSON.stringify(css)});
  render() { return html\`\${unsafeHTML(${JSON.stringify(markup)})}\`; }
}
customElements.define('bare-calculator', BareCalculator);`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

export async function benchWidgetRender(): Promise<void> {
  const manifest = JSON.parse(readFileSync('dist/public/widget/manifest.json', 'utf8')) as WidgetManifest;
  const part = manifest.files['calculator-part.js'];
  const page = (element: string, body: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><p>Before.</p>${PROBE.replace('<script>', `<script data-element="${element}">`)}${body}<p>After.</p></body></html>`;
  const pages: Record<string, [string, string]> = {
    '/calculator': ['text/html', page('lms-calculator', '<script src="/widget.js"></script>')],
    '/widget.js': ['text/javascript', readFileSync('dist/public/widget.js', 'utf8')],
    [part.path]: ['text/javascript', readFileSync(`dist/public${part.path}`, 'utf8')],
    '/favicon.ico': ['image/x-icon', ''],
  };
  let host = await serveHostPages(pages);
  const browser = await launchChromium();
  const ms = {
    calculator: [] as number[],
    bare: [] as number[],
    form: [] as number[],
    part: [] as number[],
    throttled: [] as number[],
  };
  try {
    // The calculator's own markup and styles once rendered, for the bare element.
    const tab = await browser.newPage();
    await tab.goto(`${host.url}/calculator`);
    await tab.waitForFunction(() => (window as unknown as { __rendered?: number }).__rendered);
    const { markup, css } = await tab.evaluate(() => {
      const root = document.querySelector('lms-calculator')!.shadowRoot!;
      return {
        markup: root.innerHTML.replace(/<!--[^>]*-->/g, ''),
        css: root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
      };
    });
    await tab.close();
    await host.stop();
    pages['/bare'] = [
      'text/html',
      page('bare-calculator', '<bare-calculator></bare-calculator><script src="/bare.js"></script>'),
    ];
    pages['/bare.js'] = ['text/javascript', await bareElement(markup, css)];
    host = await serveHostPages(pages);

    const load = async (path: string, script: string, throttle = 1) => {
      const context = await browser.newContext(); // cold cache each time
      const t = await context.newPage();
      if (throttle > 1)
        await (await context.newCDPSession(t)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
      await t.goto(`${host.url}${path}`);
      await t.waitForFunction(() => (window as unknown as { __rendered?: number }).__rendered, undefined, {
        timeout: 30_000,
      });
      const m = await t.evaluate((name) => {
        const w = window as unknown as { __form: number; __rendered: number };
        const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith(name));
        const part = performance.getEntriesByType('resource').find((e) => e.name.endsWith('calculator-part.js'));
        return {
          loaded: (entry as PerformanceResourceTiming).responseEnd,
          part: (part as PerformanceResourceTiming | undefined)?.responseEnd ?? 0,
          form: w.__form,
          rendered: w.__rendered,
        };
      }, script);
      await context.close();
      return m;
    };
    for (let i = 0; i <= LOADS; i++) {
      // Alternating order; the first pair warms Chromium itself and is not counted.
      for (const k of i % 2 ? (['bare', 'calculator'] as const) : (['calculator', 'bare'] as const)) {
        const m = await load(`/${k}`, k === 'bare' ? '/bare.js' : '/widget.js');
        if (i > 0) ms[k].push(m.rendered - m.loaded);
        if (i > 0 && k === 'calculator') {
          ms.form.push(m.form - m.loaded);
          ms.part.push(m.part - m.loaded);
        }
      }
    }
    for (let i = 0; i < THROTTLED_LOADS; i++) {
      const m = await load('/calculator', '/widget.js', 4);
      ms.throttled.push(m.form - m.loaded);
    }
  } finally {
    await browser.close();
    await host.stop();
  }
  const ratio = median(ms.calculator.map((c, i) => c / ms.bare[i]!));
  console.log(
    `\nWidget first render, from the script loaded (median of ${ms.calculator.length} cold loads each, alternating):`,
  );
  console.log(
    `  the whole calculator (form, second part, result) ${median(ms.calculator).toFixed(1)} ms; a bare Lit element with the same markup and styles ${median(ms.bare).toFixed(1)} ms: ${ratio.toFixed(2)}x ${budget('widget whole first render vs bare Lit', ratio, '<=', 2)}`,
  );
  console.log(
    `  of which: the form in the page at ${median(ms.form).toFixed(1)} ms, the second part downloaded at ${median(ms.part).toFixed(1)} ms`,
  );
  console.log(
    `  CPU 4x slower: the form in the page ${median(ms.throttled).toFixed(0)} ms after the script arrived (median of ${ms.throttled.length}) ${budget('widget form at 4x CPU ms', median(ms.throttled), '<=', 1000)}`,
  );
}
