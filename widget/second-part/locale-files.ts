// Written by the build (scripts/build/build-widget.ts) into the served second part: each language
// pack's file and SRI hash. The npm build never reads it (its packs are import() chunks).
declare const __LMS_LOCALE_FILES__: Readonly<Record<string, { readonly file: string; readonly integrity: string }>>;

/** Each language pack's file in the widget's versioned directory, and its SRI hash. */
export const localeFiles: Readonly<Record<string, { readonly file: string; readonly integrity: string }>> =
  typeof __LMS_LOCALE_FILES__ === 'undefined' ? {} : __LMS_LOCALE_FILES__;
