import type { Language } from '../../../widget/common/language.ts';
import { validationAr } from './ar.ts';
import { validationDe } from './de.ts';
import { validationEn } from './en.ts';
import { validationEs } from './es.ts';
import { validationFr } from './fr.ts';
import { validationJa } from './ja.ts';
import { validationKo } from './ko.ts';
import type { ValidationStrings } from './validation-strings.ts';
import { validationZhHans } from './zh-hans.ts';
import { validationZhHant } from './zh-hant.ts';

/** The page's words in each of the calculator's languages: typed over them, so a new one must be added here. */
export const VALIDATION_PACKS: Readonly<Record<Language, ValidationStrings>> = {
  en: validationEn,
  'zh-Hans': validationZhHans,
  'zh-Hant': validationZhHant,
  ja: validationJa,
  ko: validationKo,
  de: validationDe,
  fr: validationFr,
  es: validationEs,
  ar: validationAr,
};

/** Each language by its own name, as the language switch lists them (a reader finds their own). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  ja: '日本語',
  ko: '한국어',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
};
