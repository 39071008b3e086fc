// The snippets a host page pastes, written once: the demo page shows them with its origin and
// hashes (render-pages.ts), docs/widget.md with HOST (a test holds the two equal).
import { FRAME_PX, FRAME_WIDTHS, frameHeight } from './reserved-sizes.ts';

/**
 * The one-tag snippet, one attribute group a line. A language's own file (widget.<language>.js)
 * also names its language on the tag, so the calculator shows the language the file carries.
 */
export const oneTag = (src: string, integrity: string, lang?: string): string =>
  `<script src="${src}"
        integrity="${integrity}"
        crossorigin="anonymous" async${lang ? ` data-lang="${lang}"` : ''}></script>`;

/**
 * The iframe for a page that allows no script: sized for the frame's width with no script (the
 * container's width, 100cqi, in max() and calc()), with a fixed height for browsers without those
 * (the narrowest measured frame's) and an attribute for a CMS that strips style attributes too.
 * `allow="clipboard-write"` lets "Copy summary" and "Copy link" work inside the frame.
 */
export function iframeSnippet(
  origin: string,
  heights = FRAME_PX.en,
  lang = 'en',
  title = 'Liver Metastasis Score calculator',
): string {
  const fallback = heights[FRAME_WIDTHS[0]];
  return `<div style="container-type:inline-size">
  <iframe id="lms-frame" src="${origin}/embed?lang=${lang}" title="${title}"
          allow="clipboard-write" loading="lazy" width="100%" height="${fallback}"
          style="display:block;width:100%;border:0;height:${fallback}px;height:${frameHeight(heights)}"></iframe>
</div>`;
}

/**
 * Where a script is allowed too: the frame grows whenever its page needs more room than the snippet
 * reserved, at any width; it never shrinks, so nothing below the frame moves.
 */
export const frameListener = (origin: string): string => `<script>
addEventListener('message', (e) => {
  const frame = document.getElementById('lms-frame');
  if (e.origin === '${origin}' && e.data && e.data.type === 'lms-calculator:height' && e.data.height > frame.offsetHeight)
    frame.style.height = e.data.height + 'px';
});
</script>`;
