// The demo page (/) and /embed offline after one visit (docs/offline.md), in Chromium, through a
// proxy that counts what reaches the Worker and can cut it off: /sw.js keeps exactly its list,
// scores every golden vector offline, never keeps an API answer or an address with a query,
// replaces its cache when a new version comes, and can be turned off.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lms } from '@lms-score/core';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_PREFIX, offlineList, serviceWorkerSource } from '../../scripts/build/build-offline.ts';
import type { WidgetManifest } from '../../scripts/build/build-widget.ts';
import { removingServiceWorker, unregisteringScript } from '../../scripts/build/offline-off-switch.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/support/chromium.ts';
import { type DevServer, startDevServer } from '../../scripts/support/dev-server.ts';
import { LANGUAGES } from '../../widget/common/language.ts';
import { pack as zhHans } from '../../widget/locales/zh-hans.ts';
import { pinned, scoredCases } from '../support/golden-vectors.ts';
import { type CountingProxy, startCountingProxy } from './counting-proxy.ts';

const manifest = JSON.parse(readFileSync('dist/public/widget/manifest.json', 'utf8')) as WidgetManifest;
const list = offlineList('dist/public', manifest);
const uiCases = scoredCases.filter((c) => !c.source);
const FACTORS = ['vascularInvasion', 'lymphNodeMetastasis', 'adjuvantTherapy'] as const;

