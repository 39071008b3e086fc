import { lmsModel, type Problem } from '@lms-score/core';
import { type CohortValidation, TIME_UNITS } from '@lms-score/core/validate';
import { html, nothing, type TemplateResult } from 'lit';
import { calibrationTable, type Formats } from './calibration-table.ts';
import { kmChart } from './km-chart.ts';
import type { ValidationStrings } from './locales/validation-strings.ts';
import type { DownloadKind, ReportSource } from './report-downloads.ts';
import { scrollBox } from './scroll-box.ts';

const SHOWN_EXCLUSIONS = 100;

/** The report's parts, drawn one at a time (each in a task of its own): the C-indexes, calibration, the figure, the excluded rows, the downloads. */
export const REPORT_PARTS = 5;

/**
 * What the report is drawn with besides itself: where its rows came from, the figure's width, how
 * many of its parts to draw, and `download`, which makes a download's file when its link is clicked
 * and gives its URL.
 */
export interface ReportContext {
  readonly formats: Formats;
  readonly source: ReportSource | null;
  readonly download: (kind: DownloadKind) => string;
  readonly chartWidth: number;
  readonly parts: number;
}

/** Why a file was refused: a missing time or event column in the page's words, else the core's message. */
export function refusal(t: ValidationStrings, problems: readonly Problem<string>[] | string): TemplateResult {
  const say = (p: Problem<string>) =>
    p.code === 'missing_column' && Object.hasOwn(t.missingColumn, p.field)
      ? t.missingColumn[p.field as keyof ValidationStrings['missingColumn']]
      : p.message;
  return html`<div class="refused" role="alert"><p>${t.fileRefused}</p><ul>${typeof problems === 'string' ? html`<li>${problems}</li>` : problems.map((p) => html`<li>${say(p)}</li>`)}</ul></div>`;
}

/**
 * The report: the C-indexes with their pairs and the published value (and why the synthetic demo's
 * is not comparable), calibration by group, the Kaplan–Meier figure, excluded rows, downloads; its
 * first `ctx.parts` parts of REPORT_PARTS.
 */
export function reportView(t: ValidationStrings, r: CohortValidation, ctx: ReportContext): TemplateResult {
  const years = lmsModel.horizonYears.value;
  const horizon = years * 12 * TIME_UNITS[r.timeUnit];
  const f = ctx.formats;
  const { num } = f;
  const cIndex = (label: string, c: CohortValidation['cIndex']) =>
    html`<div class="c-index"><dt>${label}</dt><dd>${c.value === null ? t.noComparablePairs : c.lower === null ? `${f.fixed(c.value, 3)} (${t.noCi})` : t.cIndexValue(f.fixed(c.value, 3), f.fixed(c.lower, 3), f.fixed(c.upper, 3), String(r.bootstrap.replicates), String(r.bootstrap.seed))}
      <span class="muted">${t.pairs(num(c.concordant), num(c.discordant), num(c.tiedRisk), num(c.tiedTime), num(c.tiedBoth))}</span></dd></div>`;
  const shown = r.rows.excluded.slice(0, SHOWN_EXCLUSIONS);
  const synthetic = ctx.source?.synthetic ?? false;
  const published = num(lmsModel.evidence.cIndex.value);
  // Its link's address is the file, made on the click (before the browser follows the link).
  const link = (kind: DownloadKind, text: string) =>
    html`<a href="#" download="lms-validation.${kind}" @click=${(e: Event) => {
      (e.currentTarget as HTMLAnchorElement).href = ctx.download(kind);
    }}>${text}</a>`;
  const parts = [
    () => html`<p class="source ${synthetic ? 'synthetic' : ''}">${t.source(synthetic ? t.demoLabel : (ctx.source?.name ?? ''))}${synthetic ? html` — <strong>${t.demoNote}</strong>` : nothing}</p>
    <h3>${t.cIndexHeading}</h3>
    <dl>${cIndex(t.cIndexOf.points, r.cIndex)}${cIndex(t.cIndexOf.relativeHazard, r.cIndexRelativeHazard)}</dl>
    <p class="muted published-c">${t.publishedCIndex(published)}</p>
    ${synthetic ? html`<p class="demo-c">${t.demoCIndexNote(published)}</p>` : nothing}`,
    () => html`<h3>${t.calibrationHeading}</h3>
    ${calibrationTable(t, r.groups, { years, unit: r.timeUnit }, f)}`,
    () =>
      kmChart(t, r.groups, {
        width: ctx.chartWidth,
        horizon: { time: horizon, years },
        unit: r.timeUnit,
        format: (n) => num(n),
      }),
    () => html`<h3>${t.excludedHeading(String(r.rows.excluded.length))}</h3>
    ${
      shown.length
        ? html`${scrollBox(
            t.excludedHeading(String(r.rows.excluded.length)),
            html`<table class="excluded"><thead><tr><th scope="col">${t.excludedHead.row}</th><th scope="col">${t.excludedHead.id}</th><th scope="col">${t.excludedHead.reason}</th><th scope="col">${t.excludedHead.detail}</th></tr></thead>
            <tbody>${shown.map((e) => html`<tr><td>${e.row}</td><td>${e.id ?? ''}</td><td>${t.reasons[e.reason]}</td><td>${e.message}</td></tr>`)}</tbody></table>`,
          )}
          ${r.rows.excluded.length > shown.length ? html`<p class="muted">${t.moreExcluded(String(r.rows.excluded.length - shown.length))}</p>` : nothing}`
        : html`<p>${t.noneExcluded}</p>`
    }`,
    () => html`<p class="downloads">${link('json', t.downloadJson)} ${link('csv', t.downloadCsv)}</p>`,
  ];
  return html`<div class="report">${parts.slice(0, ctx.parts).map((part) => part())}</div>`;
}
