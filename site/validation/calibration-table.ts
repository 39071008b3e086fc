import type { GroupValidation, TimeUnit } from '@lms-score/core/validate';
import { html, type TemplateResult } from 'lit';
import type { ValidationStrings } from './locales/validation-strings.ts';

export interface Formats {
  readonly num: (n: number | null) => string;
  readonly pct: (n: number) => string;
  /** A C-index (3 decimals) or an observed/expected ratio (2), with the digits `lms validate` writes. */
  readonly fixed: (n: number | null, digits: 2 | 3) => string;
}

/**
 * The observed risk at the horizon with its 95% CI; without a CI when the curve reached 0; or why
 * there is none: no patients in the group, or follow-up that ends before the horizon (and where).
 */
export function observedRisk(
  t: ValidationStrings,
  o: GroupValidation['observedRisk'],
  unit: TimeUnit,
  f: Formats,
): string {
  if (o.value !== null) {
    const ci = o.lower === null || o.upper === null ? t.noInterval : `${f.pct(o.lower)} – ${f.pct(o.upper)}`;
    return `${f.pct(o.value)} (${ci})`;
  }
  if (o.notEstimable === 'no_patients' || o.followUpEnds === null) return t.noPatients;
  return t.followUpEnds(t.duration[unit](f.num(o.followUpEnds)));
}

/**
 * Observed against published risk by group. On a narrow screen each group reflows into a card
 * (each cell labelled with its column's heading, .calibration in the styles); the explicit roles
 * keep it a table for screen readers when its display changes.
 */
export function calibrationTable(
  t: ValidationStrings,
  groups: readonly GroupValidation[],
  { years, unit }: { readonly years: number; readonly unit: TimeUnit },
  f: Formats,
): TemplateResult {
  const head = t.calibrationHead;
  const columns = [head.n, head.events, head.observed(String(years)), head.published, head.ratio];
  const cell = (k: number, value: string, kind = '') =>
    html`<td role="cell" class=${kind} data-label=${columns[k]!}>${value}</td>`;
  return html`<table class="calibration" role="table" aria-label=${t.calibrationHeading}>
    <thead role="rowgroup"><tr role="row"><th role="columnheader" scope="col">${head.group}</th>${columns.map((c) => html`<th role="columnheader" scope="col">${c}</th>`)}</tr></thead>
    <tbody role="rowgroup">${groups.map(
      (g) =>
        html`<tr role="row"><th role="rowheader" scope="row">${t.groups[g.id] ?? g.id}</th>${cell(0, f.num(g.n))}${cell(1, f.num(g.events))}${cell(2, observedRisk(t, g.observedRisk, unit, f), 'observed')}${cell(3, f.pct(g.publishedRisk))}${cell(4, f.fixed(g.observedExpected, 2))}</tr>`,
    )}</tbody>
  </table>`;
}
