/**
 * Finds a registered locale for a BCP 47 tag: the exact tag, then any with the same language
 * (any zh* finds zh-Hans). Maps only: a tag is text from the page, and "__proto__" must find nothing.
 *
 * @example
 * const match = localeMatcher(new Map([['en', en], ['zh-Hans', zhHans]]));
 * match('zh-CN'); // zhHans
 */
export function localeMatcher<T>(locales: ReadonlyMap<string, T>): (tag: string) => T | undefined {
  const byLanguage = new Map([...locales].map(([tag, value]) => [tag.toLowerCase().split('-')[0]!, value]));
  return (tag) => locales.get(tag) ?? byLanguage.get(tag.toLowerCase().split('-')[0]!);
}
