import { readFileSync } from 'node:fs';
import { lms } from '@lms-score/core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WidgetManifest } from '../../scripts/build/build-widget.ts';
import { launchChromium } from '../../scripts/support/browser.ts';
import { type DevServer, startDevServer } from '../../scripts/support/dev-server.ts';
import { type HostPages, serveHostPages } from '../../scripts/support/host-page-server.ts';

const manifest = JSON.parse(readFileSync('dist/public/widget/manifest.json', 'utf8')) as WidgetManifest;
const widget = manifest.files['widget.js'];
const secondPart = manifest.files['calculator-part.js'];
const esm = manifest.files['lms-calculator.js'];

// Selectors and rules a careless or hostile host stylesheet might carry.
const HOSTILE_CSS = `* { color: #f0f !important; font-size: 31px !important; letter-spacing: 3px; }
input, select, button, fieldset, table, svg { display: none !important; }
section, form, p { visibility: hidden !important; }
lms-calculator { border: 4px dashed red; }`;

describe("the one-tag widget on a third-party page, against npm start's server", { timeout: 60_000 }, () => {
  let server: DevServer;
  let host: HostPages;
  // Another origin, whose address a host page's own markup names (DOM clobbering, below).
  let elsewhere: HostPages;
  let browser: Browser;
  beforeAll(async () => {
    server = await startDevServer();
    elsewhere = await serveHostPages({
      '/x.svg': ['image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>'],
    });
    const csp = `default-src 'none'; script-src ${server.url} 'self'; style-src 'self'; frame-src ${server.url}; img-src 'self'`;
    const tag = `<script src="${server.url}${widget.path}" integrity="${widget.integrity}" crossorigin="anonymous" async></script>`;
    const page = (body: string) =>
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/hostile.css"><title>Journal</title></head><body><h1>Article</h1>${body}<p>After.</p></body></html>`;
    const headers = { 'content-security-policy': csp };
    host = await serveHostPages({
      '/article': ['text/html', page(tag), headers],
      '/twice': ['text/html', page(`${tag}<hr>${tag.replace(' async', ' async data-lang="zh-Hans"')}`), headers],
      '/article-de': ['text/html', page(tag.replace(' async', ' async data-lang="de"')), headers],
      // The ES module build, as a bundler-free site would load it, with a placed element.
      '/esm': [
        'text/html',
        page(
          `<lms-calculator></lms-calculator><script type="module" src="${server.url}${esm.path}" integrity="${esm.integrity}" crossorigin="anonymous"></script>`,
        ),
        headers,
      ],
      // A host whose CSP allows styles by nonce only (no 'self'), telling Lit the nonce (litNonce).
      '/nonce': [
        'text/html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Nonce</title><script nonce="r4nd0m">window.litNonce = 'r4nd0m';</script></head><body>${tag}</body></html>`,
        {
          'content-security-policy': `default-src 'none'; script-src ${server.url} 'nonce-r4nd0m'; style-src 'nonce-r4nd0m'`,
        },
      ],
      '/framed': [
        'text/html',
        page(
          `<iframe id="lms-frame" src="${server.url}/embed?lang=zh-Hans&ki67=25" title="LMS" style="width:100%;border:0;height:50px"></iframe><script src="/listener.js"></script>`,
        ),
        headers,
      ],
      '/listener.js': [
        'text/javascript',
        `addEventListener('message', (e) => { if (e.origin === ${JSON.stringify(server.url)} && e.data?.type === 'lms-calculator:height') document.getElementById('lms-frame').style.height = e.data.height + 'px'; });`,
      ],
      // A frame whose height messages the page records, to set its state from the test.
      '/heights': ['text/html', page('<script src="/heights.js"></script>'), headers],
      '/heights.js': [
        'text/javascript',
        `window.heights = [];
        const frame = Object.assign(document.createElement('iframe'), { id: 'lms-frame', title: 'LMS', src: ${JSON.stringify(`${server.url}/embed`)} + location.search });
        frame.style.cssText = 'width:100%;border:0';
        document.currentScript.after(frame);
        addEventListener('message', (e) => {
          if (e.origin !== ${JSON.stringify(server.url)} || e.data?.type !== 'lms-calculator:height') return;
          window.heights.push(e.data.height);
          frame.style.height = e.data.height + 'px';
        });`,
      ],
      // Markup that shadows what the widget looks up on document and window, before the tag, on
      // pages without a CSP (which would refuse the other origin anyway): a page that lets its
      // authors or commenters write HTML, names and ids included, but no script.
      '/clobbered-img': ['text/html', page(`<img name="currentScript" src="${elsewhere.url}/x.svg" alt="">${tag}`)],
      '/clobbered-form': ['text/html', page(`<form name="currentScript" action="${elsewhere.url}/"></form>${tag}`)],
      '/clobbered-esm': [
        'text/html',
        page(
          `<img name="currentScript" src="${elsewhere.url}/x.svg" alt=""><lms-calculator></lms-calculator><script type="module" src="${server.url}${esm.path}" integrity="${esm.integrity}" crossorigin="anonymous"></script>`,
        ),
      ],
      '/clobbered-globals': [
        'text/html',
        page(
          `<form name="head"></form>${['__lmsLit', '__lmsParts', '__lmsLocales'].map((name) => `<form name="${name}"><input name="${manifest.version}"><input name="de"></form>`).join('')}${tag.replace(' async', ' async data-lang="de"')}`,
        ),
      ],
      '/hostile.css': ['text/css', HOSTILE_CSS],
      '/favicon.ico': ['image/x-icon', ''],
    });
    browser = await launchChromium();
  }, 90_000);
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await elsewhere?.stop();
    await server?.stop();
  });

  async function open(path: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${host.url}${path}`);
    await page.locator('lms-calculator #ki67').first().waitFor();
    return { page, errors, requests };
  }

  it('renders where the tag stands under a strict CSP and a hostile stylesheet, scores a case, and makes no other request', async () => {
    const { page, errors, requests } = await open('/article');
    expect(await page.evaluate(() => document.querySelector('lms-calculator')?.previousElementSibling?.tagName)).toBe(
      'SCRIPT',
    );
    const box = await page.locator('lms-calculator #ki67').boundingBox();
    expect(box!.width).toBeGreaterThan(20);
    const before = requests.length;
    await page.locator('lms-calculator #ki67').fill('25');
    await page.locator('lms-calculator input[name="vascularInvasion"][value="yes"]').check();
    await page.locator('lms-calculator input[name="lymphNodeMetastasis"][value="no"]').check();
    await page.locator('lms-calculator input[name="adjuvantTherapy"][value="no"]').check();
    await expect.poll(() => page.locator('lms-calculator .group').textContent()).toContain('High risk');
    expect(await page.locator('lms-calculator .points strong').textContent()).toBe('7 points');
    expect(requests.slice(before)).toEqual([]); // scoring sends nothing
    const offHost = requests.filter((u) => !u.startsWith(host.url));
    expect(offHost).toEqual([`${server.url}${widget.path}`, `${server.url}${secondPart.path}`]);
    // The second part was asked for as the tag's script began (a preload with its SRI hash, which
    // that one request served), and the preload left nothing in the host's <head>.
    const initiators = await page.evaluate(
      (path) =>
        performance
          .getEntriesByType('resource')
          .filter((e) => e.name.endsWith(path))
          .map((e) => (e as PerformanceResourceTiming).initiatorType),
      secondPart.path,
    );
    expect(initiators).toEqual(['link']);
    expect(await page.evaluate(() => document.head.querySelectorAll('link[rel="preload"]').length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads only the language the page shows, SRI-pinned from the versioned directory, under the strict CSP', async () => {
    const { page, errors, requests } = await open('/article-de');
    await expect.poll(() => page.locator('lms-calculator h2').textContent()).toBe('Lebermetastasen-Score (LMS)');
    const de = manifest.files['locales/de.js']!;
    expect(de.path).toBe(`/widget/${manifest.version}/locales/de.js`);
    expect(requests.filter((u) => !u.startsWith(host.url))).toEqual([
      `${server.url}${widget.path}`,
      `${server.url}${secondPart.path}`, // it holds the packs' SRI hashes
      `${server.url}${de.path}`,
    ]);
    const script = await page.evaluate(() => document.querySelectorAll('script[src*="/locales/"]').length);
    expect(script).toBe(0); // the loader removes its script once the pack registered
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the ES module build loads its second part from its own directory and scores', async () => {
    const { page, errors, requests } = await open('/esm');
    await page.locator('lms-calculator #ki67').fill('25');
    await expect.poll(() => page.locator('lms-calculator .points').textContent()).toContain('points');
    expect(requests.filter((u) => !u.startsWith(host.url))).toEqual([
      `${server.url}${esm.path}`,
      `${server.url}${secondPart.path}`,
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('paints the title, scope and form from the first file alone; the result comes with the second part', async () => {
    const page = await browser.newPage();
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/calculator-part.js', async (route) => {
      await held;
      await route.continue();
    });
    // Counts the page's Intl number formats: starting ICU takes 13-50 ms, which English never pays.
    await page.addInitScript(`{
      const Native = Intl.NumberFormat;
      window.intlFormats = 0;
      Intl.NumberFormat = function NumberFormat(...args) {
        window.intlFormats++;
        return new Native(...args);
      };
    }`);
    const intlFormats = () => page.evaluate(() => (window as unknown as { intlFormats: number }).intlFormats);
    // Not waiting for the load event: the held script is part of it.
    await page.goto(`${host.url}/article`, { waitUntil: 'commit' });
    await page.locator('lms-calculator #ki67').waitFor();
    expect(await page.locator('lms-calculator h2').textContent()).toBe('Liver Metastasis Score (LMS)');
    expect(await page.locator('lms-calculator .result').count()).toBe(0);
    // Idle time while the part is held (longer than the formatters' idle timeout): ICU has not started.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 300))));
    expect(await intlFormats()).toBe(0);
    // Typed before the engine arrives: kept, scored and announced (lms-change) when it does.
    await page.evaluate(() => {
      const w = window as unknown as { changes: unknown[] };
      w.changes = [];
      document
        .querySelector('lms-calculator')!
        .addEventListener('lms-change', (e) => w.changes.push((e as CustomEvent).detail.value.ki67));
    });
    await page.locator('lms-calculator #ki67').fill('25');
    release();
    const parsed = lms.parse({ ki67: 25 });
    if (!parsed.ok) throw new Error('the core refused ki67 25');
    const [min, max] = lms.score(parsed.value).pointsRange;
    await expect.poll(() => page.locator('lms-calculator .points').textContent()).toContain(`${min}-${max} points`);
    expect(await page.locator('lms-calculator #ki67').inputValue()).toBe('25');
    expect(await page.evaluate(() => (window as unknown as { changes: unknown[] }).changes)).toEqual([25]);
    // English's plain formatters equal Intl's for every number shown (format.test.ts): whole and
    // idle, the calculator still has not started ICU.
    await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 300))));
    expect(await intlFormats()).toBe(0);
    await page.close();
  });

  it('refuses a second part whose bytes changed (SRI) and says the calculator could not load', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/calculator-part.js', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${await response.text()}\n// changed` });
    });
    await page.goto(`${host.url}/article`);
    await expect.poll(() => page.locator('lms-calculator [role="alert"]').textContent()).toContain('could not load');
    expect(await page.locator('lms-calculator .result').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a language file whose bytes changed (SRI) and shows English instead', async () => {
    const page = await browser.newPage();
    await page.route('**/locales/de.js', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace('Lebermetastasen', 'Manipuliert') });
    });
    await page.goto(`${host.url}/article-de`);
    await expect.poll(() => page.locator('lms-calculator h2').textContent()).toBe('Liver Metastasis Score (LMS)');
    expect(await page.content()).not.toContain('Manipuliert');
    await page.close();
  });

  it.each([
    ['<img name="currentScript">', '/clobbered-img', widget],
    ['<form name="currentScript">', '/clobbered-form', widget],
    ['<img name="currentScript">, ES module build', '/clobbered-esm', esm],
    ['<form name="head">, <form name="__lmsParts"> and the other shared globals', '/clobbered-globals', widget],
  ])('finds its own files and its place when the page has %s (DOM clobbering)', async (_, path, first) => {
    const { page, errors, requests } = await open(path);
    const calculator = page.locator('lms-calculator');
    await calculator.locator('#ki67').fill('25');
    await calculator.locator('input[name="vascularInvasion"][value="yes"]').check();
    await calculator.locator('input[name="lymphNodeMetastasis"][value="no"]').check();
    await calculator.locator('input[name="adjuvantTherapy"][value="no"]').check();
    await expect.poll(() => calculator.locator('.group.high').count()).toBe(1);
    expect(await calculator.locator('.points strong').textContent()).toMatch(/^7\D/);
    // Every file of the widget from its own origin; the other origin sees its image fetched, nothing else.
    expect(requests.filter((u) => u.startsWith(elsewhere.url))).toEqual(
      path.endsWith('-img') || path.endsWith('-esm') ? [`${elsewhere.url}/x.svg`] : [],
    );
    const widgetFiles = requests.filter((u) => !u.startsWith(host.url) && !u.startsWith(elsewhere.url));
    expect(widgetFiles.slice(0, 2)).toEqual([`${server.url}${first!.path}`, `${server.url}${secondPart.path}`]);
    expect(widgetFiles.every((u) => u.startsWith(`${server.url}/widget/${manifest.version}/`))).toBe(true);
    if (path === '/clobbered-globals') {
      await expect.poll(() => calculator.locator('h2').textContent()).toBe('Lebermetastasen-Score (LMS)');
      expect(await page.evaluate(() => document.querySelectorAll('script[src*="/widget/"]').length)).toBe(1);
    } else if (first === widget) {
      // Rendered right after its own tag, not after the element that shadows document.currentScript.
      expect(await calculator.evaluate((e) => e.previousElementSibling?.tagName)).toBe('SCRIPT');
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    [1280, 'lang=en'],
    [360, 'lang=en'],
    [700, 'lang=de&audience=patient'],
  ])(
    "/embed's height messages, at %ipx with %s, are the same number whatever is entered (they never tell the framing page the result)",
    async (width, query) => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${host.url}/heights?${query}`);
      const frame = page.frameLocator('#lms-frame');
      const calculator = frame.locator('lms-calculator');
      const heights = () => page.evaluate(() => (window as unknown as { heights: number[] }).heights);
      const inFrame = () =>
        calculator.evaluate(() => Math.floor(document.documentElement.getBoundingClientRect().height));
      // Settled: a message came (after the first `after`), the last one fits the frame's page, and
      // none follows for 400 ms.
      const settled = async (after = 0) => {
        await expect.poll(async () => (await heights()).length, { timeout: 15_000 }).toBeGreaterThan(after);
        for (let seen = -1; ; ) {
          const now = await heights();
          if (now.length === seen && now.at(-1)! >= (await inFrame())) return now.at(-1)!;
          seen = now.length;
          await page.waitForTimeout(400);
        }
      };
      const answer = async (vascularInvasion: string, lymphNodeMetastasis: string, adjuvantTherapy: string) => {
        for (const [name, value] of Object.entries({ vascularInvasion, lymphNodeMetastasis, adjuvantTherapy }))
          await calculator.locator(`input[name="${name}"][value="${value}"]`).check();
      };
      const perState: Record<string, number> = {};
      await calculator.locator('#ki67').waitFor();
      perState.empty = await settled();
      const first = (await heights()).length - 1;
      await calculator.locator('#ki67').fill('abc');
      await calculator.locator('.error').waitFor();
      perState.invalid = await settled();
      await calculator.locator('#ki67').fill('1');
      await answer('no', 'no', 'yes');
      await calculator.locator('.group.low').waitFor();
      perState.low = await settled();
      await calculator.locator('#ki67').fill('12');
      await calculator.locator('.group.intermediate').waitFor();
      perState.intermediate = await settled();
      await answer('unknown', 'unknown', 'no');
      await calculator.locator('.group.range').waitFor();
      perState.partial = await settled();
      await calculator.locator('#ki67').fill('25');
      await answer('yes', 'no', 'no');
      await calculator.locator('.group.high').waitFor();
      perState.high = await settled();
      const height = perState.empty!;
      expect(perState).toEqual({
        empty: height,
        invalid: height,
        low: height,
        intermediate: height,
        partial: height,
        high: height,
      });
      // Not even a passing message differs.
      expect(new Set((await heights()).slice(first))).toEqual(new Set([height]));
      // The frame fits its page: nothing cut off, no empty space below.
      const fit = await calculator.evaluate(() => ({
        page: Math.ceil(document.documentElement.getBoundingClientRect().height),
        frame: innerHeight,
      }));
      expect(fit).toEqual({ page: height, frame: height });
      // At another width, measured again before the next message: high, then empty, one height.
      await page.setViewportSize({ width: width === 360 ? 900 : 360, height: 800 });
      const resized = (await heights()).length;
      const high = await settled(resized);
      expect(high).not.toBe(height);
      await calculator.locator('#ki67').fill('');
      await answer('unknown', 'unknown', 'unknown');
      await expect.poll(() => calculator.locator('.result-body.empty').count()).toBe(1);
      expect(await settled()).toBe(high);
      expect(new Set((await heights()).slice(resized))).toEqual(new Set([high]));
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('/embed reads patient values from the fragment (never sent to a server), as a CDS card link sets them', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${server.url}/embed#ki67=12&vascular-invasion=yes&lymph-node-metastasis=no`);
    await expect.poll(() => page.locator('lms-calculator #ki67').inputValue()).toBe('12');
    expect(await page.locator('lms-calculator input[name="vascularInvasion"][value="yes"]').isChecked()).toBe(true);
    expect(requests.every((u) => !u.includes('ki67'))).toBe(true);
    await page.close();
  });

  it('/embed without ?lang follows the browser’s languages, and says so in the page’s lang', async () => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    const page = await context.newPage();
    await page.goto(`${server.url}/embed`);
    await expect.poll(() => page.locator('lms-calculator h2').textContent()).toBe('肝転移スコア（LMS）');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    // ?lang still wins over the browser.
    await page.goto(`${server.url}/embed?lang=de`);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('de');
    await context.close();
  });

  it("works on a host whose CSP allows styles by nonce only, with Lit's litNonce", async () => {
    const { page, errors } = await open('/nonce');
    await page.locator('lms-calculator #ki67').fill('25');
    await expect.poll(() => page.locator('lms-calculator .points strong').textContent()).toBe('4-8 points');
    const styled = await page.locator('lms-calculator .calc').evaluate((e) => getComputedStyle(e).borderStyle);
    expect(styled).toBe('solid'); // the element's own styles applied
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps working when the script is on the page twice', async () => {
    const { page, errors } = await open('/twice');
    expect(await page.locator('lms-calculator').count()).toBe(2);
    await expect
      .poll(() => page.locator('lms-calculator').nth(1).locator('h2').textContent())
      .toBe('肝转移评分（LMS）');
    await page.locator('lms-calculator').nth(1).locator('#ki67').fill('2');
    await expect
      .poll(() => page.locator('lms-calculator').nth(1).locator('.points strong').textContent())
      .toBe('0-4 分');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves /embed for iframes: settings from the query, and the frame grows to its content', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${host.url}/framed`);
    const frame = page.frameLocator('#lms-frame');
    await expect.poll(() => frame.locator('lms-calculator #ki67').inputValue()).toBe('25');
    expect(await frame.locator('lms-calculator h2').textContent()).toBe('肝转移评分（LMS）');
    // The first height comes once the frame has measured its tallest layout (frame-height.ts).
    await expect
      .poll(async () => (await page.locator('#lms-frame').boundingBox())!.height, { timeout: 15_000 })
      .toBeGreaterThan(600);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['__proto__', 'constructor', 'toString'])('/embed?lang=%s renders in English with no error', async (lang) => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/embed?lang=${lang}&vascular-invasion=__proto__&theme=constructor`);
    await expect.poll(() => page.locator('lms-calculator h2').textContent()).toBe('Liver Metastasis Score (LMS)');
    expect(await page.locator('lms-calculator input[name="vascularInvasion"][value="unknown"]').isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(['/', '/embed?lang=zh-Hans', '/docs'])(
    '%s runs under its own strict CSP with no violation or error',
    async (path) => {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      const res = await page.goto(`${server.url}${path}`);
      const csp = res!.headers()['content-security-policy']!;
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      if (path !== '/docs') await page.locator('lms-calculator #ki67').first().waitFor();
      await page.waitForTimeout(200);
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it("serves the versioned files immutable, with bytes that match the manifest's SRI hash", async () => {
    const res = await fetch(`${server.url}${widget.path}`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = Buffer.from(await res.arrayBuffer());
    const { createHash } = await import('node:crypto');
    expect(`sha384-${createHash('sha384').update(bytes).digest('base64')}`).toBe(widget.integrity);
  });
});
