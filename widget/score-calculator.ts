import type { Problem, ScoreResult } from '@lms-score/core';
import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { version } from '../package.json'; // esbuild inlines just this key
import type { CalculatorModel } from './calculator-model.ts';
import {
  type CalculatorState,
  type CalculatorValues,
  type Evaluation,
  emptyState,
  evaluate,
  fromValue,
  toAnswer,
  toBanded,
  toValue,
} from './calculator-state.ts';
import { devWarn } from './dev-warn.ts';
import { formatters } from './format.ts';
import { hasLanguage, RTL, resolveLanguage } from './language.ts';
import { styles } from './lms-calculator.styles.ts';
import { packFor, requestPack } from './locale-packs.ts';
import type { LocalePack } from './locales/locale-strings.ts';
import { renderFooter } from './render-footer.ts';
import { renderForm } from './render-form.ts';
import { renderPatient } from './render-patient.ts';
import { renderPrinted } from './render-printed.ts';
import { renderResult } from './render-result.ts';
import { liveSummary } from './result-text.ts';
import { fragmentOf, stateFromFragment } from './share-fragment.ts';
import { summaryText } from './summary-text.ts';

/** Detail of `lms-change`: the inputs, and the result (null while an input is invalid). */
export interface ScoreChangeDetail<V = CalculatorValues, R = ScoreResult> {
  readonly value: V;
  readonly result: R | null;
  readonly problems: readonly Problem[];
}

const THEMES: ReadonlySet<string> = new Set(['light', 'dark', 'auto']);
const AUDIENCES: ReadonlySet<string> = new Set(['clinician', 'patient']);
const PICTURES: ReadonlySet<string> = new Set(['chart', 'icons']);

/**
 * A calculator for any score: its form, result, chart and footer all come from `model`. A score's
 * element is a subclass that sets `model` and declares one preset property per factor, named as
 * the factor (see LmsCalculator). Nothing the reader enters leaves the page.
 *
 * @example
 * class ToyCalculator extends ScoreCalculator {
 *   static override model = calculatorModel(toyScorer);
 *   static override properties = { age: {}, smoker: {} };
 * }
 */
