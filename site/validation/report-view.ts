import { lms, type Problem } from '@lms-score/core';
import { type CohortValidation, TIME_UNITS } from '@lms-score/core/validate';
import { html, nothing, type TemplateResult } from 'lit';
import { calibrationTable, type Formats } from './calibration-table.ts';
import { kmChart } from './km-chart.ts';
import type { ValidationStrings } from './locales/validation-strings.ts';
import { scrollBox } from './scroll-box.ts';

const SHOWN_EXCLUSIONS = 100;

/** What the report is drawn with besides itself: where its rows came from, its downloads, the figure's width. */
export interface ReportContext {
  readonly formats: Formats;
  readonly source: { readonly name: string; readonly synthetic: boolean } | null;
  readonly downloads: { readonly json: string; readonly csv: string } | null;
  readonly chartWidth: number;
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
 * is not comparable), calibration by group, the Kaplan–Meier figure, excluded rows, downloads.
 */
export function reportView(t: ValidationStrings, r: CohortValidation, ctx: ReportContext): TemplateResult {
  const years = lms.definition.horizonYears.value;
  const horizon = years * 12 * TIME_UNITS[r.timeUnit];
  const f = ctx.formats;
  const { num } = f;
  const cIndex = (label: string, c: CohortValidation['cIndex']) =>
    html`<div class="c-index"><dt>${label}</dt><dd>${c.value === null ? t.noComparablePairs : c.lower === null ? `${num(c.value)} (${t.noCi})` : t.cIndexValue(num(c.value), num(c.lower), num(c.upper), String(r.bootstrap.replicates), String(r.bootstrap.seed))}
      <span class="muted">${t.pairs(num(c.concordant), num(c.discordant), num(c.tiedRisk), num(c.tiedTime), num(c.tiedBoth))}</span></dd></div>`;
  const shown = r.rows.excluded.slice(0, SHOWN_EXCLUSIONS);
  const synthetic = ctx.source?.synthetic ?? false;
  const published = num(lms.definition.evidence.cIndex.value);
  return html`<div class="report">
    <p class="source ${synthetic ? 'synthetic' : ''}">${t.source(synthetic ? t.demoLabel : (ctx.source?.name ?? ''))}${synthetic ? html` — <strong>${t.demoNote}</strong>` : nothing}</p>
    <h3>${t.cIndexHeading}</h3>
    <dl>${cIndex(t.cIndexOf.points, r.cIndex)}${cIndex(t.cIndexOf.relativeHazard, r.cIndexRelativeHazard)}</dl>
    <p class="muted published-c">${t.publishedCIndex(published)}</p>
    ${synthetic ? html`<p class="demo-c">${t.demoCIndexNote(published)}</p>` : nothing}
    <h3>${t.calibrationHeading}</h3>
    ${calibrationTable(t, r.groups, { years, unit: r.timeUnit }, f)}
    ${kmChart(t, r.groups, { width: ctx.chartWidth, horizon: { time: horizon, years }, unit: r.timeUnit, format: (n) => num(n) })}
    <h3>${t.excludedHeading(String(r.rows.excluded.length))}</h3>
    ${
      shown.length
        ? html`${scrollBox(
            t.excludedHeading(String(r.rows.excluded.length)),
            html`<table class="excluded"><thead><tr><th scope="col">${t.excludedHead.row}</th><th scope="col">${t.excludedHead.id}</th><th scope="col">${t.excludedHead.reason}</th><th scope="col">${t.excludedHead.detail}</th></tr></thead>
            <tbody>${shown.map((e) => html`<tr><td>${e.row}</td><td>${e.id ?? ''}</td><td>${t.reasons[e.reason]}</td><td>${e.message}</td></tr>`)}</tbody></table>`,
          )}
          ${r.rows.excluded.length > shown.length ? html`<p class="muted">${t.moreExcluded(String(r.rows.excluded.length - shown.length))}</p>` : nothing}`
        : html`<p>${t.noneExcluded}</p>`
    }
    ${
      ctx.downloads
        ? html`<p class="downloads"><a href=${ctx.downloads.json} download="lms-validation.json">${t.downloadJson}</a> <a href=${ctx.downloads.csv} download="lms-validation.csv">${t.downloadCsv}</a></p>`
        : nothing
    }
  </div>`;
}
