// `npm run build`: everything the Worker serves as static files, into dist/public.
// One script: the widget bundles (esbuild), openapi.json and /docs from the model, the pages.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { renderDocs } from './build/render-docs.ts';
import { openApiDocument } from '../worker/openapi-document.ts';

const out = 'dist/public';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const doc = openApiDocument();
writeFileSync(`${out}/openapi.json`, JSON.stringify(doc, null, 2));
writeFileSync(`${out}/docs.html`, renderDocs(doc));
cpSync('site', out, { recursive: true });
console.log(`built ${out}: openapi.json, docs.html, pages`);
