import { browserLanguage, type Language, resolveLanguage } from '../../widget/common/language.ts';

/** Where the element finds its language, first to last. */
export interface LanguageSources {
  /** Its own lang attribute: an explicit choice (the language switch sets it too). */
  readonly own: string | null;
  /** The page address's ?lang=, read only when the element is the whole page. */
  readonly query: string | null;
  /** The nearest ancestor's lang: a host page's language; ignored when the element is the page. */
  readonly ancestor: string | null;
  readonly browser: readonly string[];
}

/**
 * The element's language. Its own lang wins; as the whole page (/validate), a ?lang= in the address,
 * then the browser's languages (the document's lang="en" is only the default for readers without
 * script, not a choice); inside another page, that page's lang, then the browser's.
 */
export function pageLanguage(sources: LanguageSources, isPage: boolean): Language {
  const chosen = sources.own || (isPage ? sources.query : sources.ancestor);
  return chosen ? resolveLanguage(chosen) : browserLanguage(sources.browser);
}
