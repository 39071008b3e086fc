import { html, nothing, type TemplateResult } from 'lit';
import { LANGUAGES, type Language } from '../../widget/common/language.ts';
import { LANGUAGE_NAMES } from './locales/validation-packs.ts';
import type { ValidationStrings } from './locales/validation-strings.ts';

/**
 * The bar above the page's title: as the whole page, links back to the calculator and the API
 * reference; always, the language switch, each language by its own name.
 */
export function topBar(
  t: ValidationStrings,
  shown: Language,
  { page, choose }: { readonly page: boolean; readonly choose: (language: Language) => void },
): TemplateResult {
  return html`<div class="top">
    ${page ? html`<nav><a href="/">${t.nav.calculator}</a> · <a href="/docs">${t.nav.apiReference}</a></nav>` : nothing}
    <label class="language">${t.language}
      <select @change=${(e: Event) => choose((e.target as HTMLSelectElement).value as Language)}>${LANGUAGES.map(
        (l) => html`<option value=${l} lang=${l} ?selected=${l === shown}>${LANGUAGE_NAMES[l]}</option>`,
      )}</select></label>
  </div>`;
}
