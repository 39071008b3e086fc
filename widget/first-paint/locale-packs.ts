import { loadPack } from '#locale-loader';
import { devWarn } from '../common/dev-warn.ts';
import type { Language } from '../common/language.ts';
import type { LocalePack } from '../locales/locale-strings.ts';
import { firstPack } from './first-pack.ts';

// The tag's file's words (first-pack.ts): English's first-paint words only (the title, scope and
// form: FormStrings), or a language's whole pack in that language's own file. completeEnglish
// swaps in the whole English pack when the calculator's second part brings it. Until then only the
// form is rendered, and renderForm's types allow it no other words.
let en: LocalePack | undefined = firstPack.language === 'en' ? firstPack.pack : undefined;
const packs = new Map<Language, LocalePack>([[firstPack.language, firstPack.pack]]);

/** The whole English pack, from the second part: for English pages and for a pack that failed. */
export function completeEnglish(pack: LocalePack): void {
  for (const [language, p] of packs) if (p === en) packs.set(language, pack);
  packs.set('en', pack);
  en = pack;
}
const loading = new Map<Language, Promise<void>>();

/** The pack for a language if it is here; undefined while it loads. */
export const packFor = (language: Language): LocalePack | undefined => packs.get(language);

/**
 * Loads a language's pack once for the page, however many elements ask. If the browser refuses
 * it (offline, CSP, a changed file), the language shows in English, with a development warning.
 * Its served loader waits for the second part, which brings English (and the packs' hashes).
 */
export function requestPack(language: Exclude<Language, 'en'>): Promise<void> {
  let pending = loading.get(language);
  if (!pending) {
    pending = loadPack(language).then(
      (pack) => {
        packs.set(language, pack);
      },
      (error: unknown) => {
        if (import.meta.env.DEV) devWarn(`could not load ${language} (${String(error)}); showing English.`);
        // Without English (a language's own file, its second part refused too): the file's language.
        packs.set(language, en ?? firstPack.pack);
      },
    );
    loading.set(language, pending);
  }
  return pending;
}
