// Offline use of the demo page (/) and /embed (docs/offline.md): /sw.js, the service worker of
// scripts/build/service-worker.js with the list of what it keeps. The list comes from the pages as
// rendered: the files their <script> and <link> tags load, the web app manifest's icons, and each
// widget file whose SRI hash a listed widget file carries (its second part, every language pack),
// so whatever the pages load is kept and nothing they do not. Run after the pages are rendered.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { WidgetManifest } from './build-widget.ts';
import { removingServiceWorker, unregisteringScript } from './offline-off-switch.ts';

/** The pages, by the path readers use (their cache keys: no query), and the file each is built as. */
const PAGES: Readonly<Record<string, string>> = { '/': 'index.html', '/embed': 'embed.html' };
/** The start of our caches' names; the version and a hash of the list follow. */
export const CACHE_PREFIX = 'lms-offline-';
/** The pages' script that registers /sw.js (site/register-service-worker.js). */
const REGISTRATION = 'register-service-worker.js';
/** Never kept, whatever a page names: the API, its documents, the service worker itself. */
const NEVER = /^\/(?:v1\/|docs|openapi\.json|sw\.js$)|[?#]/;

export interface OfflineList {
  /** This build's cache: the prefix, the app version and a hash of every kept file's bytes. */
  readonly cache: string;
  readonly prefix: string;
  /** Paths under this are immutable (the widget's version directory): served from the cache first. */
  readonly versioned: string;
  readonly pages: readonly string[];
  /** Everything else kept, each fetched with its SRI hash. */
  readonly files: readonly { readonly url: string; readonly integrity: string }[];
  /** The bytes kept, pages included. */
  readonly bytes: number;
}

const sri = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The same-origin paths that a page's <script src> and <link href> tags load (not its <a> links). */
const loadedBy = (html: string): string[] =>
  [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="(\/(?!\/)[^"]*)"/g)].map((m) => m[1]!);

/** What the pages need offline, from the built files in `out`. */
export function offlineList(out: string, manifest: WidgetManifest): OfflineList {
  const widgetFiles = Object.values(manifest.files);
  const read = (path: string) => {
    if (NEVER.test(path)) throw new Error(`offline: a page loads ${path}, which must never be kept`);
    try {
      return readFileSync(`${out}${path}`);
    } catch {
      throw new Error(`offline: a page loads ${path}, which the build did not write`);
    }
  };
  /** What a kept file makes the browser load in turn. */
  const loads = (path: string, bytes: Buffer): string[] => {
    const text = bytes.toString('utf8');
    if (path.endsWith('.webmanifest')) {
      const { icons } = JSON.parse(text) as { icons: { src: string }[] };
      return icons.map((icon) => new URL(icon.src, `http://x${path}`).pathname);
    }
    if (!widgetFiles.some((f) => f.path === path)) return [];
    return widgetFiles.filter((f) => text.includes(f.integrity)).map((f) => f.path);
  };
  const files = new Map<string, string>();
  const pageHashes: string[] = [];
  let bytes = 0;
  const keep = (path: string) => {
    if (files.has(path)) return;
    const content = read(path);
    const integrity = sri(content);
    const listed = widgetFiles.find((f) => f.path === path);
    if (listed && listed.integrity !== integrity) throw new Error(`offline: ${path} is not the manifest's bytes`);
    files.set(path, integrity);
    bytes += content.length;
    for (const next of loads(path, content)) keep(next);
  };
  for (const [path, file] of Object.entries(PAGES)) {
    const html = readFileSync(`${out}/${file}`);
    pageHashes.push(`${path} ${sri(html)}`);
    bytes += html.length;
    for (const loaded of loadedBy(html.toString('utf8'))) keep(loaded);
  }
  const list = [...files].sort(([a], [b]) => (a < b ? -1 : 1)).map(([url, integrity]) => ({ url, integrity }));
  const hash = createHash('sha256')
    .update([...pageHashes, ...list.map((f) => `${f.url} ${f.integrity}`)].join('\n'))
    .digest('hex');
  return {
    cache: `${CACHE_PREFIX}${manifest.version}-${hash.slice(0, 12)}`,
    prefix: CACHE_PREFIX,
    versioned: `/widget/${manifest.version}/`,
    pages: Object.keys(PAGES),
    files: list,
    bytes,
  };
}

/** /sw.js for a list: scripts/build/service-worker.js with the list in place. */
export function serviceWorkerSource(list: OfflineList): string {
  const template = readFileSync('scripts/build/service-worker.js', 'utf8');
  const slot = 'const OFFLINE = __LMS_OFFLINE__;';
  if (template.split(slot).length !== 2) throw new Error(`scripts/build/service-worker.js: one "${slot}" expected`);
  const json = JSON.stringify;
  const files = list.files.map((file) => `    ${json(file)},`).join('\n');
  const value = `{\n  cache: ${json(list.cache)},\n  prefix: ${json(list.prefix)},\n  versioned: ${json(list.versioned)},\n  pages: ${json(list.pages)},\n  files: [\n${files}\n  ],\n}`;
  return template.replace(slot, `const OFFLINE = ${value};`);
}

/**
 * Writes /sw.js into `out`. With LMS_OFFLINE=off, a /sw.js and a registration script that remove
 * the service worker and its caches from browsers that have them instead.
 */
export function buildOffline(out: string, manifest: WidgetManifest, env = process.env): OfflineList | null {
  const setting = env.LMS_OFFLINE ?? 'on';
  if (setting !== 'on' && setting !== 'off') throw new Error(`LMS_OFFLINE must be on or off; got ${setting}`);
  if (!existsSync(`${out}/${REGISTRATION}`)) throw new Error(`offline: ${out}/${REGISTRATION} is missing`);
  if (setting === 'off') {
    writeFileSync(`${out}/sw.js`, removingServiceWorker(CACHE_PREFIX));
    writeFileSync(`${out}/${REGISTRATION}`, unregisteringScript(CACHE_PREFIX));
    console.log('offline use turned off (LMS_OFFLINE=off): /sw.js removes itself and its caches');
    return null;
  }
  const list = offlineList(out, manifest);
  const source = serviceWorkerSource(list);
  writeFileSync(`${out}/sw.js`, source);
  console.log(
    `offline: /sw.js (${source.length} B) keeps ${list.pages.length} pages and ${list.files.length} files, ${list.bytes} B`,
  );
  return list;
}
