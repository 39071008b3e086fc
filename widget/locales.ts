import { devWarn } from './dev-warn.ts';
import { localeMatcher } from './locale-matcher.ts';
import { en } from './locales/en.ts';
import type { UiStrings } from './locales/locale-strings.ts';
import { zhHans } from './locales/zh-hans.ts';

/** The calculator's languages. */
const match = localeMatcher(
  new Map([
    ['en', en],
    ['zh-Hans', zhHans],
  ]),
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
  const found = match(tag);
  if (found) return found;
  if (import.meta.env.DEV) devWarn(`has no language for lang="${tag}"; showing English.`);
  return en;
}
