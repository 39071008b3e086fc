import type { CohortValidation } from '@lms-score/core/validate';
import type { ValidationStrings } from './locales/validation-strings.ts';
import { reportCsv } from './report-csv.ts';

export type DownloadKind = 'json' | 'csv';

/** Where a report's rows came from: a file by name, or the synthetic demo cohort. */
export interface ReportSource {
  readonly name: string;
  readonly synthetic: boolean;
}

/**
 * The report as a file, in the language shown: the API's JSON with where its rows came from, or
 * the CSV of report-csv.ts. The downloads say where the rows came from: a synthetic cohort is
 * labelled so in the file too.
 */
export function reportFile(
  t: ValidationStrings,
  report: CohortValidation,
  from: ReportSource,
  kind: DownloadKind,
): Blob {
  const synthetic = from.synthetic;
  const source = { name: synthetic ? t.demoLabel : from.name, synthetic, ...(synthetic ? { note: t.demoNote } : {}) };
  return kind === 'json'
    ? new Blob([JSON.stringify({ source, ...report }, null, 2)], { type: 'application/json' })
    : new Blob([reportCsv(report, source)], { type: 'text/csv' });
}

/**
 * The downloads' object URLs, made when a link is clicked (never after each analysis): each
 * replaces the last of its kind, and revokeAll() lets them all go.
 */
export class DownloadUrls {
  #urls = new Map<DownloadKind, string>();

  make(kind: DownloadKind, file: Blob): string {
    const old = this.#urls.get(kind);
    if (old) URL.revokeObjectURL(old);
    const url = URL.createObjectURL(file);
    this.#urls.set(kind, url);
    return url;
  }

  revokeAll(): void {
    for (const url of this.#urls.values()) URL.revokeObjectURL(url);
    this.#urls.clear();
  }
}
