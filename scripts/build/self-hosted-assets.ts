// A Worker's static files under plain workerd, as Cloudflare serves its `[assets]`: workerd's
// `disk` service reads the directory (FILES) but names every file application/octet-stream and
// lists directories, so this Worker picks the file the way Cloudflare's default html_handling
// ("auto-trailing-slash") does, names its type the way wrangler does (text/* in UTF-8), and adds an
// ETag. Bundled by self-hosted-config.ts; runs in workerd, not in Node.

interface Fetcher {
  fetch(input: Request | string, init?: RequestInit): Promise<Response>;
}
interface AssetsEnv {
  /** The directory, as workerd's disk service. */
  readonly FILES: Fetcher;
  /** The user Worker, for `router` (run_worker_first = false): what no file answers goes there. */
  readonly USER_WORKER?: Fetcher;
}

/** By extension; what wrangler's `mime` lookup answers, text types in UTF-8 as wrangler adds. */
const TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  htm: 'text/html',
  js: 'text/javascript',
  mjs: 'text/javascript',
  css: 'text/css',
  txt: 'text/plain',
  csv: 'text/csv',
  md: 'text/markdown',
  xml: 'application/xml',
  json: 'application/json',
  map: 'application/json',
  webmanifest: 'application/manifest+json',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  ico: 'image/vnd.microsoft.icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  pdf: 'application/pdf',
};

/** The Content-Type for a file name: text types with `charset=utf-8`. */
export function contentType(name: string): string {
  const type = TYPES[name.slice(name.lastIndexOf('.') + 1).toLowerCase()] ?? 'application/octet-stream';
  return type.startsWith('text/') ? `${type}; charset=utf-8` : type;
}

/** The files that may answer a path, in order: `/a` is a.html or a/index.html; `/a/` is a/index.html. */
export function candidates(pathname: string): string[] {
  if (pathname.endsWith('/')) return [`${pathname}index.html`];
  return [pathname, `${pathname}.html`, `${pathname}/index.html`];
}

/** The file for a GET or HEAD, or null: a directory listing, a dotfile or a missing file is none. */
async function file(request: Request, env: AssetsEnv): Promise<Response | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const { pathname } = new URL(request.url);
  for (const path of candidates(pathname)) {
    const found = await env.FILES.fetch(`http://files${path}`, { method: request.method });
    // A file comes as application/octet-stream with a length; a directory as a JSON listing.
    if (!found.ok || found.headers.get('content-type') !== 'application/octet-stream') {
      await found.body?.cancel();
      continue;
    }
    const length = found.headers.get('content-length') ?? '';
    const modified = Date.parse(found.headers.get('last-modified') ?? '') || 0;
    const etag = `"${Number(length).toString(36)}-${modified.toString(36)}"`;
    const headers = {
      'content-type': contentType(path),
      etag,
      'cache-control': 'public, max-age=0, must-revalidate',
    };
    const ifNoneMatch = request.headers.get('if-none-match');
    if (ifNoneMatch === etag || ifNoneMatch === `W/${etag}`) {
      await found.body?.cancel();
      return new Response(null, { status: 304, headers });
    }
    return new Response(found.body, { headers: { ...headers, 'content-length': length } });
  }
  return null;
}

/** The ASSETS binding: a file, or 404 (the Worker then answers, as on Cloudflare). */
export default {
  async fetch(request: Request, env: AssetsEnv): Promise<Response> {
    return (await file(request, env)) ?? new Response('Not Found', { status: 404 });
  },
};

/** A socket's service when `run_worker_first` is false: a file if one matches, else the Worker. */
export const router = {
  async fetch(request: Request, env: AssetsEnv): Promise<Response> {
    return (await file(request, env)) ?? env.USER_WORKER!.fetch(request);
  },
};
