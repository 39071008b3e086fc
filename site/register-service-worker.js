// The demo page (/) and /embed only: after the page has loaded, the service worker that keeps
// them working offline (/sw.js, written by scripts/build/build-offline.ts; docs/offline.md).
// External: the pages' CSP allows no inline script. Not inside a frame: a page that frames /embed
// is not offline itself, and every site that frames it would hold its own copy. The one-tag
// widget.js, which other sites load, never registers anything.
if ('serviceWorker' in navigator && window.top === window) {
  addEventListener('load', () => {
    // Without a service worker (a browser's private mode may refuse one) the page works online.
    navigator.serviceWorker.register('/sw.js', { scope: '/', updateViaCache: 'none' }).catch(() => {});
  });
}