describe('offline after one visit: the demo page and /embed', { timeout: 240_000 }, () => {
  let server: DevServer;
  let proxy: CountingProxy;
  const profiles: [BrowserContext, string][] = [];
  beforeAll(async () => {
    server = await startDevServer();
    proxy = await startCountingProxy(server.url);
  }, 90_000);
  afterEach(async () => {
    for (const [context, dir] of profiles.splice(0)) {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
    proxy.offline = false;
    proxy.replace.clear();
  });
  afterAll(async () => {
    await proxy?.stop();
    await server?.stop();
  });

  /** A page in a fresh browser profile: persistent, as Chromium installs apps only outside incognito. */
  async function freshPage(): Promise<Page> {
    const dir = mkdtempSync(join(tmpdir(), 'lms-offline-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
      headless: true,
    });
    profiles.push([context, dir]);
    return context.pages()[0] ?? context.newPage();
  }

  /** Opens `path` and waits until the service worker has installed and controls the page. */
  async function visit(page: Page, path: string): Promise<void> {
    await page.goto(`${proxy.url}${path}`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  }

  /**
   * Cuts the network both ways, the browser's own switch and the proxy refusing connections, and
   * empties the browser's HTTP cache: what works now works from the service worker's cache alone.
   */
  async function goOffline(page: Page): Promise<number> {
    await (await page.context().newCDPSession(page)).send('Network.clearBrowserCache');
    await page.context().setOffline(true);
    proxy.offline = true;
    return proxy.requests.length;
  }

  /** Every URL in every cache of the origin, by cache name. */
  const cacheContents = (page: Page) =>
    page.evaluate(async () => {
      const out: Record<string, string[]> = {};
      for (const name of await caches.keys())
        out[name] = (await (await caches.open(name)).keys()).map((r) => r.url.slice(location.origin.length));
      return out;
    });

  /** Enters every golden case through the form; each result must be the core's. */
  async function scoreEveryCase(calculator: Locator): Promise<void> {
    for (const c of uiCases) {
      const input = c.input as Record<string, unknown>;
      const { ki67 } = input;
      await calculator.locator('#ki67').fill(typeof ki67 === 'number' ? String(ki67) : '');
      await calculator.locator('#ki67-band').selectOption(typeof ki67 === 'string' ? ki67 : '');
      for (const factor of FACTORS) {
        const v = input[factor];
        const answer = v === true ? 'yes' : v === false ? 'no' : 'unknown';
        await calculator.locator(`input[name="${factor}"][value="${answer}"]`).check();
      }
      const parsed = lms.parse(input);
      if (!parsed.ok) throw new Error(`${c.name}: the core refused the input`);
      const expected = JSON.parse(JSON.stringify(lms.score(parsed.value)));
      expect(pinned(expected)).toEqual(c.expected);
      const shown = () => calculator.evaluate((el) => JSON.parse(JSON.stringify((el as { result?: unknown }).result)));
      await expect.poll(shown, { message: c.name }).toEqual(expected);
    }
  }

  it('/ works offline after one visit: reloaded with no network, it scores every golden vector', async () => {
    const page = await freshPage();
    await visit(page, '/');
    const sent = await goOffline(page);
    const reloaded = await page.reload();
    expect(reloaded!.fromServiceWorker()).toBe(true);
    await scoreEveryCase(page.locator('.lms-slot lms-calculator'));
    // The Chinese preset case below it (drawn as the reader nears it), its language pack from the cache too.
    await page.locator('.worked-case').scrollIntoViewIfNeeded();
    const chinese = page.locator('lms-calculator[lang="zh-Hans"]');
    await expect.poll(() => chinese.locator('h2').textContent()).toBe(zhHans.models.lms!.title);
    await expect.poll(() => chinese.locator('.group.high').count()).toBe(1);
    expect(proxy.requests.slice(sent)).toEqual([]); // nothing even tried the network
  });

  it('/embed works offline after one visit, in every language, with settings in the query and values in the fragment', async () => {
    const page = await freshPage();
    await visit(page, '/embed');
    const sent = await goOffline(page);
    await page.reload();
    await scoreEveryCase(page.locator('lms-calculator'));
    for (const language of LANGUAGES) {
      const { pack } = await import(`../../widget/locales/${language.toLowerCase()}.ts`);
      await page.goto(`${proxy.url}/embed?lang=${language}#ki67=25&vascular-invasion=yes`);
      const calculator = page.locator('lms-calculator');
      await expect
        .poll(() => calculator.locator('h2').textContent(), { message: language })
        .toBe(pack.models.lms.title);
      await expect.poll(() => calculator.locator('#ki67').inputValue()).toBe('25');
    }
    expect(proxy.requests.slice(sent)).toEqual([]);
  });

  it('keeps exactly its list: no API answer, no address with a query, though the pages asked for both', async () => {
    const page = await freshPage();
    await visit(page, '/');
    const answers = await page.evaluate(async () => {
      const get = await fetch('/v1/lms/score?ki67=12&vascularInvasion=yes&lymphNodeMetastasis=no&adjuvantTherapy=no');
      const post = await fetch('/v1/lms/score', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ki67: 25 }),
      });
      return [get.status, post.status];
    });
    expect(answers).toEqual([200, 200]);
    await page.goto(`${proxy.url}/embed?lang=de&ki67=25#vascular-invasion=yes`);
    await page.locator('lms-calculator #ki67').waitFor();
    await page.goto(`${proxy.url}/docs`);
    expect(proxy.requests).toEqual(expect.arrayContaining(['POST /v1/lms/score', 'GET /embed?lang=de&ki67=25']));
    const kept = await cacheContents(page);
    expect(Object.keys(kept)).toEqual([list.cache]);
    expect(kept[list.cache]!.filter((url) => url.includes('/v1/') || url.includes('?'))).toEqual([]);
    expect(kept[list.cache]!.sort()).toEqual([...list.pages, ...list.files.map((f) => f.url)].sort());
    // Offline, the API is not answered from anywhere.
    await goOffline(page);
    await page.goto(`${proxy.url}/`);
    const answered = await page.evaluate(() =>
      fetch('/v1/lms')
        .then(() => true)
        .catch(() => false),
    );
    expect(answered).toBe(false);
  });

  it('a new version replaces the old cache; versioned files are fetched once per version, then served from it', async () => {
    const page = await freshPage();
    await visit(page, '/');
    await page.evaluate(() => caches.open('another-app-on-this-origin'));
    const widgetRequests = (from: number) => proxy.requests.slice(from).filter((r) => r.includes('/widget/'));
    // Served from its cache, not the network (nor the browser's HTTP cache, emptied).
    await (await page.context().newCDPSession(page)).send('Network.clearBrowserCache');
    let mark = proxy.requests.length;
    await page.reload();
    await page.locator('.lms-slot lms-calculator .result-body').waitFor();
    expect(widgetRequests(mark)).toEqual([]);
    // The next build: another version's cache name, the same files (as when only the pages change).
    const next = { ...list, cache: `${CACHE_PREFIX}9.9.9-0123456789ab` };
    proxy.replace.set('/sw.js', ['text/javascript', serviceWorkerSource(next)]);
    mark = proxy.requests.length;
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r!.update()));
    await expect
      .poll(async () => Object.keys(await cacheContents(page)).sort(), { timeout: 30_000 })
      .toEqual(['another-app-on-this-origin', next.cache]);
    // Its versioned files came from the old cache, checked against their hashes: none asked again.
    expect(widgetRequests(mark)).toEqual([]);
    await goOffline(page);
    await page.reload();
    await scoreEveryCase(page.locator('.lms-slot lms-calculator'));
  });

  it('is installable: a valid web app manifest, and Chromium reports no installability error', async () => {
    const page = await freshPage();
    await visit(page, '/');
    const cdp = await page.context().newCDPSession(page);
    const { errors, url } = await cdp.send('Page.getAppManifest');
    expect({ url, errors }).toEqual({ url: `${proxy.url}/manifest.webmanifest`, errors: [] });
    expect(await cdp.send('Page.getInstallabilityErrors')).toEqual({ installabilityErrors: [] });
    const app = await (await page.request.get(`${proxy.url}/manifest.webmanifest`)).json();
    expect(app).toMatchObject({ start_url: '/', scope: '/', display: 'standalone' });
  });

  // An LMS_OFFLINE=off build changes both; each alone must remove everything.
  it.each([
    ['/sw.js', removingServiceWorker(CACHE_PREFIX)],
    ['/register-service-worker.js', unregisteringScript(CACHE_PREFIX)],
  ])(
    'turned off (LMS_OFFLINE=off), its %s removes the service worker and its caches on the next visit',
    async (path, source) => {
      const page = await freshPage();
      await visit(page, '/');
      await page.evaluate(() => caches.open('another-app-on-this-origin'));
      proxy.replace.set(path, ['text/javascript', source]);
      await page.reload();
      const left = async () => ({
        caches: Object.keys(await cacheContents(page)),
        registrations: await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length),
      });
      await expect
        .poll(left, { timeout: 15_000 })
        .toEqual({ caches: ['another-app-on-this-origin'], registrations: 0 });
      await goOffline(page);
      await expect(page.reload()).rejects.toThrow();
    },
  );
});
