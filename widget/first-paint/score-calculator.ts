import type { Problem, ScoreResult } from '@lms-score/core';
import {
  adoptStyles,
  html,
  LitElement,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  supportsAdoptingStyleSheets,
} from 'lit';
import { version } from '../../package.json'; // esbuild inlines just this key
import {
  type CalculatorState,
  type CalculatorValues,
  type Evaluation,
  emptyState,
  typedValue,
} from '../common/calculator-state.ts';
import { devWarn } from '../common/dev-warn.ts';
import { hasLanguage, RTL } from '../common/language.ts';
import type { CalculatorPart } from '../loaders/part-loader.ts';
import type { ActionsController } from '../second-part/actions-controller.ts';
import type { FormModel } from './calculator-model.ts';
import { partFailed } from './calculator-parts.ts';
import { formatters } from './format.ts';
import { LanguagePackController } from './language-pack-controller.ts';
import { styles } from './lms-calculator.styles.ts';
import { type BandOf, type FieldSources, renderForm } from './render-form.ts';
import { type Engine, SecondPartController } from './second-part-controller.ts';

/** Detail of `lms-change`: the inputs, and the result (null while an input is invalid). */
export interface ScoreChangeDetail<V = CalculatorValues, R = ScoreResult> {
  readonly value: V;
  readonly result: R | null;
  readonly problems: readonly Problem[];
}

const THEMES: ReadonlySet<string> = new Set(['light', 'dark', 'auto']);
const AUDIENCES: ReadonlySet<string> = new Set(['clinician', 'patient']);
const PICTURES: ReadonlySet<string> = new Set(['chart', 'icons']);

const NO_BAND: BandOf = () => null;
const NO_PROBLEMS: readonly Problem[] = [];

/**
 * A calculator for any score: its form, result, chart and footer all come from `model`. A score's
 * element is a subclass that sets `model` and declares one preset property per factor, named as
 * the factor (see LmsCalculator). Nothing the reader enters leaves the page.
 *
 * It comes in two parts. This one paints the title, scope and form; the second (the engine, the
 * result, the footer, share and print: calculator-part.ts) is requested as the element connects
 * and fills in the rest when it arrives. A calculator whose first paint needs the engine (presets,
 * a set `value`, a shared link) waits for it, as a language waits for its pack; `updateComplete`
 * waits for both.
 *
 * @example
 * class ToyCalculator extends ScoreCalculator {
 *   static override model = formModel(toyDefinition, toyHash);
 *   static override properties = { age: {}, smoker: {} };
 * }
 */
export class ScoreCalculator extends LitElement {
  static readonly version: string = version;
  /** The score this element calculates; set by each subclass. */
  static model: FormModel;
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    theme: { reflect: true },
    audience: { reflect: true },
    picture: { reflect: true },
    share: { type: Boolean, reflect: true },
    sources: { attribute: false },
    _state: { state: true },
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
  /**
   * Where each value came from, by factor id, shown under its field (`part="source"`): a page that
   * fills the form from a record says which record. The page's own words; the reader may still edit.
   */
  declare sources: FieldSources | undefined;
  declare private _state: CalculatorState;
  private readonly _form: FormModel;
  /** The second part and the form model bound to its engine, once the part is here. */
  private readonly _part: SecondPartController;
  private readonly _packs = new LanguagePackController(this);
  /** The first paint needs the engine (presets, a set value, a shared link): wait for it. */
  private _needsPart = false;
  /** A `value` set before the engine arrived, read when it does. */
  private _pendingValue: Partial<CalculatorValues> | null | undefined;
  /** The inputs changed before the engine arrived: announce them when it does. */
  private _unannounced = false;
  /** This update is the first with the engine: presets and a shared link are read, not announced. */
  private _justAttached = false;
  /** Copy and print, from the second part. */
  private _actions: ActionsController | undefined;
  private _evaluation: Evaluation | undefined;
  private _evaluated: CalculatorState | undefined;

  constructor() {
    super();
    this._form = (this.constructor as typeof ScoreCalculator).model;
    this._part = new SecondPartController(this, this._form, (part) => this._attachPart(part));
    this._state = emptyState(this._form);
    this.share = false;
  }

  private readonly _onHashChange = () => {
    // Without share, the page's URL is none of the widget's business.
    if (this.share && this._engine) this._state = this._engine.part.afterHashChange(this._engine.model, this._state);
  };

  /** The engine, once the second part is here. */
  private get _engine(): Engine | undefined {
    return this._part.engine;
  }

