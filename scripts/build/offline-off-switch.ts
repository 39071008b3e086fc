// What the build writes when offline use is turned off (LMS_OFFLINE=off, docs/offline.md): a
// /sw.js that deletes what an earlier one kept and unregisters itself, and a page script that does
// the same from the page, so a browser that installed the service worker gives it up on its next
// visit, whichever runs first.

/** The /sw.js that removes itself and our caches (those whose names start with `prefix`). */
export const removingServiceWorker = (
  prefix: string,
): string => `// Offline use is turned off (docs/offline.md): this removes what an earlier /sw.js kept, then itself.
const PREFIX = ${JSON.stringify(prefix)};
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(PREFIX)) await caches.delete(name);
      await self.registration.unregister();
    })(),
  );
});
`;

/** The pages' script in place of the registration: unregisters /sw.js and deletes our caches. */
export const unregisteringScript = (
  prefix: string,
): string => `// Offline use is turned off (docs/offline.md): removes the service worker and what it kept.
if ('serviceWorker' in navigator) {
  const PREFIX = ${JSON.stringify(prefix)};
  const ours = new URL('/sw.js', location.href).href;
  navigator.serviceWorker
    .getRegistrations()
    .then(async (registrations) => {
      const forget = async () => {
        for (const name of await caches.keys()) if (name.startsWith(PREFIX)) await caches.delete(name);
      };
      // Caches first, then the worker, then the caches again: a worker that was still writing
      // when the first pass ran has stopped by the second.
      await forget();
      for (const r of registrations) if ((r.active ?? r.waiting ?? r.installing)?.scriptURL === ours) await r.unregister();
      await forget();
    })
    .catch(() => {});
}
`;
