import { lms, type Problem } from '@lms-score/core';
import { CSV_COLUMNS_READ, readCsvTable, refusedRows } from '@lms-score/core/csv';
import {
  BOOTSTRAP_LIMITS,
  type CohortValidation,
  OUTCOME_COLUMNS,
  syntheticCohort,
  TIME_UNITS,
  type TimeUnit,
  validateCohort,
} from '@lms-score/core/validate';
import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { type Language, resolveLanguage } from '../../widget/common/language.ts';
import { DEMO_COHORT } from './demo-cohort.ts';
import { kmChart } from './km-chart.ts';
import { styles } from './lms-validation.styles.ts';
import { validationEn } from './locales/en.ts';
import type { ValidationStrings } from './locales/validation-strings.ts';
import { validationZhHans } from './locales/zh-hans.ts';
import { validationZhHant } from './locales/zh-hant.ts';
import { reportCsv } from './report-csv.ts';

// The calculator's language rule (one home: zh-TW, zh-HK, zh-MO and zh-Hant-* are Traditional);
// a language the page has no words for yet reads English.
const PACKS = new Map<Language, ValidationStrings>([
  ['en', validationEn],
  ['zh-Hans', validationZhHans],
  ['zh-Hant', validationZhHant],
]);
const pick = (tag: string | null | undefined) => PACKS.get(resolveLanguage(tag)) ?? validationEn;

/** The page reads more rows than the API (nothing is sent), but not without end: a tab must stay usable. */
const MAX_ROWS = 200_000;
const SHOWN_EXCLUSIONS = 100;

type Status =
  | { kind: 'empty' }
  | { kind: 'busy'; text: string }
  | { kind: 'done'; ms: number }
  | { kind: 'refused'; problems: readonly Problem<string>[] | string };

/**
 * Validates the LMS on a researcher's own cohort, in the browser: a CSV (the batch columns plus
 * time and event) is read and analysed in the page and never uploaded. Shows the C-index with its
 * bootstrap CI, Kaplan–Meier curves with numbers at risk, calibration against the published risks,
 * every excluded row, and downloads of the report.
 *
 * @example
 * <script type="module" src="https://HOST/widget/VERSION/lms-validation.js"></script>
 * <lms-validation lang="en"></lms-validation>
 *
 * @csspart chart - The Kaplan–Meier figure.
 */
