import { currentScript } from './current-script.ts';
import { documentOwn } from './document-own.ts';

// Written by the build (scripts/build/build-widget.ts): the widget version whose immutable
// directory holds the on-demand files.
declare const __LMS_VERSION__: string;

// Where this widget was loaded from: the ES module's URL, else (the one-tag IIFE, where esbuild
// leaves import.meta empty) its <script>'s src. Never `document.currentScript` as the page gives
// it: a host's <img name="currentScript" src="https://elsewhere/"> would send every request for
// the second part and the language packs there (current-script.ts).
const here = import.meta.url ?? currentScript?.src;

/** The address of one of the widget's on-demand files, in this version's immutable directory. */
export const widgetFileUrl = (file: string): string => new URL(`/widget/${__LMS_VERSION__}/${file}`, here).href;

/**
 * Runs one of the widget's on-demand files, a script from its own versioned directory with its
 * SRI hash: it runs on a strict-CSP page (script-src the widget's origin, no connect-src), and only
 * if its bytes are the ones built. Rejects when the browser refuses it (network, CSP, integrity).
 *
 * @example
 * await widgetScript({ file: 'locales/de.js', integrity: 'sha384-...' });
 */
export function widgetScript({ file, integrity }: { file: string; integrity: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = widgetFileUrl(file);
    script.integrity = integrity;
    script.crossOrigin = 'anonymous';
    script.async = true;
    script.onload = () => {
      script.remove();
      resolve();
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`${file} could not be loaded (network, CSP or integrity)`));
    };
    documentOwn('head').append(script);
  });
}
