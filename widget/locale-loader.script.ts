import type { Language } from './language.ts';
import type { LocalePack } from './locales/locale-strings.ts';

// Written by the build (scripts/build/build-widget.ts): each pack's file and its SRI hash, and the
// widget version whose immutable directory holds them.
declare const __LMS_LOCALE_FILES__: Readonly<Record<string, { readonly file: string; readonly integrity: string }>>;
declare const __LMS_VERSION__: string;

declare global {
  // A pack script registers itself here; the loader takes it out again.
  var __lmsLocales: Record<string, LocalePack> | undefined;
}

// Where this widget was loaded from: the one-tag script while it runs, else the ES module's URL.
const here = (document.currentScript as HTMLScriptElement | null)?.src || import.meta.url;

/**
 * A language's pack for the served builds: a script from the widget's own versioned directory
 * with its SRI hash, so it runs on a strict-CSP page (script-src the widget's origin, no
 * connect-src) and only if its bytes are the ones built. Rejects when the browser refuses it.
 */
export function loadPack(language: Exclude<Language, 'en'>): Promise<LocalePack> {
  const entry = __LMS_LOCALE_FILES__[language];
  if (!entry) return Promise.reject(new Error(`no pack for ${language}`));
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = new URL(`/widget/${__LMS_VERSION__}/${entry.file}`, here).href;
    script.integrity = entry.integrity;
    script.crossOrigin = 'anonymous';
    script.async = true;
    script.onload = () => {
      const pack = globalThis.__lmsLocales?.[language];
      script.remove();
      if (pack) resolve(pack);
      else reject(new Error(`${entry.file} did not register ${language}`));
    };
    script.onerror = () => {
      script.remove();
      reject(new Error(`${entry.file} could not be loaded (network, CSP or integrity)`));
    };
    document.head.append(script);
  });
}
