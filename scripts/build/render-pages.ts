// The demo and embed pages, filled in with the current widget version and its SRI hash so that
// the snippet users copy is the one the page itself runs.
import { readFileSync, writeFileSync } from 'node:fs';
import type { WidgetManifest } from './build-widget.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The pages, their snippets naming `origin` (the API Worker's public origin, scripts/support/public-origins.ts). */
export function renderPages(out: string, manifest: WidgetManifest, origin: string): void {
  const file = manifest.files['widget.js'];
  const tag = (src: string, extra = '', integrity = file.integrity) =>
    `<script src="${src}" integrity="${integrity}" crossorigin="anonymous" async${extra}></script>`;
  const iframe = `<iframe id="lms-frame" src="${origin}/embed?lang=en" title="Liver Metastasis Score calculator" style="width:100%;border:0" loading="lazy"></iframe>
<script>
addEventListener('message', (e) => {
  if (e.origin === '${origin}' && e.data && e.data.type === 'lms-calculator:height')
    document.getElementById('lms-frame').style.height = e.data.height + 'px';
});
</script>`;
  const fill = (name: string, values: Record<string, string>) => {
    let html = readFileSync(`site/${name}`, 'utf8');
    for (const [key, value] of Object.entries(values)) html = html.replaceAll(`{{${key}}}`, value);
    writeFileSync(`${out}/${name}`, html);
  };
  fill('index.html', {
    WIDGET_TAG: tag(file.path, ' data-theme="auto" data-share'),
    SNIPPET: esc(tag(`${origin}${file.path}`)),
    MANIFEST: '/widget/manifest.json',
    IFRAME_SNIPPET: esc(iframe),
  });
  const embed = manifest.files['embed.js'];
  fill('embed.html', { EMBED_TAG: tag(embed.path, ' data-share data-theme="auto"', embed.integrity) });
  const validation = manifest.files['lms-validation.js'];
  fill('validate.html', {
    VALIDATION_TAG: `<script type="module" src="${validation.path}" integrity="${validation.integrity}" crossorigin="anonymous"></script>`,
  });
}
