import { devWarn } from './dev-warn.ts';
import { en } from './locales/en.ts';
import type { UiStrings } from './locales/locale-strings.ts';
import { zhHans } from './locales/zh-hans.ts';

/** The calculator's languages. A Map: a tag is text from the page, and "__proto__" must find nothing. */
const LOCALES: ReadonlyMap<string, UiStrings> = new Map([
  ['en', en],
  ['zh-Hans', zhHans],
]);
const BY_LANGUAGE: ReadonlyMap<string, UiStrings> = new Map(
  [...LOCALES].map(([tag, strings]) => [tag.toLowerCase().split('-')[0]!, strings]),
);

/**
 * The best registered locale for a BCP 47 tag: exact, then by language (any zh* to zh-Hans),
 * else English.
 *
 * @example
 * pickLocale('zh-CN').locale; // 'zh-Hans'
 */
export function pickLocale(tag: string | null | undefined): UiStrings {
  if (!tag) return en;
  const found = LOCALES.get(tag) ?? BY_LANGUAGE.get(tag.toLowerCase().split('-')[0]!);
  if (found) return found;
  if (import.meta.env.DEV) devWarn(`has no language for lang="${tag}"; showing English.`);
  return en;
}
