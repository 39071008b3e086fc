// The one-tag entry imports this first, so it runs before Lit and the element are evaluated: the
// second part's request then overlaps that work (7-22 ms on a cold page) instead of following it.
// The <script> that loadPart() adds later takes the preloaded bytes (same URL, CORS mode and SRI).
import { currentScript } from '../loaders/current-script.ts';
import { documentOwn } from '../loaders/document-own.ts';
import { widgetFileUrl } from '../loaders/widget-script.ts';

declare const __LMS_PART_FILE__: { readonly file: string; readonly integrity: string };

/** Whether the one-tag script renders the calculator where it stands (not in <head>, not data-mount="none"). */
export const mountsAtTag = (script: HTMLScriptElement | null): script is HTMLScriptElement =>
  !!script && script.dataset.mount !== 'none' && !script.closest('head');

if (mountsAtTag(currentScript)) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'script';
  link.href = widgetFileUrl(__LMS_PART_FILE__.file);
  link.integrity = __LMS_PART_FILE__.integrity;
  link.crossOrigin = 'anonymous';
  // The host's <head> is not the widget's to keep: the fetched bytes stay in the page's cache.
  link.onload = link.onerror = () => link.remove();
  documentOwn('head').append(link);
}
