// The service worker of the demo page (/) and /embed, served as /sw.js (docs/offline.md). The
// build (scripts/build/build-offline.ts) writes the list of what it keeps in place of
// __LMS_OFFLINE__: the pages, and the files they load, each versioned or pinned by its SRI hash.
// It stores those, fetched once as it installs, and nothing else: never an API answer, never an
// address with a query (the /embed settings) or anything entered. Runs in browsers, not in Node.
const OFFLINE = __LMS_OFFLINE__;
const PAGES = new Set(OFFLINE.pages);
const FILES = new Set(OFFLINE.files.map((file) => file.url));
const isVersioned = (path) => path.startsWith(OFFLINE.versioned);

/** A response to keep: a file, not an error or a redirect. */
function kept(url, response) {
  if (!response.ok || response.redirected) throw new Error(`${url} answered ${response.status}`);
  return response;
}

async function sri(response) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await response.clone().arrayBuffer()));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** A versioned file as an earlier cache of ours holds it, if its bytes have this hash. */
async function earlierCopy({ url, integrity }) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(OFFLINE.prefix) || name === OFFLINE.cache) continue;
    const copy = await caches.match(url, { cacheName: name });
    if (copy && (await sri(copy)) === integrity) return copy;
  }
  return undefined;
}

// Versioned files never change: downloaded once per version, then copied from the last cache (or
// the browser's own copy). The hash is checked every time, so a changed byte fails the
// installation, and the version in use stays.
const fetchFile = async (file) => {
  const { url, integrity } = file;
  if (!isVersioned(url)) return fetch(url, { integrity, cache: 'no-cache' });
  return (
    (await earlierCopy(file)) ??
    fetch(url, { integrity, cache: 'force-cache' }).catch(() => fetch(url, { integrity, cache: 'reload' }))
  );
};

/** Fills this version's cache, all or nothing. */
async function precache() {
  const cache = await caches.open(OFFLINE.cache);
  const results = await Promise.allSettled([
    ...OFFLINE.pages.map(async (url) => cache.put(url, kept(url, await fetch(url, { cache: 'no-cache' })))),
    ...OFFLINE.files.map(async (file) => cache.put(file.url, kept(file.url, await fetchFile(file)))),
  ]);
  const failed = results.find((result) => result.status === 'rejected');
  if (failed) {
    await caches.delete(OFFLINE.cache);
    throw failed.reason;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

// A new version replaces the old: every other cache of ours goes, other caches on the origin stay.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const ours = (await caches.keys()).filter((name) => name.startsWith(OFFLINE.prefix));
      await Promise.all(ours.filter((name) => name !== OFFLINE.cache).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

const cached = (path) => caches.match(path, { cacheName: OFFLINE.cache });

/** The network's answer (fresh pages for online readers), the kept copy only when there is none. */
async function networkFirst(request, path) {
  try {
    return await fetch(request);
  } catch (error) {
    const copy = await cached(path);
    if (copy) return copy;
    throw error;
  }
}

// Only the listed pages and files, by path: a page with a query (/embed?lang=de) is answered with
// the page's one copy when offline. Everything else (the API, /docs, other methods, other
// origins) is not touched: it goes to the network as if there were no service worker.
self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (PAGES.has(url.pathname)) {
    if (request.mode === 'navigate') event.respondWith(networkFirst(request, url.pathname));
  } else if (FILES.has(url.pathname) && !url.search) {
    const path = url.pathname;
    event.respondWith(
      isVersioned(path) ? cached(path).then((copy) => copy ?? fetch(request)) : networkFirst(request, path),
    );
  }
});
