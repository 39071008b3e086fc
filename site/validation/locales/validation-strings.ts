import type { ExclusionReason, REQUIRED_OUTCOME_COLUMNS } from '@lms-score/core/validate';

/** Every word of the validation page's element, in one language. */
export interface ValidationStrings {
  readonly locale: string;
  /** Intl locale for numbers when it differs from `locale` (Arabic keeps Latin digits: "ar-u-nu-latn"). */
  readonly numbers?: string;
  /** The document's title when the element is the page (`page`). */
  readonly pageTitle: string;
  readonly nav: { readonly calculator: string; readonly apiReference: string };
  /** Label of the language switch. */
  readonly language: string;
  readonly title: string;
  readonly intro: string;
  readonly privacy: string;
  /** The same analysis over the API; `route` is "POST /v1/lms/validate". */
  readonly apiNote: (route: string) => string;
  readonly columns: (columns: string) => string;
  readonly chooseFile: string;
  readonly dropHint: string;
  readonly loadDemo: string;
  readonly demoLabel: string;
  readonly demoNote: string;
  readonly bootstrap: string;
  readonly seed: string;
  readonly timeUnit: string;
  readonly units: Readonly<Record<'months' | 'days' | 'years', string>>;
  readonly run: string;
  readonly reading: (name: string) => string;
  readonly computing: (rows: string) => string;
  readonly done: (used: string, received: string, ms: string) => string;
  /** The progress bar's name. */
  readonly progressLabel: string;
  /** Beside the bar: rows read (checked and scored) so far, of the file's. */
  readonly rowsRead: (done: string, total: string) => string;
  /** Beside the bar: bootstrap replicates drawn so far. */
  readonly replicatesDone: (done: string, total: string) => string;
  /** The button that stops the analysis. */
  readonly cancel: string;
  readonly cancelled: string;
  /** Why no report came: the analysis's worker could not start, or it stopped with an error. */
  readonly failed: { readonly start: string; readonly run: string };
  readonly fileRefused: string;
  /** Heads the problems when the options refused an analysis (no file is at fault). */
  readonly notAnalysed: string;
  /** Beside an option's box holding what it does not take: `label` its name, `max` its largest value. */
  readonly optionInvalid: (label: string, max: string) => string;
  /** A header without one of the columns a validation needs (the core's `missing_column`). */
  readonly missingColumn: Readonly<Record<keyof typeof REQUIRED_OUTCOME_COLUMNS, string>>;
  readonly tooManyRows: (rows: string, max: string) => string;
  readonly source: (name: string) => string;
  readonly cIndexHeading: string;
  readonly cIndexOf: { readonly points: string; readonly relativeHazard: string };
  readonly cIndexValue: (value: string, lower: string, upper: string, replicates: string, seed: string) => string;
  readonly noCi: string;
  readonly noComparablePairs: string;
  readonly pairs: (
    concordant: string,
    discordant: string,
    tiedRisk: string,
    tiedTime: string,
    tiedBoth: string,
  ) => string;
  readonly publishedCIndex: (value: string) => string;
  /** Why the synthetic demo's C-index is not the published one. */
  readonly demoCIndexNote: (published: string) => string;
  readonly calibrationHeading: string;
  readonly calibrationHead: {
    readonly group: string;
    readonly n: string;
    readonly events: string;
    readonly observed: (years: string) => string;
    readonly published: string;
    readonly ratio: string;
  };
  /** An observed risk without a 95% CI (a curve that reached 0: every patient followed had the event). */
  readonly noInterval: string;
  /** Why a group has no observed risk at the horizon. */
  readonly noPatients: string;
  /** An amount of time in a unit ("48 months"). */
  readonly duration: Readonly<Record<'months' | 'days' | 'years', (n: string) => string>>;
  readonly followUpEnds: (duration: string) => string;
  readonly curvesHeading: string;
  readonly curvesAlt: (groups: string) => string;
  readonly axisTime: (unit: string) => string;
  readonly axisSurvival: string;
  readonly publishedPoint: (years: string) => string;
  readonly atRiskHeading: string;
  readonly excludedHeading: (n: string) => string;
  readonly excludedHead: {
    readonly row: string;
    readonly id: string;
    readonly reason: string;
    readonly detail: string;
  };
  readonly reasons: Readonly<Record<ExclusionReason, string>>;
  readonly moreExcluded: (n: string) => string;
  readonly noneExcluded: string;
  readonly downloadJson: string;
  readonly downloadCsv: string;
  readonly groups: Readonly<Record<string, string>>;
}
