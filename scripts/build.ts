// `npm run build`: everything the Worker serves as static files, into dist/public.
// One script: the widget bundles (esbuild), openapi.json and /docs from the model, the pages,
// and the npm packages into dist/packages.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { buildOffline } from './build/build-offline.ts';
import { buildPackages } from './build/build-packages.ts';
import { buildSmart } from './build/build-smart.ts';
import { buildWidget } from './build/build-widget.ts';
import { openApiDocument } from './build/openapi-document.ts';
import { renderDocs } from './build/render-docs.ts';
import { renderPages } from './build/render-pages.ts';
import { writeSelfHostedConfig } from './build/self-hosted-config.ts';
import { publicOrigins } from './support/public-origins.ts';

const out = 'dist/public';
// LMS_PUBLIC_ORIGIN and LMS_EHR_ORIGIN, else npm start's addresses: every page and document that names one.
const origins = publicOrigins();
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// The site's static files only: its pages are rendered below, and its TypeScript (the /validate
// element) is bundled into /widget/<version>/lms-validation.js, never served as source.
cpSync('site', out, {
  recursive: true,
  filter: (src) => !/\.(html|ts)$|tsconfig\.json$|[\\/]validation$/.test(src),
});
const manifest = await buildWidget(out, version);
renderPages(out, manifest, origins.api);
buildOffline(out, manifest);
const doc = openApiDocument(origins);
writeFileSync(`${out}/openapi.json`, JSON.stringify(doc, null, 2));
writeFileSync(`${out}/docs.html`, renderDocs(doc));
// The EHR Worker's static files: the SMART app's pages load the widget built above.
await buildSmart('dist/ehr-public', manifest.files['widget.js']);
// dist/self-hosted: both Workers as a workerd configuration, for a hospital's own server.
await writeSelfHostedConfig();
const packages = await buildPackages(`${out}/widget/${version}/custom-elements.json`);
const w = manifest.files['widget.js'];
console.log(
  `built ${out} for ${origins.api} (EHR ${origins.ehr}): widget ${version} (${w.bytes} B, ${w.gzipBytes} B gzip), pages, openapi.json, docs.html; packages ${packages.join(', ')}`,
);