  /** The second part is here: its actions and styles join the element's before anything it renders. */
  private _attachPart(part: CalculatorPart): void {
    this._actions = new part.ActionsController(this);
    const root = this.renderRoot as ShadowRoot;
    // Added to the element's own sheets; without constructable sheets Lit appends a <style> (with litNonce).
    if (supportsAdoptingStyleSheets)
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, part.resultStyles.styleSheet!];
    else adoptStyles(root, [part.resultStyles]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this._onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this._onHashChange);
  }

  /**
   * The inputs, in the API's field names; null is unknown. Setting it replaces all of them.
   * Until the engine is here, a typed number is given as typed.
   */
  get value(): CalculatorValues {
    return this._engine
      ? this._engine.part.toValue(this._engine.model, this._state)
      : typedValue(this._form, this._state);
  }
  set value(value: Partial<CalculatorValues> | null) {
    if (this._engine) this._state = this._engine.part.fromValue(this._engine.model, value);
    else {
      this._pendingValue = value;
      this.requestUpdate();
    }
  }

  /** The current score (the shared core's result), or null while an input is invalid (or the engine loads). */
  get result(): ScoreResult | null {
    return this._evaluation?.result ?? null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Presets are properties named after the model's factors.
    const preset = (id: string) => (this as unknown as Record<string, unknown>)[id];
    if (!this._engine && !this.hasUpdated) {
      const engineFirst =
        this._form.definition.factors.some((f) => preset(f.id) !== undefined) ||
        this._pendingValue !== undefined ||
        (this.share && location.hash.length > 1);
      if (engineFirst) this._needsPart = true;
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
    if (!this._engine) return;
    const { part, model: m } = this._engine;
    // The first update with the engine reads every preset given so far; later ones, what changed.
    const attached = this._evaluated === undefined;
    this._justAttached = attached;
    const has = (id: string) =>
      (changed as Map<PropertyKey, unknown>).has(id) || (attached && preset(id) !== undefined);
    this._state = part.applyInputs(m, this._state, {
      value: this._pendingValue,
      has,
      preset,
      fragment: attached && this.share,
    });
    this._pendingValue = undefined;
    // Score once per distinct state, before render and before `result` is read.
    if (this._state !== this._evaluated) {
      this._evaluation = part.evaluate(m, this._state);
      this._evaluated = this._state;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const before = (changed as Map<PropertyKey, unknown>).get('_state');
    if (!this._engine) {
      if (before !== undefined && before !== this._state) this._unannounced = true;
      return;
    }
    const attached = this._justAttached;
    this._justAttached = false;
    if (this.share && (before !== undefined || changed.has('share') || attached))
      this._engine.part.writeFragment(this._engine.model, this._state);
    if ((before !== undefined && before !== this._state && !attached) || this._unannounced) {
      this._unannounced = false;
      const problems = this._evaluation?.problems ?? [];
      const detail: ScoreChangeDetail = { value: this.value, result: this.result, problems };
      this.dispatchEvent(new CustomEvent('lms-change', { detail, bubbles: true, composed: true }));
    }
  }

  private _set(change: (current: CalculatorState) => CalculatorState): void {
    this._state = change(this._state);
    if (this._actions) this._actions.copyStatus = 'idle';
  }

  /**
   * Also waits for a language pack that is loading, so that `await el.updateComplete` sees it.
   * @internal
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._packs.loading || this._part.loading) {
      await this._packs.loading;
      await this._part.loading;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override render() {
    const { pack, language } = this._packs.current();
    // The first paint in a language still loading waits for it (the host reserves the box), and
    // so does one that needs the engine.
    const form = this._form;
    const engine = this._engine;
    const words = pack && (engine?.model ?? form).strings(pack);
    // A model whose words this language lacks takes the definition's own, from the second part.
    if (!words && pack && !engine && !partFailed()) this._needsPart = true;
    if (!pack || !words || (this._needsPart && !engine && !partFailed())) return nothing;
    this._packs.rendered(pack);
    const t = words;
    const dir = RTL.has(language as never) ? 'rtl' : 'ltr';
    const f = formatters(t.numbers ?? t.locale, !engine);
    const s = this._state;
    // Set only once the engine is here: scoring is the second part's.
    const evaluation = this._evaluation;
    const problems = evaluation?.problems ?? NO_PROBLEMS;
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
    const bandOf: BandOf = engine ? (id, text) => engine.part.bandOf(engine.model, id, text) : NO_BAND;
    return html`<section class="calc" part="base" lang=${t.locale} dir=${dir} aria-labelledby="lms-title">
      <h2 id="lms-title">${t.title}</h2>
      <p class="scope">${t.scope}</p>
      ${engine && evaluation ? engine.part.renderPrinted({ m: engine.model, t, f, r: evaluation.result, printedAt: this._actions!.printedAt }) : nothing}
      ${renderForm({ m: form, t, f, s, problems, on, bandOf, note: engine && ((id) => engine.part.sourceNote(this.sources, id)) })}
      ${
        engine && evaluation
          ? engine.part.renderRest({
              m: engine.model,
              t,
              f,
              result: evaluation.result,
              options: {
                audience: this.audience,
                picture: this.picture,
                invalid: problems[0]?.field ?? null,
                copyStatus: this._actions!.copyStatus,
                summary: this._actions!.copiedText,
                widgetVersion: ScoreCalculator.version,
                share: this.share,
              },
              on: {
                copy: () => this._actions!.copy(engine.part.summaryText(engine.model, t, f, s, evaluation.result)),
                copyLink: () => this._actions!.copy(location.href, 'linkCopied'),
                print: () => this._actions!.print(),
              },
            })
          : partFailed()
            ? html`<p class="error" role="alert">${t.partFailed}</p>`
            : nothing
      }
    </section>`;
  }
}
