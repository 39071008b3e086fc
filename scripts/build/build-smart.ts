// The SMART on FHIR app's page scripts (worker/ehr/smart/page/) into dist/ehr-public/smart/, which
// the EHR Worker serves (wrangler.ehr.toml [assets]). The calculator is not bundled: the page loads
// the one-tag widget from the calculator's origin, SRI-pinned with the path and hash given here.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { build, type Plugin } from 'esbuild';

/**
 * fhirclient's browser entry carries polyfills for old browsers (fetch, AbortController, WebCrypto)
 * that the pages' browsers have built in: `FHIRCLIENT_PURE` drops the first two, this the third.
 */
const nativeWebCrypto: Plugin = {
  name: 'native-webcrypto',
  setup(b) {
    b.onResolve({ filter: /^isomorphic-webcrypto$/ }, () => ({ path: 'webcrypto', namespace: 'native' }));
    b.onLoad({ filter: /.*/, namespace: 'native' }, () => ({ contents: 'export default globalThis.crypto;' }));
  },
};

export async function buildSmart(out: string, widget: { path: string; integrity: string }): Promise<void> {
  const dir = `${out}/smart`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await build({
    entryPoints: { launch: 'worker/ehr/smart/page/launch.ts', app: 'worker/ehr/smart/page/app.ts' },
    outdir: dir,
    bundle: true,
    splitting: true,
    chunkNames: '[name]-[hash]',
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    legalComments: 'none',
    define: { LMS_WIDGET: JSON.stringify(widget), FHIRCLIENT_PURE: 'true', 'process.env.NODE_ENV': '"production"' },
    plugins: [nativeWebCrypto],
    logLevel: 'warning',
  });
  copyFileSync('worker/ehr/smart/page/smart.css', `${dir}/smart.css`);
}
