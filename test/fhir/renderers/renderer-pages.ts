// Pages that host two third-party SDC renderers on a 127.0.0.1 origin of their own, for the browser
// tests: /lforms.html (NLM's LHC-Forms web component, its built files as published) and
// /smart-forms.html (CSIRO's React renderer, bundled here by esbuild from smart-forms-page.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { freePort } from '../../../scripts/support/dev-server.ts';

const LFORMS_VERSION = '40.1.3';
const PACKED = `dist/test/lforms-${LFORMS_VERSION}`;
const SMART_FORMS = 'dist/test/smart-forms';

/**
 * LHC-Forms' built files: the devDependency's, or, while it is not installed, the same version's
 * npm package unpacked under dist/ (gitignored) with `npm pack`.
 */
function lformsFiles(): string {
  const installed = 'node_modules/lforms/dist/lforms';
  if (existsSync(installed)) return installed;
  if (!existsSync(`${PACKED}/package`)) {
    mkdirSync(PACKED, { recursive: true });
    execFileSync('npm', ['pack', `lforms@${LFORMS_VERSION}`, '--pack-destination', PACKED], { stdio: 'ignore' });
    execFileSync('tar', ['-xzf', `lforms-${LFORMS_VERSION}.tgz`], { cwd: PACKED });
  }
  return `${PACKED}/package/dist/lforms`;
}

// LHC-Forms' scripts hold non-ASCII text and fail to load unless they are served as UTF-8.
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SDC renderer</title>${head}</head><body><div id="form"></div>${body}</body></html>`;
const PAGES: Record<string, string> = {
  '/lforms.html': page(
    '<link rel="stylesheet" href="/lforms/webcomponent/styles.css">',
    '<script src="/lforms/webcomponent/assets/lib/zone.min.js"></script><script src="/lforms/webcomponent/lhc-forms.js"></script><script src="/lforms/fhir/R4/lformsFHIR.min.js"></script>',
  ),
  '/smart-forms.html': page(
    '<link rel="stylesheet" href="/smart-forms/smart-forms-page.css">',
    '<script type="module" src="/smart-forms/smart-forms-page.js"></script>',
  ),
};

export interface RendererPages {
  readonly url: string;
  stop(): Promise<void>;
}

/** Builds the Smart Forms page, finds LHC-Forms, and serves both; anything else is a 404 (no terminology server). */
export async function serveRendererPages(): Promise<RendererPages> {
  const lforms = lformsFiles();
  await build({
    entryPoints: ['test/fhir/renderers/smart-forms-page.ts'],
    bundle: true,
    minify: true,
    format: 'esm',
    outdir: SMART_FORMS,
    // The renderer's web fonts are not needed to read its answers; the page falls back to system fonts.
    loader: { '.woff': 'empty', '.woff2': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const roots: Record<string, string> = { '/lforms/': lforms, '/smart-forms/': SMART_FORMS };
  const port = await freePort();
  const server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname);
    const root = Object.keys(roots).find((prefix) => path.startsWith(prefix));
    const file = root ? join(roots[root]!, path.slice(root.length)) : null;
    if (Object.hasOwn(PAGES, path)) res.writeHead(200, { 'content-type': TYPES['.html']! }).end(PAGES[path]);
    else if (file && statSync(file, { throwIfNoEntry: false })?.isFile())
      res
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
