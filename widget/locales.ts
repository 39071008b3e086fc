import { en } from './locales/en.ts';
import type { LocaleStrings } from './locales/locale-strings.ts';
import { zhHans } from './locales/zh-hans.ts';

/** Registered languages. Adding one: a file in locales/ and a line here. */
const LOCALES: Readonly<Record<string, LocaleStrings>> = { en, 'zh-Hans': zhHans };

/**
 * The best registered locale for a BCP 47 tag: exact, then by language (any zh* to zh-Hans),
 * else English.
 *
 * @example
 * pickLocale('zh-CN').locale; // 'zh-Hans'
 */
export function pickLocale(tag: string | null | undefined): LocaleStrings {
  if (!tag) return en;
  if (LOCALES[tag]) return LOCALES[tag];
  const language = tag.toLowerCase().split('-')[0];
  const match = Object.keys(LOCALES).find((k) => k.toLowerCase().split('-')[0] === language);
  return match ? LOCALES[match]! : en;
}
