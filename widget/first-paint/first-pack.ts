import type { Language } from '../common/language.ts';
import { enForm, lmsEnForm } from '../locales/en-form.ts';
import type { LocalePack } from '../locales/locale-strings.ts';

/**
 * The words the tag's file carries for its first paint. Here, English's form words only (the
 * title, scope and form: FormStrings); the second part brings the rest (completeEnglish). A
 * language's own one-tag file (`widget.<language>.js`, scripts/build/build-widget.ts) replaces this
 * module with that language's whole pack, so its readers wait for one file, not three.
 */
export const firstPack: { readonly language: Language; readonly pack: LocalePack } = {
  language: 'en',
  pack: { ui: enForm, models: { lms: lmsEnForm } } as unknown as LocalePack,
};
