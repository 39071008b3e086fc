// The demo and embed pages, filled in with the current widget version and its SRI hash so that
// the snippet users copy is the one the page itself runs, and the demo page's footer with the
// app's version, the model's and the citation.
import { readFileSync, writeFileSync } from 'node:fs';
import { lmsModel, lmsModelHash } from '@lms-score/core';
import type { WidgetManifest } from './build-widget.ts';
import { frameListener, iframeSnippet, oneTag } from './embed-snippets.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The pages, their snippets naming `origin` (the API Worker's public origin, scripts/support/public-origins.ts). */
export function renderPages(out: string, manifest: WidgetManifest, origin: string): void {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const file = manifest.files['widget.js'];
  const tag = (src: string, extra = '', integrity = file.integrity) =>
    `<script src="${src}" integrity="${integrity}" crossorigin="anonymous" async${extra}></script>`;
  const fill = (name: string, values: Record<string, string>) => {
    let html = readFileSync(`site/${name}`, 'utf8');
    for (const [key, value] of Object.entries(values)) html = html.replaceAll(`{{${key}}}`, value);
    const left = html.match(/\{\{[A-Z_]+\}\}/);
    if (left) throw new Error(`site/${name}: nothing fills ${left[0]}`);
    writeFileSync(`${out}/${name}`, html);
  };
  const { citation } = lmsModel;
  fill('index.html', {
    WIDGET_TAG: tag(file.path, ' data-theme="auto" data-share'),
    SNIPPET: esc(oneTag(`${origin}${file.path}`, file.integrity)),
    MANIFEST: '/widget/manifest.json',
    IFRAME_SNIPPET: esc(iframeSnippet(origin)),
    LISTENER_SNIPPET: esc(frameListener(origin)),
    APP_VERSION: esc(version),
    MODEL_VERSION: esc(`${lmsModel.id} ${lmsModel.version}`),
    MODEL_HASH: lmsModelHash.slice(0, 8),
    CITATION: esc(citation.text),
    DOI_URL: esc(citation.url),
    DOI: esc(citation.doi),
  });
  const embed = manifest.files['embed.js'];
  fill('embed.html', { EMBED_TAG: tag(embed.path, ' data-share data-theme="auto"', embed.integrity) });
  const validation = manifest.files['lms-validation.js'];
  fill('validate.html', {
    VALIDATION_TAG: `<script type="module" src="${validation.path}" integrity="${validation.integrity}" crossorigin="anonymous"></script>`,
  });
}
