import { lms, type Problem } from '@lms-score/core';
import { refusedRows } from '@lms-score/core/csv';
import {
  BOOTSTRAP_LIMITS,
  type CohortValidation,
  readCohortCsv,
  syntheticCohort,
  TIME_UNITS,
  type TimeUnit,
  validateCohort,
} from '@lms-score/core/validate';
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { type Language, RTL, readerLanguages } from '../../widget/common/language.ts';
import type { Formats } from './calibration-table.ts';
import { DEMO_COHORT } from './demo-cohort.ts';
import { styles } from './lms-validation.styles.ts';
import { VALIDATION_PACKS } from './locales/validation-packs.ts';
import type { ValidationStrings } from './locales/validation-strings.ts';
import { pageLanguage } from './page-language.ts';
import { reportCsv } from './report-csv.ts';
import { refusal, reportView } from './report-view.ts';
import { topBar } from './top-bar.ts';

/** The page reads more rows than the API (nothing is sent), but not without end: a tab must stay usable. */
const MAX_ROWS = 200_000;
const CSV_COLUMNS = 64;

type Status =
  | { kind: 'empty' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; ms: number }
  | { kind: 'refused'; problems: readonly Problem<string>[] | string };

/**
 * Validates the LMS on a researcher's own cohort, in the browser: a CSV (the batch columns plus
 * time and event) is read and analysed in the page and never uploaded. Shows the C-index with its
 * bootstrap CI, Kaplan–Meier curves with numbers at risk, calibration against the published risks,
 * every excluded row, and downloads of the report. Nine languages, with a switch.
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
  declare private _source: { name: string; synthetic: boolean } | null;
  declare private _chartWidth: number;
  private _rows: Record<string, unknown>[] = [];
  private _refused = new Map<number, string>();
  private _text = false;
  private _options: { bootstrap: number; seed: number; timeUnit: TimeUnit } = {
    bootstrap: BOOTSTRAP_LIMITS.default,
    seed: BOOTSTRAP_LIMITS.defaultSeed,
    timeUnit: 'months',
  };
  private _downloads: { json: string; csv: string } | null = null;
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

  /** Reads a CSV file in the page (File.text()), then analyses it. */
  async readFile(file: File): Promise<void> {
    this._status = { kind: 'busy', text: this._t.reading(file.name) };
    // The core's reader: a header without time or event is refused, naming each (as lms validate and the API).
    const read = readCohortCsv(lms, await file.text(), CSV_COLUMNS);
    if (!read.ok) {
      this._status = { kind: 'refused', problems: read.problems };
      return;
    }
    if (read.value.count > MAX_ROWS) {
      this._status = { kind: 'refused', problems: this._t.tooManyRows(String(read.value.count), String(MAX_ROWS)) };
      return;
    }
    const table = read.value.rows();
    this._rows = table.map((r) => r.fields);
    this._refused = refusedRows(table);
    this._text = true;
    this._source = { name: file.name, synthetic: false };
    await this._analyse();
  }

  /** Loads the synthetic demo cohort (labelled synthetic everywhere) and analyses it. */
  async loadDemo(): Promise<void> {
    this._rows = syntheticCohort(lms, DEMO_COHORT);
    this._refused = new Map();
    this._text = false;
    this._source = { name: '', synthetic: true }; // named in the language shown, when shown
    await this._analyse();
  }

  private async _analyse(): Promise<void> {
    this._status = { kind: 'busy', text: this._t.computing(String(this._rows.length)) };
    // Let the status paint before the main thread is busy.
    await this.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const start = performance.now();
    const report = validateCohort(lms, this._rows, {
      ...this._options,
      source: this._text ? 'text' : 'json',
      refused: this._refused,
    });
    this._status = { kind: 'done', ms: performance.now() - start };
    this._setReport(report);
  }

  private _setReport(report: CohortValidation): void {
    this._buildDownloads(report);
    this._report = report;
    this.dispatchEvent(new CustomEvent('lms-validated', { detail: report, bubbles: true, composed: true }));
  }

  /** The report as files, in the page's language (again after a switch). */
  private _buildDownloads(report: CohortValidation): void {
    if (this._downloads) for (const url of Object.values(this._downloads)) URL.revokeObjectURL(url);
    const blob = (text: string, type: string) => URL.createObjectURL(new Blob([text], { type }));
    // The downloads say where the rows came from: a synthetic cohort is labelled so in the file too.
    const synthetic = this._source?.synthetic ?? false;
    const name = synthetic ? this._t.demoLabel : (this._source?.name ?? '');
    const source = { name, synthetic, ...(synthetic ? { note: this._t.demoNote } : {}) };
    this._downloads = {
      json: blob(JSON.stringify({ source, ...report }, null, 2), 'application/json'),
      csv: blob(reportCsv(report, source), 'text/csv'),
    };
  }

  private _option(name: 'bootstrap' | 'seed', raw: string): void {
    const value = Number(raw);
    const max = name === 'bootstrap' ? BOOTSTRAP_LIMITS.max : 2 ** 32 - 1;
    if (Number.isInteger(value) && value >= 0 && value <= max) this._options = { ...this._options, [name]: value };
  }

  /** The language switch: the element's own lang, and as the page, ?lang= in the address. */
  private _choose(language: Language): void {
    this.lang = language;
    if (this._report) this._buildDownloads(this._report);
    if (this.page) {
      const url = new URL(location.href);
      url.searchParams.set('lang', language);
      history.replaceState(history.state, '', url);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._resize.disconnect();
    if (this._downloads) for (const url of Object.values(this._downloads)) URL.revokeObjectURL(url);
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

  override render() {
    const t = this._t;
    const language = this.language;
    const f = new Intl.NumberFormat(t.numbers ?? t.locale, { maximumFractionDigits: 3 });
    const pct = new Intl.NumberFormat(t.numbers ?? t.locale, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const formats: Formats = { num: (n) => (n === null ? '–' : f.format(n)), pct: (x) => pct.format(x) };
    const s = this._status;
    return html`<section class="validation" lang=${t.locale} dir=${RTL.has(language) ? 'rtl' : 'ltr'} aria-labelledby="v-title">
      ${topBar(t, language, { page: this.page, choose: (l) => this._choose(l) })}
      <h2 id="v-title">${t.title}</h2>
      <p>${t.intro}</p>
      <p class="privacy"><strong>${t.privacy}</strong></p>
      <p class="muted">${t.columns(['id', ...lms.definition.factors.map((x) => x.id), 'time', 'event'].join(', '))}</p>
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
      <div class="options">
        <label>${t.bootstrap} <input type="number" min="0" max=${BOOTSTRAP_LIMITS.max} .value=${String(this._options.bootstrap)} @change=${(e: Event) => this._option('bootstrap', (e.target as HTMLInputElement).value)} /></label>
        <label>${t.seed} <input type="number" min="0" .value=${String(this._options.seed)} @change=${(e: Event) => this._option('seed', (e.target as HTMLInputElement).value)} /></label>
        <label>${t.timeUnit} <select @change=${(e: Event) => {
          this._options = { ...this._options, timeUnit: (e.target as HTMLSelectElement).value as TimeUnit };
        }}>${Object.keys(TIME_UNITS).map((u) => html`<option value=${u} ?selected=${u === this._options.timeUnit}>${t.units[u as TimeUnit]}</option>`)}</select></label>
        ${this._rows.length ? html`<button type="button" @click=${() => void this._analyse()}>${t.run}</button>` : nothing}
      </div>
      <p class="status" role="status">${s.kind === 'busy' ? s.text : s.kind === 'done' && this._report ? t.done(String(this._report.rows.used), String(this._report.rows.received), f.format(Math.round(s.ms))) : ''}</p>
      ${s.kind === 'refused' ? refusal(t, s.problems) : nothing}
      ${
        this._report && s.kind !== 'refused'
          ? reportView(t, this._report, {
              formats,
              source: this._source,
              downloads: this._downloads,
              chartWidth: this._chartWidth,
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
