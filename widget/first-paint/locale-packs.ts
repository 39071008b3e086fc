import { loadPack } from '#locale-loader';
import { devWarn } from '../common/dev-warn.ts';
import type { Language } from '../common/language.ts';
import { enForm, lmsEnForm } from '../locales/en-form.ts';
import type { LocalePack } from '../locales/locale-strings.ts';

// English's first-paint words only (the title, scope and form: FormStrings); completeEnglish swaps
// in the whole pack when the calculator's second part brings it. Until then only the form is
// rendered, and renderForm's types allow it no other words.
let en = { ui: enForm, models: { lms: lmsEnForm } } as unknown as LocalePack;
const packs = new Map<Language, LocalePack>([['en', en]]);

/** The whole English pack, from the second part: for English pages and for a pack that failed. */
export function completeEnglish(pack: LocalePack): void {
  for (const [language, p] of packs) if (p === en) packs.set(language, pack);
  en = pack;
}
const loading = new Map<Language, Promise<void>>();

/** The pack for a language if it is here (English always is); undefined while it loads. */
export const packFor = (language: Language): LocalePack | undefined => packs.get(language);

/**
 * Loads a language's pack once for the page, however many elements ask. If the browser refuses
 * it (offline, CSP, a changed file), the language shows in English, with a development warning.
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
        packs.set(language, en);
      },
    );
    loading.set(language, pending);
  }
  return pending;
}
