import type { Language } from '../common/language.ts';
import type { LocalePack } from '../locales/locale-strings.ts';

type Module = Promise<{ readonly pack: LocalePack }>;
const IMPORTS: Record<Exclude<Language, 'en'>, () => Module> = {
  'zh-Hans': () => import('../locales/zh-hans.ts'),
  'zh-Hant': () => import('../locales/zh-hant.ts'),
  ja: () => import('../locales/ja.ts'),
  ko: () => import('../locales/ko.ts'),
  de: () => import('../locales/de.ts'),
  fr: () => import('../locales/fr.ts'),
  es: () => import('../locales/es.ts'),
  ar: () => import('../locales/ar.ts'),
};

/**
 * A language's pack, as a module of its own: bundlers (and the npm package) split each into a
 * chunk, so a page downloads only the language it shows. The served builds import
 * locale-loader.script.ts in its place (`#locale-loader` in widget/package.json, under the
 * `lms-served` condition), which loads SRI-pinned scripts instead.
 */
export const loadPack = (language: Exclude<Language, 'en'>): Promise<LocalePack> =>
  IMPORTS[language]().then((m) => m.pack);
