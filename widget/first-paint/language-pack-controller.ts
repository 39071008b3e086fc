import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { browserLanguage, readerLanguages, resolveLanguage } from '../common/language.ts';
import type { LocalePack } from '../locales/locale-strings.ts';
import { packFor, requestPack } from './locale-packs.ts';

/**
 * The element's language pack (a Lit reactive controller). English ships in the tag's file; any
 * other language loads on demand, and while it loads the pack last shown stays on screen (none
 * before the first paint, which waits: the host reserves the box). The host updates again when
 * the pack arrives; `loading` lets its updateComplete wait for it.
 */
export class LanguagePackController implements ReactiveController {
  /** The pack last rendered, kept on screen while another language loads. */
  private shown: LocalePack | undefined;
  /** The request under way, if any. */
  loading: Promise<void> | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { lang: string }) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The pack for the host's language (its `lang`, the nearest `[lang]`, the browser's), or the last shown. */
  current(): { pack: LocalePack | undefined; language: string } {
    const { host } = this;
    const chosen = host.lang || host.closest('[lang]')?.getAttribute('lang');
    const language = chosen ? resolveLanguage(chosen) : browserLanguage(readerLanguages());
    const pack = packFor(language);
    if (pack || language === 'en') {
      this.loading = undefined;
      return { pack, language };
    }
    const loading = requestPack(language).then(() => {
      if (this.loading === loading) this.loading = undefined;
      host.requestUpdate();
    });
    this.loading = loading;
    return { pack: this.shown, language: this.shown?.ui.locale ?? language };
  }

  /** The host rendered with `pack`: it stays on screen while another language loads. */
  rendered(pack: LocalePack): void {
    this.shown = pack;
  }
}
