import { lmsModel, type Problem } from '@lms-score/core';
import { BOOTSTRAP_LIMITS, type CohortValidation } from '@lms-score/core/validate';
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { type Language, RTL, readerLanguages } from '../../widget/common/language.ts';
import type { AnalysisOptions, AnalysisRequest } from './analysis-messages.ts';
import { DEMO_COHORT } from './demo-cohort.ts';
import { styles } from './lms-validation.styles.ts';
import { VALIDATION_PACKS } from './locales/validation-packs.ts';
import type { ValidationStrings } from './locales/validation-strings.ts';
import { numberFormats } from './number-formats.ts';
import { OPTION_NAMES, type OptionName, optionProblem, optionsView, readOption } from './options-view.ts';
import { pageLanguage } from './page-language.ts';
import { progressView } from './progress-view.ts';
import { DownloadUrls, type ReportSource, reportFile } from './report-downloads.ts';
import { REPORT_PARTS, refusal, reportView } from './report-view.ts';
import { topBar } from './top-bar.ts';
import { ValidationWorkerController } from './validation-worker-controller.ts';

type Status =
  | { kind: 'empty' }
  | { kind: 'busy'; source: ReportSource }
  | { kind: 'done'; ms: number }
  | { kind: 'refused'; problems: readonly Problem<string>[] | string }
  /** Not analysed: these options' boxes hold what they do not take. */
  | { kind: 'options'; names: readonly OptionName[] }
  | { kind: 'cancelled' }
  | { kind: 'failed'; when: 'start' | 'run' };

/** A new task after the next frame (or 100 ms in a hidden tab): the part just drawn is laid out and painted in its own. */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    const late = setTimeout(resolve, 100);
    requestAnimationFrame(() => {
      clearTimeout(late);
      setTimeout(resolve, 0);
    });
  });

/**
 * Validates the LMS on a researcher's own cohort, in the browser: a CSV (the batch columns plus
 * time and event) is read and analysed in the page, in a Web Worker, and never uploaded; a progress
 * bar and a Cancel button while it runs. Shows the C-index with its bootstrap CI, Kaplan–Meier
 * curves with numbers at risk, calibration against the published risks, every excluded row, and
 * downloads of the report (made when clicked). Nine languages, with a switch.
 *
 * @example
 * <script type="module" src="https://HOST/widget/VERSION/lms-validation.js"></script>
 * <lms-validation page></lms-validation>
 *
 * @csspart chart - The Kaplan–Meier figure.
 */