export class ScoreCalculator extends LitElement {
  static readonly version: string = version;
  /** The score this element calculates; set by each subclass. */
  static model: CalculatorModel;
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    theme: { reflect: true },
    audience: { reflect: true },
    picture: { reflect: true },
    share: { type: Boolean, reflect: true },
    _state: { state: true },
    _copyStatus: { state: true },
    _printedAt: { state: true },
  };

  /**
   * Language: en, zh-Hans, zh-Hant, ja, ko, de, fr, es or ar (any zh tag picks its script); else the
   * nearest ancestor's lang, else the browser's; English for any other.
   */
  declare lang: string;
  /** 'light' (default), 'dark', or 'auto' to follow the reader's colour scheme. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** 'clinician' (default) or 'patient': plain language, an icon array, no hazard ratios. */
  declare audience: 'clinician' | 'patient' | undefined;
  /** 'chart' (default) or 'icons': the clinician view also shows the icon array of 100 people. */
  declare picture: 'chart' | 'icons' | undefined;
  /**
   * Keep the inputs in the page URL's fragment (never sent to a server) and offer "Copy link";
   * opening such a link restores them. Off by default: a widget must not change a host's URL unasked.
   */
  declare share: boolean;
  declare private _state: CalculatorState;
  declare private _copyStatus: 'idle' | 'copied' | 'failed' | 'linkCopied';
  private readonly _model: CalculatorModel;
  private _evaluation: Evaluation;
  private _evaluated: CalculatorState;
  private readonly _formatReady = () => this.requestUpdate();
  /** The pack last rendered, kept on screen while another language loads. */
  private _pack: LocalePack | undefined;
  private _packLoading: Promise<void> | undefined;

  constructor() {
    super();
    this._model = (this.constructor as typeof ScoreCalculator).model;
    this._state = emptyState(this._model);
    this._evaluated = this._state;
    this._evaluation = evaluate(this._model, this._state);
    this._copyStatus = 'idle';
    this.share = false;
    this._printedAt = null;
  }

  private readonly _onHashChange = () => {
    if (!this.share) return; // without share, the page's URL is none of the widget's business
    const read = stateFromFragment(this._model, location.hash);
    if (read && fragmentOf(this._model, read) !== fragmentOf(this._model, this._state)) this._state = read;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this._onHashChange);
    addEventListener('beforeprint', this._onBeforePrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this._onHashChange);
    removeEventListener('beforeprint', this._onBeforePrint);
  }

  /** The inputs, in the API's field names; null is unknown. Setting it replaces all of them. */
  get value(): CalculatorValues {
    return toValue(this._model, this._state);
  }
  set value(value: Partial<CalculatorValues> | null) {
    this._state = fromValue(this._model, value);
  }

  /** The current score (the shared core's result), or null while an input is invalid. */
  get result(): ScoreResult | null {
    return this._evaluation.result;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const m = this._model;
    const has = (key: string) => (changed as Map<PropertyKey, unknown>).has(key);
    let next = this._state;
    // Presets are properties named after the model's factors.
    const preset = (id: string) => (this as unknown as Record<string, unknown>)[id];
    for (const f of m.banded) {
      if (!has(f.id)) continue;
      const { text, band } = toBanded(m, f.id, preset(f.id));
      next = { ...next, text: { ...next.text, [f.id]: text }, band: { ...next.band, [f.id]: band } };
    }
    for (const f of m.booleans) {
      if (has(f.id)) next = { ...next, answer: { ...next.answer, [f.id]: toAnswer(m, f.id, preset(f.id)) } };
    }
    if (import.meta.env.DEV && changed.has('theme') && this.theme && !THEMES.has(this.theme)) {
      devWarn(`theme="${this.theme}" is not light, dark or auto; the light theme is used.`);
    }
    if (import.meta.env.DEV && changed.has('lang') && this.lang && !hasLanguage(this.lang)) {
      devWarn(`has no language for lang="${this.lang}"; showing English.`);
    }
    if (import.meta.env.DEV && changed.has('audience') && this.audience && !AUDIENCES.has(this.audience)) {
      devWarn(`audience="${this.audience}" is not clinician or patient; the clinician view is shown.`);
    }
    if (import.meta.env.DEV && changed.has('picture') && this.picture && !PICTURES.has(this.picture)) {
      devWarn(`picture="${this.picture}" is not chart or icons; the chart is shown.`);
    }
    // A shared link's inputs win over presets when the element first shows.
    if (!this.hasUpdated && this.share) next = stateFromFragment(m, location.hash) ?? next;
    this._state = next;
    // Score once per distinct state, before render and before `result` is read.
    if (this._state !== this._evaluated) {
      this._evaluation = evaluate(m, this._state);
      this._evaluated = this._state;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const before = (changed as Map<PropertyKey, unknown>).get('_state');
    if (this.share && (before !== undefined || changed.has('share'))) this._writeFragment();
    if (before !== undefined && before !== this._state) {
      const detail: ScoreChangeDetail = { value: this.value, result: this.result, problems: this._evaluation.problems };
      this.dispatchEvent(new CustomEvent('lms-change', { detail, bubbles: true, composed: true }));
    }
  }

  /** The inputs into the page URL's fragment, replacing the history entry (no navigation, no new entry). */
  private _writeFragment(): void {
    const fragment = fragmentOf(this._model, this._state);
    if (fragment === location.hash.replace(/^#/, '')) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`);
  }

  private _set(change: (current: CalculatorState) => CalculatorState): void {
    this._state = change(this._state);
    this._copyStatus = 'idle';
  }

  /** Built when "Copy summary" is pressed, not on every render; kept for the manual-copy fallback. */
  private _copiedText = '';

  private async _copy(text: string, done: 'copied' | 'linkCopied' = 'copied'): Promise<void> {
    this._copiedText = text;
    try {
      await navigator.clipboard.writeText(text);
      this._copyStatus = done;
    } catch {
      this._copyStatus = 'failed';
    }
  }

  /** When the page is printed: the printed block's date line. Set before the browser lays it out. */
  declare private _printedAt: Date | null;
  private readonly _onBeforePrint = () => {
    this._printedAt = new Date();
  };

  /** "Print / save as PDF": dates the printout, lets it render, then opens the browser's print dialog. */
  private async _print(): Promise<void> {
    this._printedAt = new Date();
    await this.updateComplete;
    print();
  }

  /**
   * Also waits for a language pack that is loading, so that `await el.updateComplete` sees it.
   * @internal
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._packLoading) {
      await this._packLoading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** The pack for the element's language; while it loads, the last one shown (none before the first). */
  private _currentPack(): { pack: LocalePack | undefined; language: string } {
    const language = resolveLanguage(this.lang || this.closest('[lang]')?.getAttribute('lang') || navigator.language);
    const pack = packFor(language);
    if (pack || language === 'en') {
      this._packLoading = undefined;
      return { pack, language };
    }
    const loading = requestPack(language).then(() => {
      if (this._packLoading === loading) this._packLoading = undefined;
      this.requestUpdate();
    });
    this._packLoading = loading;
    return { pack: this._pack, language: this._pack?.ui.locale ?? language };
  }

  override render() {
    const m = this._model;
    const { pack, language } = this._currentPack();
    // The first paint in a language still loading waits for it (the host reserves the box).
    if (!pack) return nothing;
    this._pack = pack;
    const t = m.strings(pack);
    const dir = RTL.has(language as never) ? 'rtl' : 'ltr';
    const f = formatters(t.numbers ?? t.locale, this._formatReady);
    const s = this._state;
    const { result, problems } = this._evaluation;
    const invalid = problems[0]?.field ?? null;
    // A typed number and a chosen band replace each other.
    // Handlers read the state when they run, not when this render happened: two events can
    // arrive before the next render.
    const on = {
      text: (id: string, text: string) =>
        this._set((c) => ({
          ...c,
          text: { ...c.text, [id]: text },
          band: text.trim() ? { ...c.band, [id]: '' } : c.band,
        })),
      band: (id: string, band: string) =>
        this._set((c) => ({ ...c, band: { ...c.band, [id]: band }, text: band ? { ...c.text, [id]: '' } : c.text })),
      answer: (id: string, answer: CalculatorState['answer'][string]) =>
        this._set((c) => ({ ...c, answer: { ...c.answer, [id]: answer } })),
    };
    return html`<section class="calc" part="base" lang=${t.locale} dir=${dir} aria-labelledby="lms-title">
      <h2 id="lms-title">${t.title}</h2>
      <p class="scope">${t.scope}</p>
      ${renderPrinted(m, t, f, result, this._printedAt)}
      ${renderForm(m, t, f, s, problems, on)}
      <section class="result" part="result" aria-labelledby="lms-result-title">
        <h3 id="lms-result-title" class="sr-only">${t.resultHeading}</h3>
        <p class="sr-only" aria-live="polite">${liveSummary(t, f, result)}</p>
        ${
          this.audience === 'patient'
            ? renderPatient(m, t, f, result, invalid)
            : renderResult(m, t, f, result, invalid, this.picture === 'icons')
        }
      </section>
      ${renderFooter(
        m,
        t,
        f,
        {
          copyStatus: this._copyStatus,
          summary: this._copiedText,
          widgetVersion: ScoreCalculator.version,
          share: this.share,
        },
        {
          copy: () => this._copy(summaryText(m, t, f, s, result)),
          copyLink: () => this._copy(location.href, 'linkCopied'),
          print: () => this._print(),
        },
      )}
    </section>`;
  }
}
