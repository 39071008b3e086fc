/** The calculator's languages. English ships in the bundle; each other loads when it is used. */
export const LANGUAGES = ['en', 'zh-Hans', 'zh-Hant', 'ja', 'ko', 'de', 'fr', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Right-to-left languages: the element sets dir="rtl" for them. */
export const RTL: ReadonlySet<Language> = new Set(['ar']);

const byTag = new Map<string, Language>(LANGUAGES.map((l) => [l.toLowerCase(), l]));
const byLanguage = new Map<string, Language>(
  LANGUAGES.filter((l) => !l.startsWith('zh')).map((l) => [l.toLowerCase().split('-')[0]!, l]),
);
/** Chinese regions that write Traditional characters. */
const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * The calculator's language for a BCP 47 tag (a page's lang, the browser's). Any Chinese tag picks
 * its script: a script subtag wins (zh-Hant-CN is Traditional), then the region (zh-TW, zh-HK and
 * zh-MO are Traditional; zh-CN, zh-SG and bare zh Simplified). Other tags match exactly, then by
 * language; anything else is English. Map lookups only: the tag is page text.
 *
 * @example
 * resolveLanguage('zh-HK'); // 'zh-Hant'
 * resolveLanguage('de-AT'); // 'de'
 * resolveLanguage('tlh');   // 'en'
 */
export function resolveLanguage(tag: string | null | undefined): Language {
  if (!tag) return 'en';
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  const exact = byTag.get(lower);
  if (exact) return exact;
  const [language, ...rest] = lower.split('-');
  if (language === 'zh') {
    if (rest.includes('hant')) return 'zh-Hant';
    if (rest.includes('hans')) return 'zh-Hans';
    return rest.some((s) => TRADITIONAL_REGIONS.has(s)) ? 'zh-Hant' : 'zh-Hans';
  }
  return byLanguage.get(language ?? '') ?? 'en';
}

/** Whether a tag names a language the calculator has (rather than falling back to English). */
export const hasLanguage = (tag: string): boolean => {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0]!;
  return language === 'zh' || byLanguage.has(language);
};

/**
 * The first of the reader's languages (navigator.languages, in their order of preference) that the
 * calculator has, by resolveLanguage's rule (zh-TW reads Traditional, de-AT German); English when
 * none. A reader with "tlh, zh-HK" gets Traditional Chinese, not English.
 *
 * @example
 * browserLanguage(['fr-CH', 'zh-CN']); // 'fr'
 * browserLanguage(['tlh', 'zh-HK']);   // 'zh-Hant'
 */
export function browserLanguage(languages: readonly string[]): Language {
  const tag = languages.find((l) => hasLanguage(l));
  return tag ? resolveLanguage(tag) : 'en';
}

/** The browser's languages in order of preference (navigator.languages, else navigator.language). */
export const readerLanguages = (): readonly string[] =>
  navigator.languages?.length ? navigator.languages : [navigator.language];