export class LmsValidation extends LitElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    page: { type: Boolean, reflect: true },
    _status: { state: true },
    _report: { state: true },
    _source: { state: true },
    _chartWidth: { state: true },
    _parts: { state: true },
    _invalid: { state: true },
  };

  /** Language (one of the calculator's nine): set by the switch; else see `page`. */
  declare lang: string;
  /**
   * The element is the whole page (/validate): its language is ?lang= in the address, else the
   * browser's (navigator.languages), not the document's default lang; it sets the document's lang,
   * dir and title to match, and the switch keeps ?lang= in the address. Without it: the nearest
   * ancestor's lang, else the browser's.
   */
  declare page: boolean;
  declare private _status: Status;
  declare private _report: CohortValidation | null;
  declare private _source: ReportSource | null;
  declare private _chartWidth: number;
  /** How many of the report's parts are drawn (REPORT_PARTS when all). */
  declare private _parts: number;
  /** Options whose box holds a value they do not take: nothing is analysed until they are fixed. */
  declare private _invalid: ReadonlySet<OptionName>;
  /** The cohort last asked for, analysed again by "Analyse again". */
  private _cohort: { request: AnalysisRequest['cohort']; source: ReportSource } | null = null;
  private _options: AnalysisOptions = {
    bootstrap: BOOTSTRAP_LIMITS.default,
    seed: BOOTSTRAP_LIMITS.defaultSeed,
    timeUnit: 'months',
  };
  private _work = new ValidationWorkerController(this);
  /** Counts analyses: an answer or a drawing step of one that another has replaced is dropped. */
  private _run = 0;
  private _downloads = new DownloadUrls();
  // The chart is drawn at the width it is shown, so that its text keeps its size on every screen.
  private _resize = new ResizeObserver(([entry]) => {
    const width = Math.round(entry?.contentRect.width ?? 0);
    if (width > 0 && width !== this._chartWidth) this._chartWidth = width;
  });

  constructor() {
    super();
    this.page = false;
    this._status = { kind: 'empty' };
    this._report = null;
    this._source = null;
    this._chartWidth = 560;
    this._parts = 0;
    this._invalid = new Set();
  }

  /** The last report, as the API's /v1/lms/validate would answer the same rows and options. */
  get report(): CohortValidation | null {
    return this._report;
  }

  /** The language shown, by the rule `lang` and `page` describe. */
  get language(): Language {
    return pageLanguage(
      {
        own: this.lang || null,
        query: this.page ? new URLSearchParams(location.search).get('lang') : null,
        ancestor: this.parentElement?.closest('[lang]')?.getAttribute('lang') ?? null,
        browser: readerLanguages(),
      },
      this.page,
    );
  }

  private get _t(): ValidationStrings {
    return VALIDATION_PACKS[this.language];
  }

  /**
   * Reads a CSV file and analyses it, in the page's worker. Resolves when the report is drawn, or
   * the file refused, or the analysis cancelled or failed (the status says which).
   */
  async readFile(file: File): Promise<void> {
    this._cohort = { request: { kind: 'file', file }, source: { name: file.name, synthetic: false } };
    await this._analyse();
  }

  /** Loads the synthetic demo cohort (labelled synthetic everywhere) and analyses it. */
  async loadDemo(): Promise<void> {
    // Named in the language shown, when shown.
    this._cohort = { request: { kind: 'demo' }, source: { name: '', synthetic: true } };
    await this._analyse();
  }

  /** Stops the analysis that runs, at once (its worker is terminated); no report is made. */
  cancel(): void {
    this._work.cancel();
  }

  /** Analyses the cohort last asked for, with the options shown. */
  private async _analyse(): Promise<void> {
    const cohort = this._cohort;
    if (!cohort) return;
    const run = ++this._run;
    const t = this._t;
    // What the boxes hold now: a value typed and not yet left (a file dropped meanwhile), or set by a script.
    for (const name of OPTION_NAMES) {
      const box = this.renderRoot.querySelector<HTMLInputElement>(`input[name="${name}"]`);
      if (box) this._option(name, box.value, true);
    }
    if (this._invalid.size) {
      // Not with the last good value: the reader sees another in the box.
      const names = OPTION_NAMES.filter((n) => this._invalid.has(n));
      this._status = { kind: 'options', names };
      this.renderRoot.querySelector<HTMLInputElement>(`input[name="${names[0]}"]`)?.focus();
      return;
    }
    this._status = { kind: 'busy', source: cohort.source };
    this._parts = 0;
    this._downloads.revokeAll();
    const outcome = await this._work.run({ cohort: cohort.request, options: this._options });
    if (run !== this._run) return;
    if (outcome.kind === 'report') {
      this._status = { kind: 'done', ms: outcome.ms };
      this._source = cohort.source;
      this._report = outcome.report;
      await this._draw(run);
    } else if (outcome.kind === 'refused') this._status = { kind: 'refused', problems: outcome.problems };
    else if (outcome.kind === 'too-many-rows') {
      const { count } = numberFormats(t);
      this._status = { kind: 'refused', problems: t.tooManyRows(count(outcome.rows), count(outcome.max)) };
    } else this._status = outcome;
  }

  /** Draws the report a part at a time, each in a task of its own, then says it is done (lms-validated). */
  private async _draw(run: number): Promise<void> {
    for (let part = 1; part <= REPORT_PARTS; part++) {
      this._parts = part;
      await this.updateComplete;
      await nextFrame();
      if (run !== this._run) return;
    }
    this.dispatchEvent(new CustomEvent('lms-validated', { detail: this._report, bubbles: true, composed: true }));
  }

  /**
   * Takes a box's value, or marks the box invalid. While the reader types (`left` false), a value
   * is only taken, never refused: the box is judged when left, or when an analysis starts.
   */
  private _option(name: OptionName, raw: string, left: boolean): void {
    const value = readOption(name, raw);
    if (value === null && !left) return;
    const invalid = new Set(this._invalid);
    if (value === null) invalid.add(name);
    else {
      invalid.delete(name);
      if (value !== this._options[name]) this._options = { ...this._options, [name]: value };
    }
    if (invalid.size !== this._invalid.size) this._invalid = invalid;
    // Options fixed: their refusal goes.
    if (!invalid.size && this._status.kind === 'options') this._status = { kind: 'empty' };
  }

  /** The language switch: the element's own lang, and as the page, ?lang= in the address. */
  private _choose(language: Language): void {
    this.lang = language;
    if (this.page) {
      const url = new URL(location.href);
      url.searchParams.set('lang', language);
      history.replaceState(history.state, '', url);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize.disconnect();
    this._downloads.revokeAll();
  }

  /** Watches the section's content box, the figure's width (again after the element is moved). */
  private _observe(): void {
    const section = this.renderRoot?.querySelector('.validation');
    if (section) this._resize.observe(section);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._observe();
  }

  override firstUpdated(): void {
    this._observe();
  }

  override updated(): void {
    if (!this.page) return;
    const language = this.language;
    const root = document.documentElement;
    root.lang = language;
    root.dir = RTL.has(language) ? 'rtl' : 'ltr';
    document.title = this._t.pageTitle;
  }

  /** The status line: what runs, how it ended, or nothing. */
  private _said(s: Status): string {
    const t = this._t;
    const { count } = numberFormats(t);
    if (s.kind === 'busy') {
      // In the language shown now: reading the file, then (its rows read) analysing them.
      const rows = s.source.synthetic ? DEMO_COHORT.n : this._work.rowsRead;
      return rows === null ? t.reading(s.source.name) : t.computing(count(rows));
    }
    if (s.kind === 'cancelled') return t.cancelled;
    // Said once, politely; each box's own problem is read with it when focus reaches it.
    if (s.kind === 'options') return [t.notAnalysed, ...s.names.map((n) => optionProblem(t, n, count))].join(' ');
    if (s.kind !== 'done' || !this._report) return '';
    const { used, received } = this._report.rows;
    return t.done(count(used), count(received), count(Math.round(s.ms)));
  }

  override render() {
    const t = this._t;
    const language = this.language;
    const formats = numberFormats(t);
    const s = this._status;
    const again = this._cohort && s.kind !== 'busy';
    return html`<section class="validation" lang=${t.locale} dir=${RTL.has(language) ? 'rtl' : 'ltr'} aria-labelledby="v-title">
      ${topBar(t, language, { page: this.page, choose: (l) => this._choose(l) })}
      <h2 id="v-title">${t.title}</h2>
      <p>${t.intro}</p>
      <p class="privacy"><strong>${t.privacy}</strong></p>
      <p class="muted">${t.columns(['id', ...lmsModel.factors.map((x) => x.id), 'time', 'event'].join(', '))}</p>
      <div class="inputs"
        @dragover=${(e: DragEvent) => e.preventDefault()}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          const file = e.dataTransfer?.files[0];
          if (file) void this.readFile(file);
        }}>
        <label class="file">${t.chooseFile}
          <input type="file" accept=".csv,text/csv" @change=${(e: Event) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void this.readFile(file);
          }} />
        </label>
        <span class="muted">${t.dropHint}</span>
        <button type="button" @click=${() => void this.loadDemo()}>${t.loadDemo}</button>
      </div>
      ${optionsView(t, {
        options: this._options,
        invalid: this._invalid,
        count: formats.count,
        again: Boolean(again),
        set: (name, raw, left) => this._option(name, raw, left),
        setUnit: (timeUnit) => {
          this._options = { ...this._options, timeUnit };
        },
        run: () => void this._analyse(),
      })}
      <p class="status" role="status">${this._said(s)}</p>
      ${s.kind === 'busy' ? progressView(t, this._work.progress, { count: formats.count, cancel: () => this.cancel() }) : nothing}
      ${s.kind === 'failed' ? html`<p class="failed" role="alert">${t.failed[s.when]}</p>` : nothing}
      ${s.kind === 'refused' ? refusal(t, s.problems) : nothing}
      ${
        this._report && this._source && s.kind === 'done'
          ? reportView(t, this._report, {
              formats,
              source: this._source,
              download: (kind) => this._downloads.make(kind, reportFile(t, this._report!, this._source!, kind)),
              chartWidth: this._chartWidth,
              parts: this._parts,
            })
          : nothing
      }
      <p class="muted">${t.apiNote('POST /v1/lms/validate')}</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lms-validation': LmsValidation;
  }
}