export class LmsValidation extends LitElement {
  static override styles = styles;
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    _status: { state: true },
    _report: { state: true },
    _source: { state: true },
  };

  /** Language: 'en' or 'zh-Hans'; else the nearest ancestor's lang, else the browser's. */
  declare lang: string;
  declare private _status: Status;
  declare private _report: CohortValidation | null;
  declare private _source: { name: string; synthetic: boolean } | null;
  private _rows: Record<string, unknown>[] = [];
  private _refused = new Map<number, string>();
  private _text = false;
  private _options: { bootstrap: number; seed: number; timeUnit: TimeUnit } = {
    bootstrap: BOOTSTRAP_LIMITS.default,
    seed: BOOTSTRAP_LIMITS.defaultSeed,
    timeUnit: 'months',
  };
  private _downloads: { json: string; csv: string } | null = null;

  constructor() {
    super();
    this._status = { kind: 'empty' };
    this._report = null;
    this._source = null;
  }

  /** The last report, as the API's /v1/lms/validate would answer the same rows and options. */
  get report(): CohortValidation | null {
    return this._report;
  }

  private get _t(): ValidationStrings {
    return pick(this.lang || this.closest('[lang]')?.getAttribute('lang') || navigator.language);
  }

  /** Reads a CSV file in the page (File.text()), then analyses it. */
  async readFile(file: File): Promise<void> {
    this._status = { kind: 'busy', text: this._t.reading(file.name) };
    const read = readCsvTable(lms, await file.text(), { envelope: OUTCOME_COLUMNS, maxColumns: CSV_COLUMNS_READ });
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
    this._source = { name: this._t.demoLabel, synthetic: true };
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
    if (this._downloads) for (const url of Object.values(this._downloads)) URL.revokeObjectURL(url);
    const blob = (text: string, type: string) => URL.createObjectURL(new Blob([text], { type }));
    // The downloads say where the rows came from: a synthetic cohort is labelled so in the file too.
    const synthetic = this._source?.synthetic ?? false;
    const source = { name: this._source?.name ?? '', synthetic, ...(synthetic ? { note: this._t.demoNote } : {}) };
    this._downloads = {
      json: blob(JSON.stringify({ source, ...report }, null, 2), 'application/json'),
      csv: blob(reportCsv(report, source), 'text/csv'),
    };
    this._report = report;
    this.dispatchEvent(new CustomEvent('lms-validated', { detail: report, bubbles: true, composed: true }));
  }

  private _option(name: 'bootstrap' | 'seed', raw: string): void {
    const value = Number(raw);
    const max = name === 'bootstrap' ? BOOTSTRAP_LIMITS.max : 2 ** 32 - 1;
    if (Number.isInteger(value) && value >= 0 && value <= max) this._options = { ...this._options, [name]: value };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._downloads) for (const url of Object.values(this._downloads)) URL.revokeObjectURL(url);
  }

  override render() {
    const t = this._t;
    const f = new Intl.NumberFormat(t.locale, { maximumFractionDigits: 3 });
    const num = (n: number | null) => (n === null ? '–' : f.format(n));
    const pct = new Intl.NumberFormat(t.locale, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const s = this._status;
    return html`<section class="validation" lang=${t.locale} aria-labelledby="v-title">
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
      ${
        s.kind === 'refused'
          ? html`<div class="refused" role="alert"><p>${t.fileRefused}</p><ul>${typeof s.problems === 'string' ? html`<li>${s.problems}</li>` : s.problems.map((p) => html`<li>${p.message}</li>`)}</ul></div>`
          : nothing
      }
      ${this._report && s.kind !== 'refused' ? this._renderReport(t, this._report, num, (x) => pct.format(x)) : nothing}
    </section>`;
  }

  private _renderReport(
    t: ValidationStrings,
    r: CohortValidation,
    num: (n: number | null) => string,
    pct: (n: number) => string,
  ) {
    const years = lms.definition.horizonYears.value;
    const horizon = years * 12 * TIME_UNITS[r.timeUnit];
    const cIndex = (label: string, c: CohortValidation['cIndex']) =>
      html`<div class="c-index"><dt>${label}</dt><dd>${c.value === null ? t.noComparablePairs : c.lower === null ? `${num(c.value)} (${t.noCi})` : t.cIndexValue(num(c.value), num(c.lower), num(c.upper), String(r.bootstrap.replicates), String(r.bootstrap.seed))}
        <span class="muted">${t.pairs(num(c.concordant), num(c.discordant), num(c.tiedRisk), num(c.tiedTime), num(c.tiedBoth))}</span></dd></div>`;
    const shown = r.rows.excluded.slice(0, SHOWN_EXCLUSIONS);
    return html`<div class="report">
      <p class="source ${this._source?.synthetic ? 'synthetic' : ''}">${t.source(this._source?.name ?? '')}${this._source?.synthetic ? html` — <strong>${t.demoNote}</strong>` : nothing}</p>
      <h3>${t.cIndexHeading}</h3>
      <dl>${cIndex(t.cIndexOf.points, r.cIndex)}${cIndex(t.cIndexOf.relativeHazard, r.cIndexRelativeHazard)}</dl>
      <p class="muted">${t.publishedCIndex(num(lms.definition.evidence.cIndex.value))}</p>
      <h3>${t.calibrationHeading}</h3>
      <table class="calibration">
        <thead><tr><th scope="col">${t.calibrationHead.group}</th><th scope="col">${t.calibrationHead.n}</th><th scope="col">${t.calibrationHead.events}</th><th scope="col">${t.calibrationHead.observed(String(years))}</th><th scope="col">${t.calibrationHead.published}</th><th scope="col">${t.calibrationHead.ratio}</th></tr></thead>
        <tbody>${r.groups.map(
          (g) => html`<tr><th scope="row">${t.groups[g.id] ?? g.id}</th><td>${num(g.n)}</td><td>${num(g.events)}</td>
            <td>${g.observedRisk.value === null ? t.notReached : `${pct(g.observedRisk.value)} (${g.observedRisk.lower === null ? '–' : pct(g.observedRisk.lower)} – ${g.observedRisk.upper === null ? '–' : pct(g.observedRisk.upper)})`}</td>
            <td>${pct(g.publishedRisk)}</td><td>${num(g.observedExpected)}</td></tr>`,
        )}</tbody>
      </table>
      ${kmChart(t, r.groups, { time: horizon, years }, t.units[r.timeUnit], num)}
      <h3>${t.excludedHeading(String(r.rows.excluded.length))}</h3>
      ${
        shown.length
          ? html`<table class="excluded"><thead><tr><th scope="col">${t.excludedHead.row}</th><th scope="col">${t.excludedHead.id}</th><th scope="col">${t.excludedHead.reason}</th><th scope="col">${t.excludedHead.detail}</th></tr></thead>
            <tbody>${shown.map((e) => html`<tr><td>${e.row}</td><td>${e.id ?? ''}</td><td>${t.reasons[e.reason]}</td><td>${e.message}</td></tr>`)}</tbody></table>
            ${r.rows.excluded.length > shown.length ? html`<p class="muted">${t.moreExcluded(String(r.rows.excluded.length - shown.length))}</p>` : nothing}`
          : html`<p>${t.noneExcluded}</p>`
      }
      ${
        this._downloads
          ? html`<p class="downloads"><a href=${this._downloads.json} download="lms-validation.json">${t.downloadJson}</a> <a href=${this._downloads.csv} download="lms-validation.csv">${t.downloadCsv}</a></p>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'lms-validation': LmsValidation;
  }
}
